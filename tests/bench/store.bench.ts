import { Bench } from 'tinybench';
import { test } from 'vitest';
import { createSimulatorStore, memoryStorage, type SimulatorStore } from '../../src/simulator/store/index.ts';
import { standard } from '../unit/simulator/scenario-helpers.ts';

/**
 * Store throughput, run only by `npm run bench` (vitest compiles the TypeScript; tinybench measures). One
 * iteration is the whole documented edit: select, open, clear Aktiv, change a field, set Aktiv, test, OK,
 * deselect — 8 actions.
 */
const ACTIONS_PER_EDIT = 8;

function documentedEdit(store: SimulatorStore, n: number) {
  const s = store.getState();
  s.selectConnection('nordlys-oslo');
  s.openDialog();
  s.setActive(false);
  s.setField('tidsavbrudd', String(10 + (n % 200)));
  s.setActive(true);
  s.runTest();
  s.ok();
  s.selectConnection(null);
}

test('store throughput', async () => {
  const persisted = createSimulatorStore({
    scenario: standard,
    storageKey: 'bench',
    storage: memoryStorage(),
    testDelayMs: 0,
  });
  const inMemory = createSimulatorStore({
    scenario: standard,
    storageKey: 'bench',
    storage: undefined,
    testDelayMs: 0,
  });
  let n = 0;
  const bench = new Bench({ time: 1500 });
  bench.add('documented edit, persisted to storage', () => documentedEdit(persisted, n++));
  bench.add('documented edit, not persisted', () => documentedEdit(inMemory, n++));
  await bench.run();
  for (const task of bench.tasks) {
    const perSecond = task.result?.state === 'completed' ? task.result.throughput.mean : 0;
    console.log(`  ${task.name}: ${Math.round(perSecond * ACTIONS_PER_EDIT).toLocaleString('en')} actions/s`);
  }
}, 60_000);
