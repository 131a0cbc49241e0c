import { TABS, selectors as sel } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';
import { SyncTab } from './SyncTab.tsx';
import { TabList } from './TabList.tsx';

/** The Tilbud/Sync screen: its tabs, Tilbud (not simulated) and Sync (the lists). */
export function QuoteSyncScreen() {
  const t = useT();
  const id = useIds();
  const current = useSim(sel.tab);
  const { selectTab } = useActions();
  return (
    <div className="sim-quote-sync">
      <TabList
        labelKey="sim.ui.screen.tilbud-sync"
        tabs={TABS.map((tab) => {
          const key = `sim.ui.tab.${tab}`;
          return {
            id: tab,
            elementId: id(`tab-${tab}`),
            controls: id(`panel-${tab}`),
            target: `tab.${tab}`,
            label: t(key),
            labelKey: key,
          };
        })}
        current={current}
        onSelect={selectTab}
      />
      <div
        role="tabpanel"
        id={id('panel-tilbud')}
        aria-labelledby={id('tab-tilbud')}
        tabIndex={0}
        hidden={current !== 'tilbud'}
        className="sim-panel"
      >
        <p data-i18n-key="sim.ui.tab.tilbud.notSimulated">{t('sim.ui.tab.tilbud.notSimulated')}</p>
      </div>
      <div
        role="tabpanel"
        id={id('panel-sync')}
        aria-labelledby={id('tab-sync')}
        hidden={current !== 'sync'}
        className="sim-panel"
      >
        <SyncTab />
      </div>
    </div>
  );
}
