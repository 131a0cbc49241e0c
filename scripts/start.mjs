// npm start: builds the site and serves it on http://localhost:4321, in this one process.
//
// Why a script rather than `astro build && astro preview`: npm runs that line in a shell, and ending npm (or the
// shell) left the preview server running on its own, still holding the port. Here the build and the server are
// Astro's own functions, called in this process, so ending it (Ctrl-C, or a signal to its process) ends the
// server; and it ends when npm does, even when npm cannot pass the signal on (see watchParents). The port is checked
// before the build, so a taken port fails at once, clearly, instead of the server quietly moving to 4322, where the
// browser tests may find it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { build, preview } from 'astro';

const PORT = 4321;

/** Whether something already listens on the port, on any address of this machine. */
function portTaken(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port);
  });
}

/** The parent of a process, where the system says (Linux's /proc); undefined elsewhere. */
function parentOf(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `onGone` when npm is gone. This process's parent is the shell npm started it with: a signal to npm reaches
 * the shell, which ends without passing it on, and a killed npm leaves the shell waiting. So both the shell and
 * npm (the shell's parent, where the system tells) are watched.
 */
function watchParents(onGone) {
  const shell = process.ppid;
  const npm = parentOf(shell);
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  setInterval(() => {
    if (process.ppid !== shell || (npm !== undefined && npm > 1 && !alive(npm))) onGone();
  }, 500).unref();
}

if (await portTaken(PORT)) {
  process.stderr.write(
    `Port ${PORT} is in use, so the site cannot be served there. Is npm start already running in another terminal? ` +
      `Stop that server and run npm start again, or serve this build on another port: npm run build && npx astro preview --port 4330\n`,
  );
  process.exit(1);
}

let server;
const stop = async () => {
  await server?.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void stop());
watchParents(() => void stop());

try {
  await build({});
} catch {
  // Astro has printed the error with its file and line; the process only has to fail.
  process.exit(1);
}
// strictPort (astro.config.mjs) makes the server fail rather than move if the port was taken during the build.
server = await preview({ server: { port: PORT } });
await server.closed();
