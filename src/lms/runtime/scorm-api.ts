/**
 * Finding the SCORM API object the platform puts in a window above the package (ADL's discovery algorithm: the
 * frames above, then the window that opened this one and the frames above it). Written here rather than taken
 * from a wrapper such as pipwerks: those are unmaintained, and the algorithm is these few lines.
 */

/** SCORM 1.2's API object (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** SCORM 2004's API object (`window.API_1484_11`). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
}

/** How far up the frames to look; the standard's figure for SCORM 2004 (SCORM 1.2 said 7, a subset of it). */
const MAX_DEPTH = 500;

function readProperty<T>(win: Window, name: string): T | undefined {
  try {
    return (win as unknown as Record<string, T | undefined>)[name] ?? undefined;
  } catch {
    // A window of another origin: its properties cannot be read.
    return undefined;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function searchUp<T>(start: Window | null, name: string): T | undefined {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    const api = readProperty<T>(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

function openerOf(win: Window): Window | null {
  try {
    return win.opener as Window | null;
  } catch {
    return null;
  }
}

/** The API object called `name` in this window, a frame above it, or the window that opened it; else undefined. */
export function findApi<T>(name: 'API' | 'API_1484_11', from: Window = window): T | undefined {
  return searchUp<T>(from, name) ?? searchUp<T>(openerOf(from), name) ?? searchUp<T>(openerOf(from.top ?? from), name);
}
