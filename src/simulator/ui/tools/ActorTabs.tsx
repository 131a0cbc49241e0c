import type { ReactNode } from 'react';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { TabList } from '../TabList.tsx';

/** One tab per ERP actor the connector offers (WAI-ARIA tabs, arrow keys move and select); the panel shows `children`. */
export function ActorTabs({ children }: { children: ReactNode }) {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const actors = useSim(sel.toolActors);
  const current = useSim(sel.toolTab);
  const { selectActor } = useActions();
  if (actors.length === 0)
    return (
      <p className="sim-note" data-i18n-key="sim.ui.tools.noActors">
        {t('sim.ui.tools.noActors')}
      </p>
    );

  return (
    <>
      <TabList
        labelKey="sim.ui.tools.actors"
        tabs={actors.map((actor) => ({
          id: actor.id,
          elementId: id(`actor-${actor.id}`),
          controls: id('actor-panel'),
          target: `tool.tab:${actor.id}`,
          label: lang === 'en' ? actor.labelEn : actor.label,
        }))}
        current={current}
        onSelect={selectActor}
      />
      <div role="tabpanel" id={id('actor-panel')} aria-labelledby={id(`actor-${current}`)} className="sim-panel">
        {children}
      </div>
    </>
  );
}
