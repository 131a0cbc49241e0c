import { createContext, type ReactNode } from 'react';
import type { ResultMode } from '../engine/index.ts';

/**
 * What Coach shows at the end of a Veiledet or Test run. Unset on the site: RunResult, with the result file. A
 * page that runs the exercise elsewhere renders its own (the learning-platform package shows the recorded score).
 */
export const ResultViewContext = createContext<((mode: ResultMode) => ReactNode) | null>(null);
