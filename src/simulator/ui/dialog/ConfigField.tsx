import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { selectors as sel, type FieldDef } from '../../store/index.ts';
import { useActions, useIds, useSim, useSimFor } from '../context.ts';
import { FieldMessage, describedBy } from './FieldMessage.tsx';

/**
 * How each field type is typed. Numbers and URLs are text inputs on purpose: the browser's own checks would
 * speak the browser's language and block what the reader is meant to try; ours give a Norwegian message.
 */
const INPUT: Record<Exclude<FieldDef['type'], 'select'>, { type: string; inputMode?: 'url' | 'numeric' }> = {
  text: { type: 'text' },
  path: { type: 'text' },
  url: { type: 'text', inputMode: 'url' },
  number: { type: 'text', inputMode: 'numeric' },
  secret: { type: 'password' },
};

/** What typing `key` would make of the value; null for keys that do not edit (arrows, Tab, shortcuts). */
function attempted(input: HTMLInputElement, key: string, ctrl: boolean): string | null {
  const { value } = input;
  const start = input.selectionStart ?? value.length;
  const end = input.selectionEnd ?? start;
  if (key === 'Backspace') return value.slice(0, start === end ? Math.max(0, start - 1) : start) + value.slice(end);
  if (key === 'Delete') return value.slice(0, start) + value.slice(start === end ? end + 1 : end);
  if (key.length === 1 && !ctrl) return value.slice(0, start) + key + value.slice(end);
  return null;
}

/** One configuration field: label (exactly the connector's), value as typed, lock and message from the store. */
export const ConfigField = memo(function ConfigField({
  field,
  lockId,
}: {
  field: FieldDef;
  lockId: string | undefined;
}) {
  const id = useIds();
  const lang = useSim(sel.lang);
  const value = useSimFor(sel.fieldValue, field.key);
  const locked = useSimFor(sel.isFieldLocked, field.key);
  const error = useSimFor(sel.fieldError, field.key);
  const { setField } = useActions();

  const inputId = id(`field-${field.key}`);
  const errorId = `${inputId}-error`;
  const helpId = `${inputId}-help`;
  const help = lang === 'en' ? field.helpEn : field.help;
  const common = {
    id: inputId,
    'data-sim-target': `dialog.field:${field.key}`,
    className: 'sim-input',
    'aria-required': field.required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(locked && lockId, error && errorId, help && helpId),
  } as const;

  // A locked field still reports what the reader tried, so the store can record (and exercises score) the
  // attempt; the store refuses it and the value stays as it was.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!locked) return;
    const next = attempted(event.currentTarget, event.key, event.ctrlKey || event.metaKey || event.altKey);
    if (next !== null) setField(field.key, next);
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!locked) return;
    const input = event.currentTarget;
    const pasted = event.clipboardData.getData('text');
    setField(
      field.key,
      input.value.slice(0, input.selectionStart ?? 0) + pasted + input.value.slice(input.selectionEnd ?? 0),
    );
  };

  return (
    <div className="sim-field">
      {/* The marker sits outside the label, so the label is exactly the connector's (aria-required says it). */}
      <div className="sim-label">
        <label htmlFor={inputId}>{lang === 'en' ? field.labelEn : field.label}</label>
        {field.required && (
          <span className="sim-required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {field.type === 'select' ? (
        <select
          {...common}
          value={value}
          aria-readonly={locked || undefined}
          onChange={(e) => setField(field.key, e.target.value)}
        >
          {!field.options?.some((o) => o.value === value) && <option value={value}>{value}</option>}
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {lang === 'en' ? o.labelEn : o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          {...INPUT[field.type]}
          autoComplete="off"
          spellCheck={false}
          value={value}
          readOnly={locked}
          onChange={(e) => setField(field.key, e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
      )}
      {help && (
        <p id={helpId} className="sim-help">
          {help}
        </p>
      )}
      <FieldMessage id={errorId} problem={error} />
    </div>
  );
});
