import type * as DialogDomainModule from './dialog-domain.ts';

/** The part of the domain the store downloads when the dialog is near (dialog-domain.ts). */
export type DialogDomain = typeof DialogDomainModule;

let domain: DialogDomain | undefined;
let loading: Promise<DialogDomain> | undefined;

/**
 * The dialog's domain, loaded on first need: when a connection is selected (with the dialog's components, see
 * ui/dialog/lazy.ts), when stored state has the dialog open, and by `startSituation`. A reader who only reads the
 * page never downloads it. Once loaded it is returned synchronously, as persistence.ts does with its checks.
 */
export function loadDialogDomain(): DialogDomain | Promise<DialogDomain> {
  if (domain) return domain;
  loading ??= import('./dialog-domain.ts').then(
    (module) => (domain = module),
    (error: unknown) => {
      loading = undefined; // offline: let the next need try the network again
      throw error;
    },
  );
  return loading;
}

/** Loads the dialog's domain now: for the dialog's components, and for tests that want every command at once. */
export async function preloadDialogDomain(): Promise<void> {
  await loadDialogDomain();
}

/** The dialog's domain if it has been loaded, without loading it. */
export function loadedDialogDomain(): DialogDomain | undefined {
  return domain;
}

/**
 * For pages that bundle the complete domain anyway (the exercise pages, whose engine replays situations): the
 * stores there have it from the start, so `startSituation` applies synchronously, on the server too.
 */
export function provideDialogDomain(module: DialogDomain): void {
  domain = module;
}
