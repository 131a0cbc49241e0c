import type { ResultMode } from '../exercises/engine/index.ts';

/**
 * The learning-platform standards a package is built for, and the names of the packages, shared by the build
 * (src/lms/build), the trainer page and the tests, so a link never points at a file the build does not write.
 */
export const STANDARDS = ['cmi5', 'scorm2004', 'scorm12'] as const;
export type Standard = (typeof STANDARDS)[number];

/** The modes a package can grade: Test reports completion, pass or fail and a score; Veiledet completion only. */
export const GRADED_MODES = ['test', 'veiledet'] as const satisfies readonly ResultMode[];
export type GradedMode = (typeof GRADED_MODES)[number];
export const DEFAULT_GRADED_MODE: GradedMode = 'test';

/** The package of every exercise in one course. */
export const COURSE_ID = 'alle-ovelser';

/** Where the built packages are, under the site's root (dist/lms/ in the build). */
export const LMS_DIR = 'lms';

/** A package's file name under dist/: `lms/scorm12/gi-nytt-navn-test.zip`. */
export function packagePath(standard: Standard, id: string, mode: GradedMode): string {
  return `${LMS_DIR}/${standard}/${id}-${mode}.zip`;
}

/**
 * The IRIs that name the course, its exercises and our xAPI extensions. cmi5 and SCORM 2004 want IRIs; the site
 * has no fixed address, so they are URNs, stable across builds and hosts.
 */
export const IRI_BASE = 'urn:erp-hjelp';
export const courseIri = (mode: GradedMode) => `${IRI_BASE}:kurs:${COURSE_ID}:${mode}`;
export const exerciseIri = (exerciseId: string) => `${IRI_BASE}:ovelse:${exerciseId}`;
export const stepIri = (exerciseId: string, stepId: string) => `${IRI_BASE}:ovelse:${exerciseId}:trinn:${stepId}`;
export const EXTENSION_MISTAKES = `${IRI_BASE}:xapi:feil`;
export const EXTENSION_FAILED_TESTS = `${IRI_BASE}:xapi:mislykkede-tester`;

/** What each launch page is given, as JSON in the page (see build/launch-page.ts). */
export interface LaunchConfig {
  standard: Standard;
  mode: GradedMode;
  /** The package's id (an exercise id, or COURSE_ID), for the browser's backup copy. */
  packageId: string;
}
