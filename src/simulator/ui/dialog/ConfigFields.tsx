import { selectors as sel } from '../../store/index.ts';
import { useIds, useSim, useT } from '../context.ts';
import { ConfigField } from './ConfigField.tsx';

const fieldsOf = (s: Parameters<typeof sel.dialogConnector>[0]) => sel.dialogConnector(s)?.fields;

/**
 * The connector's configuration fields, in the connector's order. While Aktiv is checked they are read-only,
 * and the rule that locks them is explained once above them (each field points at it with aria-describedby).
 */
export function ConfigFields() {
  const t = useT();
  const id = useIds();
  const fields = useSim(fieldsOf);
  const lock = useSim(sel.configLock);
  const lockId = id('lock');
  if (!fields)
    return (
      <p className="sim-note" data-i18n-key="sim.ui.add.chooseConnectorFirst">
        {t('sim.ui.add.chooseConnectorFirst')}
      </p>
    );
  return (
    <fieldset className="sim-fieldset sim-config">
      <legend data-i18n-key="sim.ui.dialog.config">{t('sim.ui.dialog.config')}</legend>
      <p className="sim-note" data-i18n-key="sim.ui.dialog.requiredNote">
        {t('sim.ui.dialog.requiredNote')}
      </p>
      {lock && (
        <p id={lockId} className="sim-lock" data-i18n-key={lock.messageKey}>
          {t(lock.messageKey)}
          {lock.href && (
            <>
              {' '}
              <a href={lock.href} data-i18n-key="sim.ui.dialog.lockReadMore">
                {t('sim.ui.dialog.lockReadMore')}
              </a>
            </>
          )}
        </p>
      )}
      {fields.map((field) => (
        <ConfigField key={field.key} field={field} lockId={lock ? lockId : undefined} />
      ))}
    </fieldset>
  );
}
