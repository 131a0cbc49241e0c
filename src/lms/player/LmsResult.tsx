import { useId } from 'react';
import type { ResultMode } from '../../exercises/engine/index.ts';
import { useApp, useSession } from '../../exercises/ui/context.ts';
import { useT } from '../../exercises/ui/i18n.ts';
import { lmsOutcome } from '../outcome.ts';

/**
 * The end of a run in a package: in Test the score and whether it passed, against the pass mark in force; in
 * Veiledet that completion is what is recorded. The status line above says whether the platform has it.
 */
export function LmsResult({ mode, masteryScore }: { mode: ResultMode; masteryScore: () => number }) {
  const t = useT();
  const id = useId();
  const { exercise } = useApp();
  const run = useSession((s) => s.run);
  const endedAt = useSession((s) => s.endedAt);
  const mastery = masteryScore();
  const outcome = lmsOutcome(run, exercise, { mode, masteryScore: mastery, endedAt });
  const percent = (value: number) => String(Math.round(value * 100));
  return (
    <section className="ex-result" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {t(outcome.completion === 'completed' ? 'lms.result.completed' : 'lms.result.ended')}
      </h3>
      {outcome.score ? (
        <ul className="ex-figures">
          <li>
            {t('lms.result.score', {
              raw: outcome.score.raw,
              max: outcome.score.max,
              percent: percent(outcome.score.scaled),
            })}
          </li>
          <li>
            {t(outcome.success === 'passed' ? 'lms.result.passed' : 'lms.result.failed', {
              mastery: percent(mastery),
            })}
          </li>
        </ul>
      ) : (
        <p>{t('lms.result.guided')}</p>
      )}
      <p>{t('lms.result.restart')}</p>
    </section>
  );
}
