import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { selectors as sel, type CommandType } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { RuleHint } from '../RuleHint.tsx';
import { SimButton } from '../SimButton.tsx';

const MOVE_COMMANDS: readonly CommandType[] = ['moveItem'];

/**
 * The rows of Ranger felt (the actor's fields) or Angi synkroniseringsprioritet (every connection), as radio
 * buttons: the arrow keys select a row, Pil opp and Pil ned (or Alt+arrow) move it one place. Each move is
 * announced with the row's new place; focus stays on the moved row. Pil opp and Pil ned are dimmed by rule
 * `reorder-needs-room` and, like every dimmed button, still say why when clicked.
 */
export function ReorderList({ legendKey }: { legendKey: 'sim.ui.rank.list' | 'sim.ui.priority.list' }) {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const rows = useSim(sel.orderRows);
  const selected = useSim(sel.orderSelected);
  const up = useSim(useMemo(() => sel.canMove('up'), []));
  const down = useSim(useMemo(() => sel.canMove('down'), []));
  const move = useSim(sel.lastMove);
  const { selectItem, moveItem } = useActions();
  const radios = useRef<Record<string, HTMLInputElement | null>>({});
  const keepFocus = useRef(false);
  const group = id('order');
  const priority = legendKey === 'sim.ui.priority.list';

  // React may move the focused radio in the DOM when the order changes; put focus back on it.
  useLayoutEffect(() => {
    if (!keepFocus.current || selected === null) return;
    keepFocus.current = false;
    radios.current[selected]?.focus();
  }, [rows, selected]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    keepFocus.current = true;
    moveItem(event.key === 'ArrowUp' ? 'up' : 'down');
  };
  const moved = move && rows.find((r) => r.id === move.id);

  return (
    <>
      <fieldset className="sim-fieldset sim-order" onKeyDown={onKeyDown}>
        <legend data-i18n-key={legendKey}>{t(legendKey)}</legend>
        <p className="sim-note" data-i18n-key="sim.ui.order.keys">
          {t('sim.ui.order.keys')}
        </p>
        {rows.map((row, index) => {
          const marker = priority
            ? row.marked
              ? 'sim.ui.active.yes'
              : 'sim.ui.active.no'
            : row.marked
              ? 'sim.ui.rank.shown'
              : 'sim.ui.rank.hidden';
          return (
            <div key={row.id} className={`sim-check sim-order-row${row.id === selected ? ' sim-selected' : ''}`}>
              <input
                ref={(el) => void (radios.current[row.id] = el)}
                id={`${group}-${row.id}`}
                type="radio"
                name={group}
                data-sim-target={`order.item:${row.id}`}
                checked={row.id === selected}
                onChange={() => selectItem(row.id)}
              />
              <label htmlFor={`${group}-${row.id}`}>
                <span className="sim-order-place" aria-hidden="true">
                  {index + 1}.
                </span>{' '}
                {lang === 'en' ? row.labelEn : row.label}{' '}
                <span className="sim-summary" data-i18n-key={marker}>
                  ({t(marker)})
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="sim-buttons">
        {(
          [
            ['up', up, '↑'],
            ['down', down, '↓'],
          ] as const
        ).map(([direction, enabled, arrow]) => (
          <SimButton
            key={direction}
            labelKey={`sim.ui.order.${direction}`}
            target={`order.${direction}`}
            before={<span aria-hidden="true">{arrow} </span>}
            aria-disabled={enabled ? undefined : true}
            aria-describedby={enabled ? undefined : id('order-hint')}
            onClick={() => moveItem(direction)}
          />
        ))}
      </div>
      <RuleHint id={id('order-hint')} commands={MOVE_COMMANDS} />
      <p role="status" className="sim-vh" data-i18n-key="sim.ui.order.moved">
        {moved &&
          t('sim.ui.order.moved', {
            item: lang === 'en' ? moved.labelEn : moved.label,
            position: String(move.position),
            count: String(move.count),
          })}
      </p>
    </>
  );
}
