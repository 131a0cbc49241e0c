import { selectors as sel, type SimLang } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';
import { simLanguages } from './i18n.ts';
import { SimButton } from './SimButton.tsx';

/** Above the simulated window: start over, and the language of the simulator's texts (or the pseudo-locale). */
export function Toolbar() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const { reset, setLang } = useActions();
  return (
    <div className="sim-toolbar">
      <SimButton labelKey="sim.ui.toolbar.reset" onClick={reset} />
      <label className="sim-lang" htmlFor={id('lang')} data-i18n-key="sim.ui.toolbar.language">
        {t('sim.ui.toolbar.language')}
      </label>
      <select id={id('lang')} className="sim-select" value={lang} onChange={(e) => setLang(e.target.value as SimLang)}>
        {simLanguages.map((code) => (
          <option
            key={code}
            value={code}
            lang={code === 'en' ? 'en' : 'nb'}
            data-i18n-key={`sim.ui.toolbar.lang.${code}`}
          >
            {t(`sim.ui.toolbar.lang.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
