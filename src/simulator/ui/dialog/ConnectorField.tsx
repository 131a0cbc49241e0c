import { selectors as sel } from '../../store/index.ts';
import { useIds, useSim, useT } from '../context.ts';

const connectorName = (s: Parameters<typeof sel.dialogConnector>[0]) => sel.dialogConnector(s)?.name ?? '';

/** Sync Connector: chosen when a connection is added, read-only when it is edited. */
export function ConnectorField() {
  const t = useT();
  const id = useIds();
  const name = useSim(connectorName);
  return (
    <div className="sim-field">
      <label htmlFor={id('connector')} data-i18n-key="sim.ui.dialog.connector">
        {t('sim.ui.dialog.connector')}
      </label>
      <input id={id('connector')} type="text" className="sim-input" value={name} readOnly />
    </div>
  );
}
