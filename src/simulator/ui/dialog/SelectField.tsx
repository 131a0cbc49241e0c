import { useT } from '../context.ts';

/** One option of a select: the value the store gets, and the text the reader sees. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * What the select shows for the value ''. A prompt («Velg …») is shown, disabled, only while nothing is chosen: once
 * something is, the reader cannot go back to nothing. A none-choice («(Ingen utvalg)») is always offered, and is how
 * the reader clears the value.
 */
type Empty = { promptKey?: string; noneKey?: undefined } | { noneKey: string; promptKey?: undefined };

export type SelectProps = Empty & {
  id?: string;
  /** `data-sim-target`: how exercises and the review page find the control. */
  target: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  'aria-required'?: boolean;
  'aria-labelledby'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

/** A select of the simulator, named by a label elsewhere (SelectField's, or a table's headers via aria-labelledby). */
export function Select({ id, target, value, choices, promptKey, noneKey, onChange, ...aria }: SelectProps) {
  const t = useT();
  const emptyKey = noneKey ?? (value === '' ? promptKey : undefined);
  return (
    <select
      id={id}
      className="sim-select"
      data-sim-target={target}
      aria-required={aria['aria-required']}
      aria-labelledby={aria['aria-labelledby']}
      aria-invalid={aria['aria-invalid']}
      aria-describedby={aria['aria-describedby']}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      {emptyKey !== undefined && (
        <option value="" disabled={noneKey === undefined} data-i18n-key={emptyKey}>
          {t(emptyKey)}
        </option>
      )}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}

/** A select under its label, as the dialogs lay out a field. */
export function SelectField({ labelKey, ...select }: SelectProps & { id: string; labelKey: string }) {
  const t = useT();
  return (
    <div className="sim-field">
      <label htmlFor={select.id} data-i18n-key={labelKey}>
        {t(labelKey)}
      </label>
      <Select {...select} />
    </div>
  );
}
