import { lazy } from 'react';

type EditDialogModule = typeof import('./EditDialog.tsx');
let loading: Promise<EditDialogModule> | undefined;

/**
 * The dialog's components are a chunk of their own (the rules they show are already in the store): a reader who
 * only reads the page never downloads them. They are fetched as soon as a connection is selected, one step
 * before Konfigurer ERP-kobling can open the dialog, so opening it does not wait.
 */
export function preloadEditDialog(): Promise<EditDialogModule> {
  loading ??= import('./EditDialog.tsx').catch((error: unknown) => {
    loading = undefined; // let the next attempt try the network again
    throw error;
  });
  return loading;
}

export const LazyEditDialog = lazy(() => preloadEditDialog().then((m) => ({ default: m.EditDialog })));
