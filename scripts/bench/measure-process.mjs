import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Resident memory of a process and all its descendants, in bytes (Linux `ps`). */
function treeRss(root) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const children = new Map();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kbytes]) => [pid, kbytes * 1024]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * CPU seconds used by this process's finished children (Linux: cutime + cstime in /proc/self/stat), so a build's
 * CPU time can be told apart from time spent waiting for a busy machine.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The machine's load average (1, 5 and 15 minutes): how busy it was while a figure was taken. */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/**
 * Runs a command to its end and measures it: wall time, CPU time (user and system, the command and everything it
 * started), and peak resident memory of its whole process tree (sampled every 100 ms, so Pagefind's own process
 * counts too). Resolves with those and the command's output; rejects with the output's tail if it fails. With
 * `timeoutSeconds`, a command still running then is stopped and resolves with `timedOut: true` and the figures so
 * far.
 */
export function measureProcess(command, args, { cwd, env, label = command, timeoutSeconds } = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const cpuBefore = childCpuSeconds();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: Boolean(timeoutSeconds),
    });
    let timedOut = false;
    const limit =
      timeoutSeconds &&
      setTimeout(() => {
        timedOut = true;
        process.kill(-child.pid, 'SIGTERM');
      }, timeoutSeconds * 1000);
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRss(child.pid));
      } catch {
        // The process may be gone between two samples.
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      clearTimeout(limit);
      const result = { seconds: (performance.now() - started) / 1000, cpu: childCpuSeconds() - cpuBefore, peak, log };
      if (timedOut) done({ ...result, timedOut });
      else if (code !== 0) fail(new Error(`${label} failed:\n${log.slice(-4000)}`));
      else done(result);
    });
  });
}

/** Bytes as megabytes, rounded. */
export const mb = (bytes) => Math.round(bytes / 1024 / 1024);
