import { mistakeCorrection, type Mistake } from '../engine/index.ts';
import { tSim, useT } from './i18n.ts';

/**
 * Veiledet's answer to a move that breaks the procedure: what went wrong, how to put it right, and the rule it
 * broke, with the sentence the help page states it in and a link to where the page explains it. The live region
 * is always there, so a correction that appears is announced; the button to hide it sits outside it.
 */
export function Correction({
  mistake,
  onDismiss,
}: {
  mistake: Pick<Mistake, 'kind' | 'ruleId'> | undefined;
  onDismiss: () => void;
}) {
  const t = useT();
  const correction = mistake && mistakeCorrection(mistake);
  const rule = correction?.rule;
  return (
    <div className={mistake ? 'ex-correction' : undefined}>
      <div role="status">
        {mistake && correction && (
          <>
            <p className="ex-correction-title">
              {t('exercises.correction.title', { mistake: t(`exercises.mistake.${mistake.kind}`) })}
            </p>
            <p>{t(correction.messageKey)}</p>
            {rule && <p>{t('exercises.correction.rule', { rule: tSim(rule.messageKey) })}</p>}
            {rule?.quote && (
              <blockquote className="ex-quote">
                <p>{t('exercises.correction.quote', { quote: rule.quote.quote })}</p>
              </blockquote>
            )}
            {rule?.href && (
              <p>
                <a href={rule.href}>{t('exercises.correction.readMore')}</a>
              </p>
            )}
          </>
        )}
      </div>
      {mistake && (
        <button type="button" className="ex-button" onClick={onDismiss}>
          {t('exercises.correction.dismiss')}
        </button>
      )}
    </div>
  );
}
