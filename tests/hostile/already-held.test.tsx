// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { classTable, classTableCsv } from '../../src/exercises/engine/index.ts';
import { importResultFiles } from '../../src/exercises/ui/trainer/result-import.ts';
import { loadCatalogs } from '../../src/loaders/catalogs.ts';
import { importXliff } from '../../src/localization/xliff/import.ts';
import { memoryStorage } from '../../src/simulator/store/index.ts';
import { openDialogOn, renderSimulator } from '../component/simulator/render.tsx';
import { byId, exercises } from '../unit/exercises/helpers.ts';
import { makeStore, STORAGE_KEY } from '../unit/simulator/store-helpers.ts';

/** Hostile input the site already refused before issue 13, kept here so it stays refused. */
const DIR = 'tests/fixtures/hostile/already-held';
const fixture = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
afterEach(cleanup);

function xliffRefusal(name: string): string {
  try {
    importXliff(fixture(name), loadCatalogs('tests/fixtures/localization/site'));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was imported`);
}

describe('hostile input that was already refused stays refused', () => {
  test('XLIFF with entities (XXE, billion laughs): refused, and no entity is read', () => {
    const doctype =
      'The XLIFF file was not imported (1 problem); the catalogs are unchanged:\n  - it has a <!DOCTYPE>, which XLIFF files do not have; its entities are not read. Export the file again';
    expect(xliffRefusal('xxe.xlf')).toBe(doctype);
    expect(xliffRefusal('billion-laughs.xlf')).toBe(doctype);
  });

  test('a learner name that is a spreadsheet formula is written to the CSV as text', () => {
    const { results, errors } = importResultFiles([{ name: 'formel.json', text: fixture('formel.json') }], exercises);
    expect(errors).toEqual([]);
    const csv = classTableCsv(classTable(results, byId('gi-nytt-navn')), { bom: false });
    expect(csv.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""http://x.example"",""Klikk her"")";`)).toBe(true);
  });

  test('a stored simulation cut off mid-way: the simulator starts over and says why', () => {
    const { get } = makeStore({ storage: memoryStorage({ [STORAGE_KEY]: fixture('korrupt-lagring.txt') }) });
    expect(get().sim.notice).toMatchObject({ key: 'sim.notice.storageRecovered', detail: 'corrupt-json' });
    expect(get().sim.dialog).toBeNull();
  });

  test('markup typed into the dialog stays text: no element is made and no script runs', async () => {
    const { store } = renderSimulator();
    const dialog = await openDialogOn(store);
    const payload = fixture('xss.txt');
    fireEvent.change(dialog.getByLabelText('Navn'), { target: { value: payload } });
    fireEvent.change(dialog.getByLabelText('Beskrivelse'), { target: { value: payload } });
    expect(dialog.getByLabelText<HTMLInputElement>('Navn').value).toBe(payload);
    expect(dialog.getByLabelText('Navn').getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelectorAll('img, script').length).toBe(0);
    expect((globalThis as { hacked?: unknown }).hacked).toBeUndefined();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
