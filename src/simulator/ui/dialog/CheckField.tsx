import type { ReactNode } from 'react';
import type { Params } from '../../../i18n/translate.ts';
import { useT } from '../context.ts';

/** The label: a catalog text (with its placeholders filled), or text from the scenario, such as a user's name. */
type Label =
  | { labelKey: string; labelParams?: Params; children?: undefined }
  | { labelKey?: undefined; labelParams?: undefined; children: ReactNode };

/** A checkbox, or one radio button of a `name`d group, with its label beside it. */
export function CheckField({
  id,
  type = 'checkbox',
  name,
  target,
  checked,
  onChange,
  className,
  labelKey,
  labelParams,
  children,
}: Label & {
  id: string;
  type?: 'checkbox' | 'radio';
  name?: string;
  /** `data-sim-target`: how exercises and the review page find the control. */
  target: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Classes before `sim-check`, such as `sim-field`. */
  className?: string;
}) {
  const t = useT();
  return (
    <div className={className ? `${className} sim-check` : 'sim-check'}>
      <input
        id={id}
        type={type}
        data-sim-target={target}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} data-i18n-key={labelKey}>
        {labelKey === undefined ? children : t(labelKey, labelParams)}
      </label>
    </div>
  );
}
