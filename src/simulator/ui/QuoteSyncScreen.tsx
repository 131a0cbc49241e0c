import { useRef, type KeyboardEvent } from 'react';
import { TABS, selectors as sel, type TabId } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';
import { SyncTab } from './SyncTab.tsx';
import { tabFromKey } from './tab-keys.ts';

/** The Tilbud/Sync screen: its tabs, Tilbud (not simulated) and Sync (the lists). */
export function QuoteSyncScreen() {
  const t = useT();
  const id = useIds();
  const current = useSim(sel.tab);
  const { selectTab } = useActions();
  const tabs = useRef<Partial<Record<TabId, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabFromKey(event.key, TABS.indexOf(current), TABS.length);
    if (next === undefined) return;
    event.preventDefault();
    const tab = TABS[next]!;
    selectTab(tab);
    tabs.current[tab]?.focus();
  };

  return (
    <div className="sim-quote-sync">
      <div
        role="tablist"
        aria-label={t('sim.ui.screen.tilbud-sync')}
        data-i18n-label="sim.ui.screen.tilbud-sync"
        className="sim-tablist"
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => void (tabs.current[tab] = el)}
            type="button"
            role="tab"
            id={id(`tab-${tab}`)}
            className="sim-tab"
            data-sim-target={`tab.${tab}`}
            data-i18n-key={`sim.ui.tab.${tab}`}
            aria-selected={tab === current}
            aria-controls={id(`panel-${tab}`)}
            tabIndex={tab === current ? 0 : -1}
            onClick={() => selectTab(tab)}
          >
            {t(`sim.ui.tab.${tab}`)}
          </button>
        ))}
      </div>
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
