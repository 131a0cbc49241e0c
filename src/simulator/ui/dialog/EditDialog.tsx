import { selectors as sel } from '../../store/index.ts';
import { useActions, useSim } from '../context.ts';
import { ActiveField } from './ActiveField.tsx';
import { ConfigFields } from './ConfigFields.tsx';
import { ConnectorField } from './ConnectorField.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';
import { TestConnection } from './TestConnection.tsx';
import { TextField } from './TextField.tsx';
import { VisibilityFields } from './VisibilityFields.tsx';

/**
 * Konfigurer ERP-kobling, and Angi ny ERP-kobling, which has the same fields read through the same selectors and
 * rules: a Sync Connector to choose instead of a read-only one, and no Aktiv (a new connection is saved inactive).
 * Focus starts in Navn and returns to the button that opened the dialog.
 */
export function EditDialog() {
  const adding = useSim(sel.dialogKind) === 'add';
  const { cancel } = useActions();
  return (
    <ModalDialog
      name="dialog"
      titleKey={adding ? 'sim.ui.add.title' : 'sim.ui.dialog.title'}
      opener={adding ? 'button.ny-erp-kobling' : 'button.konfigurer'}
      onCancel={cancel}
    >
      <div className="sim-dialog-body">
        <TextField field="name" />
        <ConnectorField adding={adding} />
        <VisibilityFields />
        {!adding && <ActiveField />}
        <ConfigFields />
        <TextField field="description" />
        <TestConnection />
      </div>
      <DialogFooter />
    </ModalDialog>
  );
}
