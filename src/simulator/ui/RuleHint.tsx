import { selectors as sel, type CommandType } from '../store/index.ts';
import { useSim, useT } from './context.ts';

/**
 * Why the latest click did nothing: the explanation of each rule that refused one of `commands`, in a live
 * region beside the buttons that send them. Empty until such a click, and again after the next command.
 */
export function RuleHint({ id, commands }: { id: string; commands: readonly CommandType[] }) {
  const t = useT();
  const rejection = useSim(sel.lastRejection);
  const rules = rejection && commands.includes(rejection.command) ? rejection.rules : [];
  return (
    <p id={id} role="status" className="sim-hint">
      {rules.map((rule) => (
        <span key={rule.id} data-i18n-key={rule.messageKey}>
          {t(rule.messageKey)}
          {rule.href && (
            <>
              {' '}
              <a href={rule.href} data-i18n-key="sim.ui.notice.readMore">
                {t('sim.ui.notice.readMore')}
              </a>
            </>
          )}
        </span>
      ))}
    </p>
  );
}
