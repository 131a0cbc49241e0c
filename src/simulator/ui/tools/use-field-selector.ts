import { useMemo } from 'react';
import type { SimulatorState } from '../../store/index.ts';
import { useSim } from '../context.ts';

/** A selector made per ERP field (`actor`, `field`), kept stable across renders, read through the island's store. */
export function useFieldSelector<T>(
  make: (actor: string, field: string) => (state: SimulatorState) => T,
  actor: string,
  field: string,
): T {
  const selector = useMemo(() => make(actor, field), [make, actor, field]);
  return useSim(selector);
}
