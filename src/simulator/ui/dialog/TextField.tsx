import { selectors as sel, type Problem, type SimulatorState } from '../../store/index.ts';
import { useActions, useIds, useSim, useT } from '../context.ts';
import { FieldMessage, describedBy } from './FieldMessage.tsx';

/** What differs between the dialog's two free-text fields; their validation is the domain's, via selectors. */
const FIELDS = {
  /** Navn: always editable (step 3). */
  name: {
    labelKey: 'sim.ui.dialog.name',
    value: sel.draftName,
    error: sel.nameError,
    multiline: false,
  },
  /** Beskrivelse: optional free text, always editable. */
  description: {
    labelKey: 'sim.ui.dialog.description',
    value: sel.draftDescription,
    error: sel.descriptionError,
    multiline: true,
  },
} satisfies Record<
  string,
  {
    labelKey: string;
    value: (s: SimulatorState) => string;
    error: (s: SimulatorState) => Problem | undefined;
    multiline: boolean;
  }
>;

/** Navn or Beskrivelse: the value as typed, and the message at the field when it does not accept it. */
export function TextField({ field }: { field: keyof typeof FIELDS }) {
  const t = useT();
  const id = useIds();
  const { labelKey, value: valueOf, error: errorOf, multiline } = FIELDS[field];
  const value = useSim(valueOf);
  const error = useSim(errorOf);
  const { setName, setDescription } = useActions();
  const set = field === 'name' ? setName : setDescription;
  const errorId = id(`${field}-error`);
  const common = {
    id: id(field),
    className: 'sim-input',
    'data-sim-target': `dialog.${field}`,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(error && errorId),
  } as const;
  return (
    <div className="sim-field">
      <label htmlFor={id(field)} data-i18n-key={labelKey}>
        {t(labelKey)}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => set(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => set(e.target.value)} />
      )}
      <FieldMessage id={errorId} problem={error} />
    </div>
  );
}
