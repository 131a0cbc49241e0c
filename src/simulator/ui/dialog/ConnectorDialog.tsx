import { selectors as sel, type Problem, type SimulatorState } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { FieldMessage, describedBy } from './FieldMessage.tsx';
import { ModalDialog } from './ModalDialog.tsx';

/** Legg til under Sync Connectors: the name and the URL the sync app answers at, OK and Avbryt. */
export function ConnectorDialog() {
  const { cancel, setName, setUrl } = useActions();
  return (
    <ModalDialog name="connector" titleKey="sim.ui.connector.title" opener="button.ny-sync-connector" onCancel={cancel}>
      <div className="sim-dialog-body">
        <Field name="name" value={sel.newConnectorName} error={sel.newConnectorNameError} set={setName} />
        <Field name="url" value={sel.newConnectorUrl} error={sel.newConnectorUrlError} set={setUrl} help />
      </div>
      <DialogFooter name="connector" />
    </ModalDialog>
  );
}

function Field({
  name,
  value: valueOf,
  error: errorOf,
  set,
  help = false,
}: {
  name: 'name' | 'url';
  value: (s: SimulatorState) => string;
  error: (s: SimulatorState) => Problem | undefined;
  set: (value: string) => void;
  help?: boolean;
}) {
  const t = useT();
  const id = useIds();
  const value = useSim(valueOf);
  const error = useSim(errorOf);
  const inputId = id(`connector-${name}`);
  // A blank field says nothing until something is typed: the list beside OK already says what is missing.
  const shown = value === '' ? undefined : error;
  return (
    <div className="sim-field">
      <label htmlFor={inputId} data-i18n-key={`sim.ui.connector.${name}`}>
        {t(`sim.ui.connector.${name}`)}
      </label>
      <input
        id={inputId}
        type="text"
        className="sim-input"
        data-sim-target={`connector.${name}`}
        inputMode={name === 'url' ? 'url' : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-required
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(shown && `${inputId}-error`, help && `${inputId}-help`)}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
      {help && (
        <p id={`${inputId}-help`} className="sim-help" data-i18n-key="sim.ui.connector.help">
          {t('sim.ui.connector.help')}
        </p>
      )}
      <FieldMessage id={`${inputId}-error`} problem={shown} />
    </div>
  );
}
