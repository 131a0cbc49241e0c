import { useLayoutEffect, useRef, type SyntheticEvent } from 'react';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useIsland, useT } from '../context.ts';
import { Heading } from '../Heading.tsx';
import { ActiveField } from './ActiveField.tsx';
import { ConfigFields } from './ConfigFields.tsx';
import { ConnectorField } from './ConnectorField.tsx';
import { DialogFooter } from './DialogFooter.tsx';
import { TestConnection } from './TestConnection.tsx';
import { TextField } from './TextField.tsx';
import { VisibilityFields } from './VisibilityFields.tsx';

/**
 * Konfigurer ERP-kobling as a native modal <dialog>: mounted while the store says it is open. showModal() makes
 * the rest of the page inert and keeps focus inside; focus starts in Navn and returns to the Konfigurer
 * ERP-kobling button when the dialog closes. Esc is Avbryt: the store decides, the dialog follows.
 */
export function EditDialog() {
  const t = useT();
  const id = useIds();
  const { headingLevel, configureButton, store, dialogSlot } = useIsland();
  const { cancel } = useActions();
  const dialog = useRef<HTMLDialogElement>(null);
  const name = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    // Guarded for DOMs without <dialog> support (test environments); browsers all have it.
    // The button that opened the dialog stays mounted while it is open (the dialog is modal).
    const returnTo = configureButton.current;
    if (element && !element.open) element.showModal?.();
    name.current?.focus();
    return () => {
      if (element?.open) element.close();
      returnTo?.focus();
    };
  }, [configureButton]);

  // Nested dialogs (the member picker) fire their own cancel and close, which React bubbles to here.
  const own = (event: SyntheticEvent) => event.target === event.currentTarget;
  const onCancel = (event: SyntheticEvent) => {
    if (!own(event)) return;
    event.preventDefault();
    cancel();
  };
  // The browser may close the dialog itself (a repeated Esc); the store must follow, if it has not already.
  const onClose = (event: SyntheticEvent) => {
    if (own(event) && sel.isDialogOpen(store.getState())) cancel();
  };

  return (
    <dialog
      ref={dialog}
      className="sim-dialog"
      aria-labelledby={id('dialog-title')}
      onCancel={onCancel}
      onClose={onClose}
    >
      <Heading level={headingLevel} id={id('dialog-title')} className="sim-dialog-title" i18nKey="sim.ui.dialog.title">
        {t('sim.ui.dialog.title')}
      </Heading>
      {dialogSlot}
      <div className="sim-dialog-body">
        <TextField field="name" inputRef={name} />
        <ConnectorField />
        <VisibilityFields />
        <ActiveField />
        <ConfigFields />
        <TextField field="description" />
        <TestConnection />
      </div>
      <DialogFooter />
    </dialog>
  );
}
