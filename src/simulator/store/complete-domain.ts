import * as domain from './dialog-domain.ts';
import { provideDialogDomain } from './dialog-loading.ts';

/**
 * Makes the dialog's domain part of the caller's bundle, so every store on the page has it from the start (see
 * provideDialogDomain). For pages that carry the whole domain anyway; the simulator island must not import this.
 */
export function includeDialogDomain(): void {
  provideDialogDomain(domain);
}
