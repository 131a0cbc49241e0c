import { useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { selectors as sel, type SimulatorStore } from '../../simulator/store/index.ts';
import { Simulator } from '../../simulator/ui/Simulator.tsx';
import type { Translate } from '../../i18n/translate.ts';
import type { ExerciseMode } from '../engine/index.ts';
import type { ExerciseApp } from './app.ts';
import { Coach } from './Coach.tsx';
import { ExerciseContext } from './context.ts';
import { TranslateContext } from './i18n.ts';
import { Outline } from './Outline.tsx';
import { SCOPE_ATTRIBUTE } from './outline.ts';
import { ProgressPanel } from './ProgressPanel.tsx';
import { StepList } from './StepList.tsx';

/** A store of its own in place of the exercise's (Fri øving's chosen scenario); `id` keys the simulator. */
export interface Sandbox {
  id: string;
  store: SimulatorStore;
}

export interface ExerciseLayoutProps {
  app: ExerciseApp;
  t: Translate;
  /** Null until the mode is read in the browser: no description yet, and the simulator stays inert. */
  mode: ExerciseMode | null;
  /** Above the mode's description: the mode links on the site, the platform's status in a package. */
  header: ReactNode;
  /** At the top of the simulator's section, above the coaching: Fri øving's scenario picker. */
  simulatorTools?: ReactNode;
  /** Shown in the simulator instead of the exercise's store, without the coaching in the dialog. */
  sandbox?: Sandbox | undefined;
  barcodeIcon?: ReactNode;
  /** Below the simulator: Avslutt øvelsen in a package. */
  footer?: ReactNode;
}

/**
 * The exercise's screen, the same on the site and in a learning-platform package: the mode's description, the
 * steps and progress panels (Fri øving has no steps), the coaching and the simulator, inside the contexts the
 * exercise's components read. What differs around it comes in as slots.
 */
export function ExerciseLayout({
  app,
  t,
  mode,
  header,
  simulatorTools,
  sandbox,
  barcodeIcon,
  footer,
}: ExerciseLayoutProps) {
  const dialogOpen = useStore(app.sim, sel.isDialogOpen);
  // The same element on every render: the simulator's context holds it, and a new one would re-render it all.
  const slot = useMemo(() => <Coach placement="dialog" />, []);
  const free = mode === 'fri-oving';

  return (
    <ExerciseContext value={app}>
      <TranslateContext value={t}>
        <div className="ex">
          {header}
          {mode && <p className="ex-mode-about">{t(`exercises.mode.${mode}.description`)}</p>}
          <div className={free ? 'ex-columns ex-columns-single' : 'ex-columns'}>
            {!free && (
              <section className="ex-panel" aria-labelledby="ex-steps-heading">
                <h2 id="ex-steps-heading">{t('exercises.steps.heading')}</h2>
                <StepList />
              </section>
            )}
            <ProgressPanel headingId="ex-progress-heading" />
          </div>
          <section className="ex-sim-section" aria-labelledby="ex-sim-heading">
            <h2 id="ex-sim-heading">{t('exercises.page.simulator')}</h2>
            {simulatorTools}
            {!dialogOpen && <Coach placement="page" />}
            <Outline />
            <div {...{ [SCOPE_ATTRIBUTE]: '' }}>
              <Simulator
                key={sandbox ? sandbox.id : 'exercise'}
                store={sandbox ? sandbox.store : app.sim}
                variant="full"
                barcodeIcon={barcodeIcon}
                dialogSlot={sandbox ? undefined : slot}
                ready={Boolean(mode)}
              />
            </div>
          </section>
          {footer}
        </div>
      </TranslateContext>
    </ExerciseContext>
  );
}
