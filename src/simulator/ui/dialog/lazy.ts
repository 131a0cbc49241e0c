import { lazy } from 'react';
import { preloadDialogDomain } from '../../store/index.ts';
import { loadDialogTexts } from '../i18n.ts';

type EditDialogModule = typeof import('./EditDialog.tsx');
let loading: Promise<EditDialogModule> | undefined;

/**
 * The dialog's components are a chunk of their own, and so are the dialog's domain (its rules, validation and
 * connection test, see store/dialog-loading.ts) and its Norwegian texts (sim.dialog.json): a reader who only
 * reads the page never downloads them. All three are fetched as soon as a connection is selected, one step
 * before Konfigurer ERP-kobling can open the dialog, so opening it does not wait; the dialog renders only once
 * all three are there, so it never shows a key or sends a command the store cannot yet decide.
 */
export function preloadEditDialog(): Promise<EditDialogModule> {
  loading ??= Promise.all([import('./EditDialog.tsx'), preloadDialogDomain(), loadDialogTexts()]).then(
    ([module]) => module,
    (error: unknown) => {
      loading = undefined; // let the next attempt try the network again
      throw error;
    },
  );
  return loading;
}

export const LazyEditDialog = lazy(() => preloadEditDialog().then((m) => ({ default: m.EditDialog })));
