import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { Select } from './SelectField.tsx';

/**
 * Sync Connector: chosen from the Sync Connectors list when a connection is added (the configuration fields below
 * follow the choice), read-only when it is edited.
 */
export function ConnectorField({ adding }: { adding: boolean }) {
  const t = useT();
  const id = useIds();
  const name = useSim(sel.editedConnectorName);
  const chosen = useSim(sel.chosenConnector);
  const connectors = useSim(sel.syncConnectors);
  const { chooseConnector } = useActions();
  return (
    <div className="sim-field">
      <label htmlFor={id('connector')} data-i18n-key="sim.ui.dialog.connector">
        {t('sim.ui.dialog.connector')}
      </label>
      {adding ? (
        <Select
          id={id('connector')}
          target="dialog.connector"
          aria-required
          value={chosen}
          promptKey="sim.ui.add.connectorNone"
          choices={connectors.map((c) => ({ value: c.id, label: c.name }))}
          onChange={chooseConnector}
        />
      ) : (
        <input id={id('connector')} type="text" className="sim-input" value={name} readOnly />
      )}
    </div>
  );
}
