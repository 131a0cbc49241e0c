export declare const SEED_FILE: string;
export declare const GROUP_SIZE: number;
export declare function pageKey(i: number): string;
export interface BrokenLink {
  /** Which copy gets the broken link (its first link definition). */
  page: number;
  target: string;
}
export declare function writeGeneratedDocsRoot(dir: string, count: number, options?: { broken?: BrokenLink }): string;
export declare function writeGeneratedOwnPages(
  docsDir: string,
  count: number,
  options?: { broken?: BrokenLink },
): string[];
export declare function writeStarlightPages(docsDir: string, count: number): void;
export declare function writeBarePages(pagesDir: string, count: number): void;
