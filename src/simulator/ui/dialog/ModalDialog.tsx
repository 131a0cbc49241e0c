import { useLayoutEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useIds, useIsland, useT } from '../context.ts';
import { Heading } from '../Heading.tsx';

/**
 * A native modal <dialog>, mounted while the store says it is open: showModal() makes the rest of the page inert
 * and keeps focus inside; focus starts on the first control (or `autoFocus`'s) and returns to the button that
 * opened it (`opener`, its data-sim-target) when it closes. Esc is `onCancel`: the store decides, the dialog
 * follows. `slot` shows the island's dialog slot (the exercises' coaching) in this dialog: it must sit in the
 * innermost open one, as the modal makes everything else inert.
 */
export function ModalDialog({
  name,
  titleKey,
  titleParams,
  opener,
  onCancel,
  slot = true,
  className = '',
  children,
}: {
  /** Its part of the element ids (`dialog`, `connector`, `tool`). */
  name: string;
  titleKey: string;
  titleParams?: Record<string, string>;
  opener: string;
  /** Avbryt and Esc: the store's action (stable for the island's life). */
  onCancel: () => void;
  slot?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const id = useIds();
  const { headingLevel, dialogSlot } = useIsland();
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    const root = element?.closest('.sim');
    if (element && !element.open) {
      // Mounted together with the dialog it opens over (a situation that starts inside Legg til standardverdi),
      // this effect runs before the outer one's: open the outer dialogs first, so this one lies above them in the
      // top layer, as when the reader opens them one after the other.
      for (const outer of outerDialogs(element)) if (!outer.open) outer.showModal?.();
      // Guarded for DOMs without <dialog> support (test environments); browsers all have it.
      element.showModal?.();
    }
    // Focus starts in the innermost open dialog, which an outer one mounted with it must not take back.
    const first = element?.querySelector('dialog[open]')
      ? null
      : (element?.querySelector<HTMLElement>('[data-autofocus]') ?? firstControl(element));
    first?.focus();
    return () => {
      if (element?.open) element.close();
      root?.querySelector<HTMLElement>(`[data-sim-target="${opener}"]`)?.focus();
    };
  }, [opener]);

  // Nested dialogs fire their own cancel and close, which React bubbles to here.
  const own = (event: SyntheticEvent) => event.target === event.currentTarget;
  return (
    <dialog
      ref={dialog}
      className={`sim-dialog ${className}`}
      aria-labelledby={id(`${name}-title`)}
      onCancel={(event) => {
        if (!own(event)) return;
        event.preventDefault();
        onCancel();
      }}
      // The browser may close the dialog itself (a repeated Esc); the store must follow while it still has it open.
      onClose={(event) => own(event) && event.currentTarget.isConnected && onCancel()}
    >
      <Heading level={headingLevel} id={id(`${name}-title`)} className="sim-dialog-title" i18nKey={titleKey}>
        {t(titleKey, titleParams)}
      </Heading>
      {slot && dialogSlot}
      {children}
    </dialog>
  );
}

/** The dialogs `element` is inside, outermost first. */
function outerDialogs(element: HTMLElement): HTMLDialogElement[] {
  const outer: HTMLDialogElement[] = [];
  for (let at = element.parentElement?.closest('dialog'); at; at = at.parentElement?.closest('dialog'))
    outer.unshift(at);
  return outer;
}

function firstControl(element: HTMLElement | null | undefined): HTMLElement | null {
  return (
    element?.querySelector<HTMLElement>('.sim-dialog-body input, .sim-dialog-body select, .sim-dialog-body button') ??
    null
  );
}
