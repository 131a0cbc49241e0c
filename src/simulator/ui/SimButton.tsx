import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { useT } from './context.ts';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className' | 'children'> & {
  /** The catalog text on the button. */
  labelKey: string;
  /** `data-sim-target`: how exercises and the review page find the control. */
  target?: string;
  /** The dialog's default action (OK, Lukk). */
  primary?: boolean;
  /** Shown before the label, such as an arrow hidden from screen readers. */
  before?: ReactNode;
};

/** A button of the simulated window: its catalog label, marked for the review page and the exercises. */
export function SimButton({ labelKey, target, primary, before, ...button }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      className={primary ? 'sim-button sim-primary' : 'sim-button'}
      data-sim-target={target}
      data-i18n-key={labelKey}
      {...button}
    >
      {before}
      {t(labelKey)}
    </button>
  );
}
