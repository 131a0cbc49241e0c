// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_TARGETS } from '../../../src/exercises/engine/ui-targets.ts';
import { standard } from '../../unit/simulator/scenario-helpers.ts';
import { findDialog, renderSimulator } from './render.tsx';

afterEach(cleanup);

describe('data-sim-target, the marks the exercises point at', () => {
  it('is on every control the exercise engine can name, once each', async () => {
    const { store } = renderSimulator();
    const seen = new Set<string>();
    const collect = () => {
      const all = [...document.querySelectorAll('[data-sim-target]')].map((el) => el.getAttribute('data-sim-target')!);
      // Once each in whatever is on screen, so a target names one control.
      expect(all.length).toBe(new Set(all).size);
      all.forEach((t) => seen.add(t));
    };
    const run = (steps: () => void) => {
      act(steps);
      collect();
    };
    const { getState } = store;
    // A notice, for its Lukk melding: the one an unknown situation gives.
    run(() => void getState().startSituation('finnes-ikke'));
    run(() => getState().dismissNotice());
    run(() => {
      getState().navigate('tilbud-sync');
      getState().selectTab('sync');
    });
    for (const feature of ['ny-erp-kobling', 'ny-sync-connector', 'synkroniseringsprioritet'] as const) {
      run(() => getState().openFeature(feature));
      if (feature === 'synkroniseringsprioritet') run(() => getState().selectItem('nordlys-bergen'));
      run(() => getState().cancel());
    }
    run(() => {
      getState().selectConnection('nordlys-bergen');
      getState().openDialog();
    });
    await findDialog();
    fireEvent.click(screen.getByRole('button', { name: 'Velg brukere og grupper' }));
    collect();
    run(() => getState().cancel());
    run(() => getState().selectConnection('nordlys-oslo'));
    for (const tool of ['tilordninger', 'listetilordning', 'standardverdier', 'ranger-felt'] as const) {
      run(() => getState().openTool(tool));
      if (tool === 'listetilordning') run(() => getState().selectList('kundekategori'));
      if (tool === 'standardverdier') {
        run(() => getState().addDefault());
        run(() => getState().setDefaultOption('fixed', true));
        run(() => getState().cancel());
      }
      if (tool === 'ranger-felt') run(() => getState().selectItem('navn'));
      run(() => getState().cancel());
    }

    expect(UI_TARGETS.filter((t) => !seen.has(t))).toEqual([]);
    for (const c of standard.connections) expect(seen).toContain(`connection-row:${c.id}`);
    for (const f of standard.connectors[0]!.fields) expect(seen).toContain(`dialog.field:${f.key}`);
    for (const u of standard.users) expect(seen).toContain(`dialog.member:user:${u.id}`);
    for (const g of standard.groups) expect(seen).toContain(`dialog.member:group:${g.id}`);
    const nordlys = standard.connectors[0]!;
    for (const a of nordlys.actors) expect(seen).toContain(`tool.tab:${a.id}`);
    for (const f of nordlys.actors[0]!.fields) {
      for (const target of ['crm', 'search', 'erpTab']) expect(seen).toContain(`mapping.${target}:kunde/${f.key}`);
      for (const d of ['to-crm', 'to-erp', 'both']) expect(seen).toContain(`mapping.direction:kunde/${f.key}/${d}`);
      expect(seen).toContain(`order.item:${f.key}`);
    }
    for (const item of nordlys.lists[0]!.items) expect(seen).toContain(`list.item:kundekategori/${item.id}`);
    for (const c of standard.connections) expect(seen).toContain(`order.item:${c.id}`);
    const saved = standard.connections.find((c) => c.id === 'nordlys-oslo')!.setup.defaults.kunde ?? [];
    expect(saved.length).toBeGreaterThan(0);
    for (const d of saved) expect(seen).toContain(`default.remove:${d.field}`);
  });
});
