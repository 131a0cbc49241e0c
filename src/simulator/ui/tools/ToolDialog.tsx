import { selectors as sel } from '../../store/index.ts';
import { useActions, useSim, useT } from '../context.ts';
import { DialogFooter } from '../dialog/DialogFooter.tsx';
import { ModalDialog } from '../dialog/ModalDialog.tsx';
import { ActorTabs } from './ActorTabs.tsx';
import { DefaultsPanel } from './DefaultsPanel.tsx';
import { DefaultValueDialog } from './DefaultValueDialog.tsx';
import { ListsPanel } from './ListsPanel.tsx';
import { MappingsPanel } from './MappingsPanel.tsx';
import { ReorderList } from './ReorderList.tsx';
import './tools.css';

/**
 * The dialogs behind the lower-left buttons (Tilordninger, Listetilordning, Standardverdier, Ranger felt) on the
 * selected connection, and Angi synkroniseringsprioritet. Fullført (Lagre in
 * Listetilordning) saves through the store's rules; Avbryt and Esc drop the working copy.
 */
export function ToolDialog() {
  const t = useT();
  const kind = useSim(sel.dialogKind);
  const connection = useSim(sel.toolConnectionName);
  const adding = useSim(sel.addingDefault) !== undefined;
  const { cancel } = useActions();
  if (kind === 'priority')
    return (
      <ModalDialog
        name="tool"
        titleKey="sim.ui.priority.title"
        opener="button.synkroniseringsprioritet"
        onCancel={cancel}
      >
        <div className="sim-dialog-body">
          <ReorderList legendKey="sim.ui.priority.list" />
        </div>
        <DialogFooter kind="done" name="tool" />
      </ModalDialog>
    );
  if (kind !== 'tilordninger' && kind !== 'listetilordning' && kind !== 'standardverdier' && kind !== 'ranger-felt')
    return null;
  const panel = {
    tilordninger: <MappingsPanel />,
    listetilordning: <ListsPanel />,
    standardverdier: <DefaultsPanel />,
    'ranger-felt': <ReorderList legendKey="sim.ui.rank.list" />,
  }[kind];
  return (
    <ModalDialog
      name="tool"
      titleKey={`sim.ui.tool.${kind}`}
      opener={`button.${kind}`}
      onCancel={cancel}
      slot={!adding}
      className="sim-tool"
    >
      <p className="sim-tool-connection" data-i18n-key="sim.ui.tools.connection">
        {t('sim.ui.tools.connection', { name: connection })}
      </p>
      <div className="sim-dialog-body">{kind === 'listetilordning' ? panel : <ActorTabs>{panel}</ActorTabs>}</div>
      <DialogFooter kind={kind === 'listetilordning' ? 'save' : 'done'} name="tool" active={!adding} />
      {adding && <DefaultValueDialog />}
    </ModalDialog>
  );
}
