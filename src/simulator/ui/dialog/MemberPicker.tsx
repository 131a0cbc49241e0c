import { useLayoutEffect, useRef, type SyntheticEvent } from 'react';
import { selectors as sel } from '../../store/index.ts';
import type { Group, User } from '../../store/index.ts';
import { useActions, useIds, useIsland, useSim, useT } from '../context.ts';
import { CheckField } from './CheckField.tsx';
import { Heading } from '../Heading.tsx';
import { SimButton } from '../SimButton.tsx';

/**
 * Velg brukere og grupper: a second modal dialog over Konfigurer ERP-kobling, with a checkbox per user and
 * group. Each box toggles a member in the draft at once; Lukk (or Esc) returns to the main dialog.
 */
export function MemberPicker({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useIds();
  const { headingLevel } = useIsland();
  const users = useSim(sel.users);
  const groups = useSim(sel.groups);
  const dialog = useRef<HTMLDialogElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement as HTMLElement | null;
    if (element && !element.open) element.showModal?.();
    element?.querySelector<HTMLInputElement>('input')?.focus();
    return () => {
      if (element?.open) element.close();
      opener?.focus();
    };
  }, []);

  const own = (event: SyntheticEvent) => event.target === event.currentTarget;
  return (
    <dialog
      ref={dialog}
      className="sim-dialog sim-picker"
      aria-labelledby={id('picker-title')}
      onCancel={(e) => {
        if (!own(e)) return;
        e.preventDefault();
        onClose();
      }}
      onClose={(e) => own(e) && onClose()}
    >
      <Heading level={headingLevel} id={id('picker-title')} className="sim-dialog-title" i18nKey="sim.ui.picker.title">
        {t('sim.ui.picker.title')}
      </Heading>
      <div className="sim-dialog-body sim-picker-lists">
        <Members kind="user" legendKey="sim.ui.picker.users" members={users} />
        <Members kind="group" legendKey="sim.ui.picker.groups" members={groups} />
      </div>
      <div className="sim-dialog-buttons">
        <SimButton labelKey="sim.ui.picker.close" primary onClick={onClose} />
      </div>
    </dialog>
  );
}

function Members({
  kind,
  legendKey,
  members,
}: {
  kind: 'user' | 'group';
  legendKey: string;
  members: ReadonlyArray<User | Group>;
}) {
  const t = useT();
  const id = useIds();
  const visibility = useSim(sel.draftVisibility);
  const { toggleVisibilityMember } = useActions();
  const chosen = kind === 'user' ? visibility?.userIds : visibility?.groupIds;
  return (
    <fieldset className="sim-fieldset">
      <legend data-i18n-key={legendKey}>{t(legendKey)}</legend>
      {members.map((member) => (
        <CheckField
          key={member.id}
          id={id(`${kind}-${member.id}`)}
          target={`dialog.member:${kind}:${member.id}`}
          checked={chosen?.includes(member.id) ?? false}
          onChange={() => toggleVisibilityMember(kind, member.id)}
        >
          {member.name}
        </CheckField>
      ))}
    </fieldset>
  );
}
