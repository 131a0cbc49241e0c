import { useId } from 'react';
import { classTableCsv, type Average, type ClassTable, type StepCell } from '../../engine/index.ts';
import { downloadText, formatDuration } from '../format.ts';
import { t } from '../catalog.ts';
import { pluralForm } from '../../../i18n/plural.ts';

const percent = (share: number) => t('exercises.trainer.percent', { value: Math.round(share * 100) });
const decimal = (value: number) => value.toFixed(1).replace('.', ',');

function cellText(cell: StepCell | null): string {
  if (!cell) return t('exercises.time.none');
  return t('exercises.trainer.cell', {
    completed: t(cell.completed ? 'exercises.table.yes' : 'exercises.table.no'),
    time: formatDuration(t, cell.completed ? cell.timeMs : null),
    mistakes: cell.mistakes,
  });
}

function averageText(a: Average): string {
  return t('exercises.trainer.averageCell', {
    completed: percent(a.completedShare),
    time: formatDuration(t, a.timeMs),
    mistakes: decimal(a.mistakes),
  });
}

/**
 * One exercise's class results: a row per learner (their latest completed attempt), completion, time and
 * mistakes overall and per step, the class average last, and the same table as CSV for a spreadsheet.
 */
export function ClassTableView({ table }: { table: ClassTable }) {
  const id = useId();
  const { average } = table;
  const download = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`klasseresultater-${table.exercise.id}-${day}.csv`, classTableCsv(table), 'text/csv;charset=utf-8');
  };
  return (
    <section className="ex-class" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{table.exercise.title}</h3>
      <div className="ex-table-box" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="ex-table">
          <caption id={`${id}-caption`}>
            {t(`exercises.trainer.caption.${pluralForm(table.rows.length)}`, {
              title: table.exercise.title,
              count: table.rows.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('exercises.table.learner')}</th>
              <th scope="col">{t('exercises.table.mode')}</th>
              <th scope="col">{t('exercises.table.attempts')}</th>
              <th scope="col">{t('exercises.table.completed')}</th>
              <th scope="col">{t('exercises.trainer.time')}</th>
              <th scope="col">{t('exercises.table.mistakes')}</th>
              {table.steps.map((step, i) => (
                <th key={step.id} scope="col">{`${i + 1}. ${step.title}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${row.file ?? ''}-${r}`}>
                <th scope="row">
                  {row.learner ?? t('exercises.table.anonymous')}
                  {!row.learner && row.file && <span className="ex-file">{row.file}</span>}
                </th>
                <td>{t(`exercises.mode.${row.mode}`)}</td>
                <td>{row.attempts}</td>
                <td>{t(row.completed ? 'exercises.table.yes' : 'exercises.table.no')}</td>
                <td>{formatDuration(t, row.completed ? row.totalMs : null)}</td>
                <td>{row.mistakes}</td>
                {row.steps.map((cell, i) => (
                  <td key={i}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
          {average && (
            <tfoot>
              <tr className="ex-average">
                <th scope="row">{t('exercises.table.classAverage')}</th>
                <td></td>
                <td></td>
                <td>{percent(average.completedShare)}</td>
                <td>{formatDuration(t, average.timeMs)}</td>
                <td>{decimal(average.mistakes)}</td>
                {average.steps.map((a, i) => (
                  <td key={i}>{averageText(a)}</td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p className="ex-actions">
        <button type="button" className="ex-button" onClick={download}>
          {t('exercises.trainer.csv')}
          <span className="visually-hidden">{t('exercises.trainer.csvFor', { title: table.exercise.title })}</span>
        </button>
      </p>
    </section>
  );
}
