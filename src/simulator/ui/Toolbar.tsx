import { languages, type Lang } from '../../i18n/translate.ts';
import { selectors as sel } from '../store/index.ts';
import { useActions, useIds, useSim, useT } from './context.ts';

/** Above the simulated window: start over, and the language of the simulator's texts. */
export function Toolbar() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const { reset, setLang } = useActions();
  return (
    <div className="sim-toolbar">
      <button type="button" className="sim-button" onClick={reset}>
        {t('sim.ui.toolbar.reset')}
      </button>
      <label className="sim-lang" htmlFor={id('lang')}>
        {t('sim.ui.toolbar.language')}
      </label>
      <select id={id('lang')} className="sim-select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {languages.map((code) => (
          <option key={code} value={code} lang={code === 'en' ? 'en' : 'nb'}>
            {t(`sim.ui.toolbar.lang.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
