import type { Problem } from '../../store/index.ts';
import { useT } from '../context.ts';

/** The ids for aria-describedby, skipping the ones that are not shown. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const shown = ids.filter(Boolean);
  return shown.length ? shown.join(' ') : undefined;
}

/** The message at a field that does not accept its value, or nothing. */
export function FieldMessage({ id, problem }: { id: string; problem: Problem | undefined }) {
  const t = useT();
  if (!problem) return null;
  return (
    <p id={id} className="sim-error" data-i18n-key={problem.messageKey}>
      {t(problem.messageKey, problem.params)}
    </p>
  );
}
