// Types for the two entry points of the `xliff` package we use; the package ships JavaScript only.

declare module 'xliff/js2xliff' {
  /** One unit; `source`/`target` are arrays when they hold inline elements (<ph>, <pc> ...). */
  export interface XliffUnit {
    source?: string | unknown[];
    target?: string | unknown[];
    note?: string | string[];
    additionalAttributes?: Record<string, string | number>;
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage?: string;
    /** `<file id>` to unit id to unit. */
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export interface Js2XliffOptions {
    indent?: string;
    targetXliffVersion?: '2.0' | '2.1' | '2.2';
  }
  /** With a callback it works synchronously: the callback is called and the XML is also returned. */
  export default function js2xliff(
    document: XliffDocument,
    options: Js2XliffOptions,
    callback: (error: Error | null, xml?: string) => void,
  ): string;
}

declare module 'xliff/xliff2js' {
  /** A parsed unit, or a `<group>` (groupUnits), as xliff2js returns them. */
  export interface ParsedUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    groupUnits?: Record<string, ParsedUnit>;
    additionalAttributes?: Record<string, unknown>;
  }
  export interface ParsedXliff {
    sourceLanguage?: string;
    targetLanguage?: string;
    /** Set for 2.1 and 2.2; absent for 2.0. */
    xliffVersion?: string;
    /** Absent when the root is not XLIFF 2.x (for example a 1.2 file). */
    resources?: Record<string, Record<string, ParsedUnit | unknown[]>>;
  }
  /** With a callback it works synchronously; malformed XML arrives as the callback's error. */
  export default function xliff2js(
    xml: string,
    options: Record<string, never>,
    callback: (error: Error | null, result?: ParsedXliff) => void,
  ): void;
}
