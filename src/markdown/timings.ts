import type { Plugin, Processor, Transformer } from 'unified';

/**
 * Build timings for the performance breakdown (`BUILD_TIMINGS=1 npm run build`): how long each remark and rehype
 * plugin and each build step took in total, summed over every page. Off unless asked for, and then the plugins are
 * passed through untouched, so a normal build pays nothing.
 */
export const timingsEnabled = (): boolean => Boolean(process.env.BUILD_TIMINGS);

interface Total {
  /** Wall time. */
  ms: number;
  /**
   * CPU time of this thread meanwhile (user and system): on a busy machine, the figure that stays put, and other
   * threads (the term check's) are not counted.
   */
  cpuMs: number;
  calls: number;
}

/** A running clock: wall and CPU time since it started. */
function clock(): () => { ms: number; cpuMs: number } {
  const wall = performance.now();
  const cpu = process.threadCpuUsage();
  return () => {
    const used = process.threadCpuUsage(cpu);
    return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
  };
}

// One table per process: Astro loads this module more than once (its config and its content layer each have
// their own module graph), and both halves of the build report into the same table.
const KEY = Symbol.for('erp-hjelp.build-timings');
const totals: Map<string, Total> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, Total> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, Total>());

export function addTiming(label: string, elapsed: { ms: number; cpuMs: number }): void {
  const total = totals.get(label) ?? { ms: 0, cpuMs: 0, calls: 0 };
  total.ms += elapsed.ms;
  total.cpuMs += elapsed.cpuMs;
  total.calls += 1;
  totals.set(label, total);
}

/** Runs `work`, adding its time to `label` when timings are on. */
export async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  if (!timingsEnabled()) return work();
  const stop = clock();
  try {
    return await work();
  } finally {
    addTiming(label, stop());
  }
}

/** The same for synchronous work. */
export function timedSync<T>(label: string, work: () => T): T {
  if (!timingsEnabled()) return work();
  const stop = clock();
  try {
    return work();
  } finally {
    addTiming(label, stop());
  }
}

// unified merges two uses of the same plugin into one: the wrapper of a plugin must be the same function each time.
const wrappers = new WeakMap<Plugin<unknown[]>, Plugin<unknown[]>>();

function timedPlugin(plugin: Plugin<unknown[]>, stage: string): Plugin<unknown[]> {
  let wrapper = wrappers.get(plugin);
  if (wrapper) return wrapper;
  const label = `${stage} ${plugin.name || '(anonymous plugin)'}`;
  wrapper = function (this: Processor, ...options: unknown[]) {
    const transformer: Transformer | void = plugin.apply(this, options);
    // A transformer that takes a callback (three parameters) is left untimed: none of ours does.
    if (typeof transformer !== 'function' || transformer.length > 2) return transformer;
    return function (this: unknown, tree: never, file: never) {
      const stop = clock();
      const done = () => addTiming(label, stop());
      const result = (transformer as (...args: unknown[]) => unknown).call(this, tree, file);
      if (result instanceof Promise) return result.finally(done);
      done();
      return result;
    };
  } as Plugin<unknown[]>;
  wrappers.set(plugin, wrapper);
  return wrapper;
}

/**
 * The plugins, each timed under `stage` and its name when timings are on; the same list otherwise. Takes unified's
 * lists and Astro's alike (a plugin, or a plugin with its options).
 */
export function timedPlugins<T extends readonly unknown[]>(plugins: T, stage: string): T {
  if (!timingsEnabled()) return plugins;
  return plugins.map((entry) => {
    if (typeof entry === 'function') return timedPlugin(entry as Plugin<unknown[]>, stage);
    if (Array.isArray(entry) && typeof entry[0] === 'function') {
      const [plugin, ...options] = entry as unknown[];
      return [timedPlugin(plugin as Plugin<unknown[]>, stage), ...options];
    }
    return entry;
  }) as unknown as T;
}

/** The table so far, slowest first, and clears it. */
export function takeTimings(): Array<{ label: string } & Total> {
  const rows = [...totals].map(([label, total]) => ({ label, ...total })).sort((a, b) => b.cpuMs - a.cpuMs);
  totals.clear();
  return rows;
}

/** The table as lines for the log: CPU and wall seconds, calls, and CPU milliseconds per call. */
export function formatTimings(rows: ReturnType<typeof takeTimings>): string[] {
  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
  return [
    '    CPU s   wall s   calls   CPU ms/call  step',
    ...rows.map(
      ({ label, ms, cpuMs, calls }) =>
        `${seconds(cpuMs)}  ${seconds(ms)}  ${String(calls).padStart(6)}  ${(cpuMs / calls).toFixed(2).padStart(12)}  ${label}`,
    ),
  ];
}
