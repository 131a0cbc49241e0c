import { createRoot } from 'react-dom/client';
import { createExerciseApp } from '../../exercises/ui/app.ts';
import { browserStorage, LEARNER_KEY } from '../../exercises/ui/storage.ts';
import { memoryStorage } from '../../simulator/store/index.ts';
import type { LmsDriver } from '../runtime/driver.ts';
import { cmi5Driver } from '../runtime/cmi5.ts';
import { createConnection, type Connection } from '../runtime/connection.ts';
import { scorm12Driver } from '../runtime/scorm12.ts';
import { scorm2004Driver } from '../runtime/scorm2004.ts';
import type { Standard } from '../standards.ts';
import { readLaunchData, type LaunchData } from './launch-data.ts';
import { LmsExercise } from './LmsExercise.tsx';
import '../../styles/site.css';
import '../../simulator/ui/simulator.css';
import '../../exercises/ui/exercises.css';
import './lms.css';

/**
 * A package's launch page runs this (one script for every standard and exercise: the page says which, in its
 * JSON). It opens the platform's session first, so the exercise starts where the learner left it.
 */
const DRIVERS: Record<Standard, () => LmsDriver> = {
  cmi5: () => cmi5Driver(),
  scorm2004: () => scorm2004Driver(),
  scorm12: () => scorm12Driver(),
};

/** The page's own storage records, kept for the platform (the learner's name stays out: the platform knows it). */
function platformStorage(items: Record<string, string>, connection: Connection) {
  const memory = memoryStorage(items);
  const dump = () => Object.fromEntries(Object.entries(memory.dump()).filter(([key]) => key !== LEARNER_KEY));
  return {
    storage: {
      getItem: memory.getItem,
      setItem(key: string, value: string) {
        memory.setItem(key, value);
        connection.changed(false);
      },
      removeItem(key: string) {
        memory.removeItem(key);
        connection.changed(false);
      },
    },
    dump,
  };
}

async function launch(data: LaunchData, root: HTMLElement) {
  const { config, exercise, world, messages } = data;
  const connection = createConnection({
    driver: DRIVERS[config.standard](),
    exercise,
    mode: config.mode,
    packageId: config.packageId,
    backup: browserStorage(),
  });
  const opened = await connection.open();
  const kept = opened && platformStorage(opened.items, connection);
  const app = createExerciseApp({ exercise, world, ...(kept ? { storage: kept.storage } : {}) });
  if (kept) {
    connection.attach(() => {
      const { run, endedAt } = app.session.getState();
      return { items: kept.dump(), run, endedAt };
    });
    // A finished step, or the end of the run, is saved at once; typing waits for a pause.
    app.session.subscribe((now, before) => {
      const urgent = now.run.current !== before.run.current || now.endedAt !== before.endedAt;
      if (urgent || now.run !== before.run) connection.changed(urgent);
    });
    addEventListener('pagehide', () => {
      const { run, endedAt } = app.session.getState();
      void connection.finish(run.current >= run.steps.length || endedAt !== null);
    });
    addEventListener('online', () => void connection.retryNow());
  }
  createRoot(root).render(<LmsExercise app={app} connection={connection} mode={config.mode} messages={messages} />);
}

const root = document.getElementById('ovelse');
const data = readLaunchData(document);
if (root && data) void launch(data, root);
