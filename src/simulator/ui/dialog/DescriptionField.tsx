import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { FieldMessage, describedBy } from './FieldMessage.tsx';

/** Beskrivelse: optional free text, always editable. */
export function DescriptionField() {
  const t = useT();
  const id = useIds();
  const value = useSim(sel.draftDescription);
  const error = useSim(sel.descriptionError);
  const { setDescription } = useActions();
  const errorId = id('description-error');
  return (
    <div className="sim-field">
      <label htmlFor={id('description')} data-i18n-key="sim.ui.dialog.description">
        {t('sim.ui.dialog.description')}
      </label>
      <textarea
        id={id('description')}
        className="sim-input"
        data-sim-target="dialog.description"
        rows={2}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        onChange={(e) => setDescription(e.target.value)}
      />
      <FieldMessage id={errorId} problem={error} />
    </div>
  );
}
