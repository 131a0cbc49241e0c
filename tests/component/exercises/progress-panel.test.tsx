// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseRun } from '../../../src/exercises/engine/index.ts';
import { ProgressPanel } from '../../../src/exercises/ui/ProgressPanel.tsx';
import { memoryStorage } from '../../../src/simulator/store/index.ts';
import { makeApp, renderWithApp } from './render.tsx';

/** The run a page stored (the value under its progress key). */
const readRun = (stored: string | null) => (JSON.parse(stored ?? 'null') as { run: ExerciseRun }).run;

afterEach(cleanup);

const panel = () => within(screen.getByRole('region', { name: 'Framdrift' }));

async function started(
  id: string,
  mode: Parameters<ReturnType<typeof makeApp>['app']['start']>[0],
  storage = memoryStorage(),
) {
  const made = makeApp(id, { storage });
  renderWithApp(made.app, <ProgressPanel headingId="framdrift" />);
  const stop = made.app.start(mode);
  await waitFor(() => expect(made.app.session.getState().ready).toBe(true));
  return { ...made, stop };
}

describe('the progress panel', () => {
  it('counts the steps done as the learner works in Veiledet, with the mistakes so far', async () => {
    const { app } = await started('endre-konfigurasjon', 'veiledet');
    expect(panel().getByText('0 av 6 trinn er fullført')).toBeTruthy();
    expect(panel().getByRole('progressbar', { name: '0 av 6 trinn er fullført' })).toBeTruthy();
    act(() => {
      app.sim.getState().selectConnection('nordlys-oslo');
      app.sim.getState().openDialog();
    });
    expect(panel().getByText('1 av 6 trinn er fullført')).toBeTruthy();
    act(() => app.sim.getState().setField('tidsavbrudd', '90'));
    expect(panel().getByText('Feil så langt: 1')).toBeTruthy();
  });

  it('starts the exercise over: the run and the simulator back at the exercise’s start, and says so', async () => {
    const { app } = await started('endre-konfigurasjon', 'veiledet');
    act(() => {
      app.sim.getState().selectConnection('nordlys-oslo');
      app.sim.getState().openDialog();
    });
    fireEvent.click(panel().getByRole('button', { name: 'Start øvelsen på nytt' }));
    expect(panel().getByText('0 av 6 trinn er fullført')).toBeTruthy();
    expect(panel().getByRole('status').textContent).toBe('Øvelsen er startet på nytt.');
    const { sim } = app.sim.getState();
    expect(sim.dialog).toBeNull();
    expect(sim.view).toEqual({ screen: 'tilbud-sync', tab: 'sync' });
    expect(sim.selectedId).toBeNull();
  });

  it('keeps the run per exercise and mode, and says so when a stored run cannot be used', async () => {
    const storage = memoryStorage();
    const first = await started('gi-nytt-navn', 'veiledet', storage);
    act(() => {
      first.app.sim.getState().navigate('tilbud-sync');
      first.app.sim.getState().selectTab('sync');
    });
    await waitFor(() => expect(readRun(storage.getItem('erp-ovelse:gi-nytt-navn:veiledet:forlop')).current).toBe(1));
    first.stop();
    cleanup();

    const again = await started('gi-nytt-navn', 'veiledet', storage);
    expect(panel().getByText('1 av 5 trinn er fullført')).toBeTruthy();
    expect(panel().getByRole('status').textContent).toBe('');
    again.stop();
    cleanup();

    storage.setItem('erp-ovelse:gi-nytt-navn:veiledet:forlop', '{"version":1,"run":');
    const broken = await started('gi-nytt-navn', 'veiledet', storage);
    expect(panel().getByText('0 av 5 trinn er fullført')).toBeTruthy();
    expect(panel().getByRole('status').textContent).toBe(
      'Den lagrede framdriften kunne ikke leses, så øvelsen starter fra begynnelsen.',
    );
    expect(broken.app.sim.getState().sim.view).toEqual({ screen: 'brukere', tab: 'tilbud' });
  });

  it('in Test shows no count, only what is recorded, and ends the test on request', async () => {
    const { app } = await started('gi-nytt-navn', 'test');
    expect(panel().queryByRole('progressbar')).toBeNull();
    expect(panel().getByText(/Testen registrerer tid og feil for hvert trinn/)).toBeTruthy();
    fireEvent.click(panel().getByRole('button', { name: 'Avslutt testen' }));
    expect(app.session.getState().endedAt).not.toBeNull();
    expect(panel().queryByRole('button', { name: 'Avslutt testen' })).toBeNull();
    expect(panel().getByText('Testen er ferdig. Resultatet står over simulatoren.')).toBeTruthy();
  });

  it('offers nothing to press before the stored place is read', () => {
    const { app } = makeApp('gi-nytt-navn');
    renderWithApp(app, <ProgressPanel headingId="framdrift" />);
    expect(panel().getByRole<HTMLButtonElement>('button', { name: 'Start øvelsen på nytt' }).disabled).toBe(true);
  });
});
