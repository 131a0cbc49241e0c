import { describe, expect, it } from 'vitest';
import type { Catalogs } from '../../../src/localization/catalogs/types.ts';
import { groupFindings } from '../../../src/localization/review/index.ts';
import type { KeyReference } from '../../../src/localization/review/key-usage.ts';
import { limitFinder } from '../../../src/localization/review/limits.ts';
import { markerHref, simulatorViews, visibleKeys } from '../../../src/localization/review/simulator-views.ts';
import { statusCounts, stringRows } from '../../../src/localization/review/strings.ts';
import type { Finding } from '../../../src/localization/terms/finding.ts';
import { situations, standard } from '../simulator/scenario-helpers.ts';

function catalogs(nb: Record<string, string>, en: Record<string, string>): Catalogs {
  const catalog = (lang: string, messages: Record<string, string>) => ({
    file: `content/i18n/${lang}/sim.json`,
    messages,
    groupStarts: [],
    lines: {},
  });
  return { nb: { sim: catalog('nb', nb) }, en: { sim: catalog('en', en) } };
}
const used: KeyReference[] = [{ kind: 'literal', file: 'src/a.tsx', line: 1 }];

describe('the string table over a namespace split across files', () => {
  const file = (lang: string, name: string, messages: Record<string, string>) => ({
    file: `content/i18n/${lang}/${name}.json`,
    messages,
    groupStarts: [],
    lines: {},
  });
  const rows = stringRows({
    catalogs: {
      nb: {
        sim: file('nb', 'sim', { 'sim.ui.a': 'A' }),
        'sim.dialog': file('nb', 'sim.dialog', { 'sim.ui.dialog.ok': 'OK' }),
      },
      en: {
        sim: file('en', 'sim', { 'sim.ui.a': 'A' }),
        'sim.dialog': file('en', 'sim.dialog', { 'sim.ui.dialog.ok': 'OK' }),
      },
    },
    usage: new Map([
      ['sim.ui.a', used],
      ['sim.ui.dialog.ok', used],
    ]),
    limitOf: () => undefined,
    views: new Map([['sim.ui.dialog.ok', { situation: 'felt-last', behindDialog: false }]]),
  });

  it('lists the files of a namespace together, under the namespace, with the simulator’s views for both', () => {
    expect(rows.map((row) => [row.key, row.namespace, row.statuses.join(' ')])).toEqual([
      ['sim.ui.a', 'sim', 'ok'],
      ['sim.ui.dialog.ok', 'sim', 'ok'],
    ]);
    expect(rows[1]!.view).toEqual({ situation: 'felt-last', behindDialog: false });
  });
});

describe('the string table', () => {
  const rows = stringRows({
    catalogs: catalogs(
      {
        'sim.ui.ok': 'OK',
        'sim.ui.long': 'Konfigurer ERP-kobling',
        'sim.ui.untranslated': 'Lukk',
        'sim.ui.count': '{count} brukere',
        'sim.ui.old': 'Gammel',
      },
      {
        'sim.ui.ok': 'OK',
        'sim.ui.long': 'Configure ERP connection',
        'sim.ui.untranslated': '',
        'sim.ui.count': '{n} users',
        'sim.ui.old': 'Old',
        'sim.ui.extra': 'Extra',
      },
    ),
    usage: new Map(
      ['sim.ui.ok', 'sim.ui.long', 'sim.ui.untranslated', 'sim.ui.count', 'sim.ui.extra'].map((key) => [key, used]),
    ),
    limitOf: limitFinder([
      { keys: 'sim.ui.long', max: 20, where: 'knapp' },
      { keys: 'sim.**', max: 40, where: 'tekst' },
    ]),
    views: new Map([['sim.ui.ok', { situation: 'felt-last', title: 'Låst', behindDialog: false }]]),
  });
  const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));

  it('gives each key its status: OK, English missing, Norwegian missing, over the limit, placeholders differ, unused', () => {
    expect(rows.map((row) => `${row.key}: ${row.statuses.join(' ')}`)).toEqual([
      'sim.ui.ok: ok',
      'sim.ui.long: over-limit',
      'sim.ui.untranslated: missing-target',
      'sim.ui.count: placeholders',
      'sim.ui.old: unused',
      'sim.ui.extra: missing-source',
    ]);
    expect(statusCounts(rows)).toEqual({
      ok: 1,
      'missing-target': 1,
      'missing-source': 1,
      'over-limit': 1,
      placeholders: 1,
      unused: 1,
    });
  });

  it('measures both languages against the key limit', () => {
    expect(byKey['sim.ui.long']!.length).toEqual({
      source: { length: 22, max: 20, over: true },
      target: { length: 24, max: 20, over: true },
    });
    expect(byKey['sim.ui.ok']!.length.source).toEqual({ length: 2, max: 40, over: false });
  });

  it('says where the simulator shows a key, and that it shows none of the others', () => {
    expect(byKey['sim.ui.ok']!.view).toEqual({ situation: 'felt-last', title: 'Låst', behindDialog: false });
    expect(byKey['sim.ui.long']!.view).toBeNull();
    expect(markerHref('sim.ui.ok', byKey['sim.ui.ok']!.view!)).toBe('/simulator/?situasjon=felt-last&marker=sim.ui.ok');
    expect(markerHref('sim.ui.toolbar.reset', { behindDialog: false })).toBe('/simulator/?marker=sim.ui.toolbar.reset');
  });
});

describe('which simulator texts a reader sees, and where', () => {
  it('reads only what is shown: not below hidden, and only the open modal dialog when there is one', () => {
    const html =
      '<div data-i18n-key="a"><p hidden><span data-i18n-key="b"></span></p><nav data-i18n-label="c"></nav></div>' +
      '<dialog><button data-i18n-key="d e"></button></dialog>';
    expect([...visibleKeys(html, false)].sort()).toEqual(['a', 'c', 'd', 'e']);
    expect([...visibleKeys(html, true)].sort()).toEqual(['d', 'e']);
  });

  it('finds each key in the first state that shows it: the start, a situation, or a situation with the dialog closed', async () => {
    const views = await simulatorViews(standard, situations);
    expect(views.get('sim.ui.toolbar.reset')).toEqual({ behindDialog: false });
    expect(views.get('sim.ui.dialog.ok')).toMatchObject({ situation: 'ok-nedtonet', behindDialog: false });
    expect(views.get('sim.rule.config-locked-while-active')).toMatchObject({
      situation: 'felt-last',
      behindDialog: false,
    });
    expect(views.get('sim.test.error.unknown-client')).toMatchObject({
      situation: 'kan-ikke-aktiveres',
      behindDialog: false,
    });
    // The Sync tab shows without a dialog in the situation the add-connection and configure pages start in.
    expect(views.get('sim.ui.button.configure')).toEqual({
      situation: 'sync-fanen',
      title: situations['sync-fanen']!.title,
      behindDialog: false,
    });
    expect(views.get('sim.ui.tools.label')).toMatchObject({ situation: 'sync-fanen', behindDialog: false });
    // The Sync tab's other dialogs, in the situations that open them.
    expect(views.get('sim.ui.mapping.col.direction')).toMatchObject({
      situation: 'retning-uten-felt',
      behindDialog: false,
    });
    expect(views.get('sim.ui.lists.duplicate')).toMatchObject({ situation: 'duplikat-i-liste', behindDialog: false });
    expect(views.get('sim.ui.default.title')).toMatchObject({
      situation: 'standardverdi-pakrevd',
      behindDialog: false,
    });
    expect(views.get('sim.ui.connector.url')).toMatchObject({ situation: 'connector-ukjent-url', behindDialog: false });
    // Only after a click: the member picker, a refused command's explanation.
    expect(views.has('sim.ui.picker.title')).toBe(false);
    expect(views.has('sim.rule.needs-selected-connection')).toBe(false);
  });
});

describe('term findings', () => {
  it('are grouped by file, with the address of the page when the file is a page', () => {
    const finding = (page: string, line: number): Finding => ({
      kind: 'english-text',
      severity: 'warning',
      page,
      line,
      text: 'Barcode icon',
      suggestion: 'Strekkode-ikon',
      message: '',
    });
    const groups = groupFindings([
      finding('content/docs/no/erp/admin/update-connection.mdx', 25),
      finding('content/docs/no/erp/admin/update-connection.mdx', 30),
      finding('content/i18n/nb/sim.json', 3),
    ]);
    expect(groups.map((g) => [g.file, g.route, g.findings.length])).toEqual([
      ['content/docs/no/erp/admin/update-connection.mdx', '/no/erp/admin/update-connection/', 2],
      ['content/i18n/nb/sim.json', undefined, 1],
    ]);
  });
});
