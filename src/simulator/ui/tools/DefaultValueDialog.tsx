import { selectors as sel } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { CheckField } from '../dialog/CheckField.tsx';
import { DialogFooter } from '../dialog/DialogFooter.tsx';
import { FieldMessage, describedBy } from '../dialog/FieldMessage.tsx';
import { ModalDialog } from '../dialog/ModalDialog.tsx';
import { SelectField } from '../dialog/SelectField.tsx';

const OPTIONS = ['fixed', 'ask', 'required'] as const;

/**
 * Legg til standardverdi for synkronisering, modal over Standardverdier: ERP-felt, then the three choices. OK stays
 * dimmed, with the reasons beside it, until a field and a valid choice are made (the default rules).
 */
export function DefaultValueDialog() {
  const t = useT();
  const id = useIds();
  const lang = useSim(sel.lang);
  const draft = useSim(sel.addingDefault);
  const fields = useSim(sel.defaultFieldChoices);
  const valueError = useSim(sel.defaultValueError);
  const { cancel, setDefaultField, setDefaultOption, setDefaultValue } = useActions();
  if (!draft) return null;
  // A value left empty says nothing at the field: the list beside OK says it is missing.
  const shownError = draft.value === '' ? undefined : valueError;
  return (
    <ModalDialog name="default" titleKey="sim.ui.default.title" opener="default.add" onCancel={cancel}>
      <div className="sim-dialog-body">
        <SelectField
          id={id('default-field')}
          labelKey="sim.ui.default.field"
          target="default.field"
          aria-required
          value={draft.field}
          promptKey="sim.ui.default.fieldNone"
          choices={fields.map((f) => ({ value: f.key, label: lang === 'en' ? f.labelEn : f.label }))}
          onChange={setDefaultField}
        />
        <fieldset className="sim-fieldset">
          <legend data-i18n-key="sim.ui.default.how">{t('sim.ui.default.how')}</legend>
          {OPTIONS.map((option) => (
            <div key={option}>
              <CheckField
                id={id(`default-${option}`)}
                target={`default.${option}`}
                checked={draft[option]}
                onChange={(checked) => setDefaultOption(option, checked)}
                labelKey={`sim.ui.default.${option}`}
              />
              {option === 'fixed' && draft.fixed && (
                <div className="sim-field sim-indent">
                  <label htmlFor={id('default-value')} data-i18n-key="sim.ui.default.value">
                    {t('sim.ui.default.value')}
                  </label>
                  <input
                    id={id('default-value')}
                    type="text"
                    className="sim-input"
                    data-sim-target="default.value"
                    autoComplete="off"
                    aria-required
                    aria-invalid={shownError ? true : undefined}
                    aria-describedby={describedBy(shownError && id('default-value-error'))}
                    value={draft.value}
                    onChange={(e) => setDefaultValue(e.target.value)}
                  />
                  <FieldMessage id={id('default-value-error')} problem={shownError} />
                </div>
              )}
            </div>
          ))}
        </fieldset>
      </div>
      <DialogFooter name="default" targets="default" />
    </ModalDialog>
  );
}
