import { DIRECTIONS, selectors as sel, type Direction, type ErpFieldDef } from '../../store/index.ts';
import { useActions, useIds, useT } from '../context.ts';
import { useFieldSelector } from './use-field-selector.ts';

/** What each button shows; its name (read aloud, and shown on hover) is the direction in words. */
const SYMBOL: Readonly<Record<Direction, string>> = { 'to-crm': '>', 'to-erp': '<', both: '< >' };

/**
 * Retning: three buttons with three states each, told apart by more than colour. Dimmed (aria-disabled, dashed
 * border) until the rules allow a direction, with the rules' reasons shown on hover and on focus and read as the
 * buttons' description; available; chosen (aria-pressed, filled, with a check mark). A click on the chosen one
 * clears it. A dimmed button stays focusable and clickable, so the store can refuse the click and say why.
 */
export function DirectionButtons({
  actor,
  field,
  direction,
}: {
  actor: string;
  field: ErpFieldDef;
  direction: Direction | null;
}) {
  const t = useT();
  const id = useIds();
  const blocked = useFieldSelector(sel.directionBlockedBy, actor, field.key);
  const { setDirection } = useActions();
  const base = id(`dir-${actor}-${field.key}`);
  const dimmed = blocked.length > 0;
  return (
    <div className="sim-direction" role="group" aria-labelledby={`${base}-label`}>
      <span id={`${base}-label`} className="sim-direction-label" data-i18n-key="sim.ui.mapping.col.direction">
        {t('sim.ui.mapping.col.direction')}
      </span>
      <span className="sim-direction-buttons">
        {DIRECTIONS.map((d) => {
          const pressed = direction === d;
          return (
            <button
              key={d}
              type="button"
              className="sim-direction-button"
              data-sim-target={`mapping.direction:${actor}/${field.key}/${d}`}
              data-i18n-key={`sim.ui.mapping.direction.${d}`}
              aria-pressed={pressed}
              aria-disabled={dimmed || undefined}
              aria-describedby={dimmed ? `${base}-why` : undefined}
              onClick={() => setDirection(actor, field.key, pressed ? null : d)}
            >
              <span aria-hidden="true">{SYMBOL[d]}</span>
              {pressed && (
                <span className="sim-direction-check" aria-hidden="true">
                  ✓
                </span>
              )}
              <span className="sim-vh">{t(`sim.ui.mapping.direction.${d}`)}</span>
            </button>
          );
        })}
      </span>
      {dimmed && (
        <span id={`${base}-why`} className="sim-tip" role="tooltip">
          {blocked.map((rule) => (
            <span key={rule.id} data-i18n-key={rule.messageKey}>
              {t(rule.messageKey)}{' '}
            </span>
          ))}
          {field.noSync && (
            <span data-i18n-key={`sim.ui.mapping.noSync.${field.noSync}`}>
              {t(`sim.ui.mapping.noSync.${field.noSync}`)}
            </span>
          )}
        </span>
      )}
    </div>
  );
}
