import type { Translate } from '../../i18n/translate.ts';

/** A duration as the learner and the trainer read it: «45 s», «2 min 5 s»; «–» when there is none. */
export function formatDuration(t: Translate, ms: number | null): string {
  if (ms === null) return t('exercises.time.none');
  const total = Math.round(ms / 1000);
  if (total < 60) return t('exercises.time.seconds', { seconds: total });
  return t('exercises.time.minutes', { minutes: Math.floor(total / 60), seconds: total % 60 });
}

/** Hands a text to the browser as a file download; nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
