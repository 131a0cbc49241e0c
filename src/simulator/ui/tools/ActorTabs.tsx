import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { tabFromKey } from '../tab-keys.ts';

/** One tab per ERP actor the connector offers (WAI-ARIA tabs, arrow keys move and select); the panel shows `children`. */
export function ActorTabs({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const actors = useSim(sel.toolActors);
  const current = useSim(sel.toolTab);
  const { selectActor } = useActions();
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  if (actors.length === 0)
    return (
      <p className="sim-note" data-i18n-key="sim.ui.tools.noActors">
        {t('sim.ui.tools.noActors')}
      </p>
    );

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabFromKey(
      event.key,
      actors.findIndex((a) => a.id === current),
      actors.length,
    );
    if (next === undefined) return;
    event.preventDefault();
    const actor = actors[next]!;
    selectActor(actor.id);
    tabs.current[actor.id]?.focus();
  };

  return (
    <>
      <div
        role="tablist"
        aria-label={t('sim.ui.tools.actors')}
        data-i18n-label="sim.ui.tools.actors"
        className="sim-tablist"
        onKeyDown={onKeyDown}
      >
        {actors.map((actor) => (
          <button
            key={actor.id}
            ref={(el) => void (tabs.current[actor.id] = el)}
            type="button"
            role="tab"
            id={id(`actor-${actor.id}`)}
            className="sim-tab"
            data-sim-target={`tool.tab:${actor.id}`}
            aria-selected={actor.id === current}
            aria-controls={id('actor-panel')}
            tabIndex={actor.id === current ? 0 : -1}
            onClick={() => selectActor(actor.id)}
          >
            {lang === 'en' ? actor.labelEn : actor.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={id('actor-panel')} aria-labelledby={id(`actor-${current}`)} className="sim-panel">
        {children}
      </div>
    </>
  );
}
