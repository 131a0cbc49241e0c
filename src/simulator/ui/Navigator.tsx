import { SCREENS, selectors as sel } from '../store/index.ts';
import { useActions, useIsland, useSim, useT } from './context.ts';

/** The navigator of Innstillinger og vedlikehold: a few entries, Tilbud/Sync among them (step 1). */
export function Navigator() {
  const t = useT();
  const current = useSim(sel.screen);
  const { navigate } = useActions();
  const { barcodeIcon } = useIsland();
  return (
    <nav className="sim-navigator" aria-label={t('sim.ui.navigator.label')} data-i18n-label="sim.ui.navigator.label">
      <ul>
        {SCREENS.map((screen) => (
          <li key={screen}>
            <button
              type="button"
              className="sim-nav-entry"
              data-sim-target={`navigator.${screen}`}
              data-i18n-key={`sim.ui.screen.${screen}`}
              aria-current={screen === current ? 'page' : undefined}
              onClick={() => navigate(screen)}
            >
              <span className="sim-icon" aria-hidden="true">
                {screen === 'tilbud-sync' && barcodeIcon}
              </span>
              {t(`sim.ui.screen.${screen}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
