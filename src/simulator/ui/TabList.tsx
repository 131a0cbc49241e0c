import { useRef, type KeyboardEvent } from 'react';
import { useT } from './context.ts';
import { tabFromKey } from './tab-keys.ts';

/** One tab: what the store calls it, and what it is in the page. */
export interface Tab<Id extends string> {
  id: Id;
  /** The tab element's id, which its panel is labelled by. */
  elementId: string;
  /** The id of the panel it shows. */
  controls: string;
  /** `data-sim-target`: how exercises and the review page find it. */
  target: string;
  /** Its name, as shown. */
  label: string;
  /** The catalog key the name comes from, where it does (an actor's name comes from the scenario). */
  labelKey?: string;
}

/**
 * A WAI-ARIA tab list with automatic activation: a click or an arrow key (Home, End) selects a tab, and the keys
 * move focus with the selection, so only the selected tab is in the Tab order.
 */
export function TabList<Id extends string>({
  labelKey,
  tabs,
  current,
  onSelect,
}: {
  /** The list's name (aria-label), from the catalog. */
  labelKey: string;
  tabs: ReadonlyArray<Tab<Id>>;
  current: Id | null;
  onSelect: (id: Id) => void;
}) {
  const t = useT();
  const buttons = useRef<Partial<Record<Id, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabFromKey(
      event.key,
      tabs.findIndex((tab) => tab.id === current),
      tabs.length,
    );
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    buttons.current[tab.id]?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t(labelKey)}
      data-i18n-label={labelKey}
      className="sim-tablist"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => void (buttons.current[tab.id] = el)}
          type="button"
          role="tab"
          id={tab.elementId}
          className="sim-tab"
          data-sim-target={tab.target}
          data-i18n-key={tab.labelKey}
          aria-selected={tab.id === current}
          aria-controls={tab.controls}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
