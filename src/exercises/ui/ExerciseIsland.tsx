import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createSimulatorStore, type Scenario } from '../../simulator/store/index.ts';
import { createTranslate, type Messages } from '../../i18n/translate.ts';
import { DEFAULT_MODE, readModeParam, type Exercise, type ExerciseWorld } from '../engine/index.ts';
import { createExerciseApp } from './app.ts';
import { ExerciseLayout } from './ExerciseLayout.tsx';
import { ModeNav } from './ModeNav.tsx';
import { MODE_PARAM } from './routes.ts';
import './exercises.css';

export interface ExerciseIslandProps {
  /** The exercise, validated at build time (content/exercises). */
  exercise: Exercise;
  /** Its world: the scenario with the exercise's faults, and the start situation (exerciseWorld, at build time). */
  world: ExerciseWorld;
  /** The island's entries of the exercise catalog (catalog.ts: islandMessages), picked at build time. */
  messages: Messages;
  /** Every scenario, for Fri øving's picker; shown only when there is more than the exercise's own. Default none. */
  scenarios?: Scenario[];
  /** Busy time of Test ERP-tilkobling in ms. Default the store's. */
  testDelayMs?: number;
  /** Slot `barcode-icon`: Tilbud/Sync's icon, rendered on the server. */
  barcodeIcon?: ReactNode;
}

/**
 * An exercise page's island: the mode links, the instructions, the progress panel, the coaching and the
 * simulator on the exercise's own store. The server renders the exercise's start without a mode; in the
 * browser the mode is read from `?modus=` and the mode's stored place is restored.
 */
export default function ExerciseIsland({
  exercise,
  world,
  messages,
  scenarios = [],
  testDelayMs,
  barcodeIcon,
}: ExerciseIslandProps) {
  const t = useMemo(() => createTranslate(messages), [messages]);
  const [app] = useState(() =>
    createExerciseApp({ exercise, world, ...(testDelayMs === undefined ? {} : { testDelayMs }), focusedControl }),
  );
  useEffect(() => app.start(readModeParam(modeParam()).mode), [app]);
  // A ?modus= that names no mode opens the default mode, and says so: a mistyped link must not look like the right
  // one. Read as an external value, so the server's render (no address) and hydration agree.
  const unknownMode = useSyncExternalStore(
    noChanges,
    () => readModeParam(modeParam()).unknown,
    () => undefined,
  );
  const mode = useStore(app.view, (s) => s.mode);
  const [sandboxId, setSandboxId] = useState('');
  const sandbox = useMemo(() => {
    const scenario = scenarios.find((s) => s.id === sandboxId);
    return (
      scenario && {
        id: sandboxId,
        store: createSimulatorStore({
          scenario,
          storageKey: `erp-ovelse:${exercise.id}:fri-oving:${scenario.id}`,
          ...(testDelayMs === undefined ? {} : { testDelayMs }),
        }),
      }
    );
  }, [scenarios, sandboxId, exercise.id, testDelayMs]);

  return (
    <ExerciseLayout
      app={app}
      t={t}
      mode={mode}
      header={
        <>
          <ModeNav exerciseId={exercise.id} mode={mode} />
          {unknownMode !== undefined && (
            <p role="status" className="ex-notice">
              {t('exercises.page.unknownMode', { mode: unknownMode, default: t(`exercises.mode.${DEFAULT_MODE}`) })}
            </p>
          )}
        </>
      }
      simulatorTools={
        mode === 'fri-oving' &&
        scenarios.length > 1 && (
          <p className="ex-field">
            <label htmlFor="ex-scenario">{t('exercises.free.scenario')}</label>
            <select
              id="ex-scenario"
              className="ex-select"
              value={sandboxId}
              onChange={(e) => setSandboxId(e.target.value)}
            >
              <option value="">{t('exercises.free.exerciseStart')}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </p>
        )
      }
      sandbox={mode === 'fri-oving' ? sandbox : undefined}
      barcodeIcon={barcodeIcon}
    />
  );
}

/** `?modus=` of the page's address. */
function modeParam(): string | null {
  return new URLSearchParams(location.search).get(MODE_PARAM);
}

/** The address does not change while the page is open: nothing to subscribe to. */
function noChanges(): () => void {
  return () => undefined;
}

/** The Vis meg control that has focus, if any (see the player's takeFocus). */
function focusedControl(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active.closest('[data-coach]') ? (active.dataset.coachControl ?? null) : null;
}
