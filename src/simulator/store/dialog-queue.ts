import { loadDialogDomain, loadedDialogDomain, type DialogDomain } from './dialog-loading.ts';

/** Work that needs the dialog's domain: `run` with it; `fail`, if given, when it cannot be downloaded. */
export interface DomainWork {
  run: (domain: DialogDomain) => void;
  fail?: () => void;
}

/**
 * One store's work that needs the dialog's domain, kept in the order it was asked for: run at once when the
 * domain is loaded and nothing waits, otherwise queued behind what waits and run, in order, when the download
 * arrives. The store queues every command while anything waits, so a command never overtakes an earlier one.
 *
 * If the download fails (offline), work with a fallback gives up (a situation shows the start, with a notice),
 * and so does everything queued before it, which that fallback replaces anyway; later work stays queued, and
 * the next work queued tries the download again. Nothing is dropped otherwise.
 */
export function dialogQueue(): { whenDomain: (work: DomainWork) => void; waiting: () => boolean } {
  const waiting: DomainWork[] = [];
  let downloading = false;
  // While queued work runs, what it asks for runs inside it, as it would have without waiting (a test that
  // finishes at once finishes before the next queued command).
  let running = false;

  function whenDomain(work: DomainWork): void {
    const loaded = loadedDialogDomain();
    if (loaded && (waiting.length === 0 || running)) return work.run(loaded);
    waiting.push(work);
    if (downloading) return;
    downloading = true;
    Promise.resolve(loadDialogDomain()).then(
      (domain) => {
        running = true;
        try {
          while (waiting.length) waiting.shift()!.run(domain);
        } finally {
          running = false;
          downloading = false;
        }
      },
      () => {
        downloading = false;
        const last = waiting.findLastIndex((w) => w.fail !== undefined);
        for (const given of waiting.splice(0, last + 1)) given.fail?.();
      },
    );
  }
  return { whenDomain, waiting: () => waiting.length > 0 && !running };
}
