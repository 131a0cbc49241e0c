import type { RefObject } from 'react';
import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { FieldMessage, describedBy } from './FieldMessage.tsx';

/** Navn: always editable (step 3); the message at the field comes from the name's validation. */
export function NameField({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const id = useIds();
  const value = useSim(sel.draftName);
  const error = useSim(sel.nameError);
  const { setName } = useActions();
  const errorId = id('name-error');
  return (
    <div className="sim-field">
      <label htmlFor={id('name')} data-i18n-key="sim.ui.dialog.name">
        {t('sim.ui.dialog.name')}
      </label>
      <input
        ref={inputRef}
        id={id('name')}
        type="text"
        className="sim-input"
        data-sim-target="dialog.name"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        onChange={(e) => setName(e.target.value)}
      />
      <FieldMessage id={errorId} problem={error} />
    </div>
  );
}
