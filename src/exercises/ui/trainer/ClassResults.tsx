import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { classTable, type Exercise } from '../../engine/index.ts';
import type { ImportedResult, ImportProblem } from './result-import.ts';
import { t } from '../catalog.ts';
import { ClassTableView } from './ClassTableView.tsx';
import '../exercises.css';

export interface ClassResultsProps {
  /** Every exercise (content/exercises), for the tables' steps and titles. */
  exercises: Exercise[];
}

interface Loaded {
  files: Array<{ name: string; text: string }>;
  results: ImportedResult[];
  errors: Array<{ file: string; message: string; problem: ImportProblem }>;
}

const EMPTY: Loaded = { files: [], results: [], errors: [] };

/**
 * Klasseresultater on /kursleder/: the trainer chooses the learners' result files (many at once, and more
 * later); each is read in the browser and validated (a bad file is named, with the reason, and skipped), and
 * each exercise with results gets its table. Nothing leaves the browser, and nothing is stored.
 */
export default function ClassResults({ exercises }: ClassResultsProps) {
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const choose = async () => {
    const chosen = [...(input.current?.files ?? [])];
    if (chosen.length === 0) return;
    setBusy(true);
    const read = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
    // The validator (zod/mini) is loaded only now, when there are files to check.
    const { importResultFiles } = await import('./result-import.ts');
    setLoaded((before) => {
      // The same file chosen again adds nothing; everything is validated together, so duplicates are found.
      const fresh = read.filter((f) => !before.files.some((b) => b.name === f.name && b.text === f.text));
      const files = [...before.files, ...fresh];
      return { files, ...importResultFiles(files, exercises) };
    });
    setBusy(false);
    // Emptied, so choosing the same file again is a change too.
    if (input.current) input.current.value = '';
  };

  // Files chosen before the page's script had started are read as soon as it has.
  const chooseEarlyFiles = useEffectEvent(() => void choose());
  useEffect(() => chooseEarlyFiles(), []);

  const tables = exercises
    .map((exercise) => classTable(loaded.results, exercise))
    .filter((table) => table.rows.length > 0);
  const status =
    loaded.files.length === 0
      ? ''
      : t('exercises.trainer.status', { loaded: loaded.results.length, skipped: loaded.errors.length });

  return (
    <div className="ex-class-results">
      <div className="ex-field">
        <label htmlFor={`${id}-files`}>{t('exercises.trainer.choose')}</label>
        <input
          ref={input}
          id={`${id}-files`}
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={`${id}-privacy`}
          onChange={() => void choose()}
        />
        <p id={`${id}-privacy`} className="ex-mode-about">
          {t('exercises.trainer.privacy')}
        </p>
      </div>
      <p role="status">{busy ? t('exercises.trainer.reading') : status}</p>
      {loaded.errors.length > 0 && (
        <div className="ex-correction">
          <h3 id={`${id}-skipped`}>{t('exercises.trainer.skipped')}</h3>
          <ul aria-labelledby={`${id}-skipped`}>
            {loaded.errors.map((error, i) => (
              <li key={i}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {tables.map((table) => (
        <ClassTableView key={table.exercise.id} table={table} />
      ))}
      {loaded.files.length > 0 && (
        <p>
          <button type="button" className="ex-button" onClick={() => setLoaded(EMPTY)}>
            {t('exercises.trainer.clear')}
          </button>
        </p>
      )}
    </div>
  );
}
