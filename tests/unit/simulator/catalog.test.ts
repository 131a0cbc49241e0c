import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogs } from '../../../src/loaders/catalogs.ts';
import { namespaceMessages } from '../../../src/localization/catalogs/types.ts';
import {
  DIRECTIONS,
  SCREENS,
  TABS,
  TOOLS,
  rules,
  type NoSyncReason,
  type TestErrorCode,
} from '../../../src/simulator/domain/index.ts';

// The simulator's texts are split across sim.json, sim.dialog.json (the edit dialog's) and sim.tools.json (the Sync
// tab's other dialogs'); together they are its catalog.
const catalogs = loadCatalogs('.');
const nb = namespaceMessages(catalogs, 'nb', 'sim');
const en = namespaceMessages(catalogs, 'en', 'sim');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The keys the domain and store emit. A new message key in code must reach both catalogs. */
const codes: TestErrorCode[] = [
  'missing-field',
  'invalid-value',
  'server-unreachable',
  'unknown-client',
  'credentials-rejected',
  'path-not-found',
];
// Keys written as literals in code (validation messages, notices), read from the source so a new one is not missed.
const domainFiles = ['validation.ts', 'dialog-reducer.ts', 'connection-reducer.ts', 'reducer.ts'].map((f) =>
  readFileSync(`src/simulator/domain/${f}`, 'utf8'),
);
const storeFiles = ['recovery.ts', 'create-store.ts'].map((f) => readFileSync(`src/simulator/store/${f}`, 'utf8'));
const literalKeys = [...domainFiles, ...storeFiles].flatMap((src) =>
  [...src.matchAll(/'(sim\.[a-zA-Z.-]+)'/g)].map((m) => m[1]!),
);
const usedKeys = [
  ...rules.map((r) => r.messageKey),
  ...codes.map((c) => `sim.test.error.${c}`),
  'sim.test.error.credentials-expired',
  // The UI builds these keys from the ids it shows (navigator entries, tabs, lower-left tools, directions).
  ...SCREENS.map((s) => `sim.ui.screen.${s}`),
  ...TABS.map((t) => `sim.ui.tab.${t}`),
  ...TOOLS.map((t) => `sim.ui.tool.${t}`),
  ...DIRECTIONS.map((d) => `sim.ui.mapping.direction.${d}`),
  ...(['id', 'read-only'] satisfies NoSyncReason[]).map((r) => `sim.ui.mapping.noSync.${r}`),
  ...literalKeys,
];

describe('the simulator catalogs', () => {
  it('have the same keys in Norwegian and English, all starting with sim.', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const key of Object.keys(nb)) expect(key).toMatch(/^sim\.[a-zA-Z0-9.-]+$/);
  });

  it('hold every key the domain and store use', () => {
    expect(literalKeys.length).toBeGreaterThan(10);
    for (const key of new Set(usedKeys)) {
      expect(nb, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });

  it('use the same placeholders in both languages (English texts take the *En label variants)', () => {
    for (const key of Object.keys(nb)) {
      const english = placeholders(en[key]!).map((p) => p!.replace(/En$/, ''));
      expect(english, key).toEqual(placeholders(nb[key]!).map((p) => p!.replace(/En$/, '')));
    }
  });
});
