// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_TARGETS } from '../../../src/exercises/engine/ui-targets.ts';
import { standard } from '../../unit/simulator/scenario-helpers.ts';
import { findDialog, renderSimulator } from './render.tsx';

afterEach(cleanup);

const marked = () =>
  new Set([...document.querySelectorAll('[data-sim-target]')].map((el) => el.getAttribute('data-sim-target')!));

describe('data-sim-target, the marks the exercises point at', () => {
  it('is on every control the exercise engine can name, once each', async () => {
    const { store } = renderSimulator();
    const seen = new Set<string>();
    const collect = () => marked().forEach((t) => seen.add(t));
    collect();
    act(() => {
      store.getState().navigate('tilbud-sync');
      store.getState().selectTab('sync');
      store.getState().openFeature('ny-erp-kobling');
    });
    collect();
    act(() => {
      store.getState().selectConnection('nordlys-bergen');
      store.getState().openDialog();
    });
    await findDialog();
    collect();
    fireEvent.click(screen.getByRole('button', { name: 'Velg brukere og grupper' }));
    collect();

    expect(UI_TARGETS.filter((t) => !seen.has(t))).toEqual([]);
    for (const c of standard.connections) expect(seen).toContain(`connection-row:${c.id}`);
    for (const f of standard.connectors[0]!.fields) expect(seen).toContain(`dialog.field:${f.key}`);
    for (const u of standard.users) expect(seen).toContain(`dialog.member:user:${u.id}`);
    for (const g of standard.groups) expect(seen).toContain(`dialog.member:group:${g.id}`);
    const all = [...document.querySelectorAll('[data-sim-target]')].map((el) => el.getAttribute('data-sim-target'));
    expect(all.length).toBe(new Set(all).size);
  });
});
