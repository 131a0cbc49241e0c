// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ClassResults from '../../../src/exercises/ui/trainer/ClassResults.tsx';
import { exercises } from '../../unit/exercises/helpers.ts';

afterEach(cleanup);

const fixture = (path: string) =>
  new File([readFileSync(`tests/fixtures/exercises/${path}`, 'utf8')], path.split('/').at(-1)!, {
    type: 'application/json',
  });

/** Chooses files in the file input, as the trainer does. */
function choose(files: File[]) {
  const input = screen.getByLabelText<HTMLInputElement>('Last inn resultatfiler');
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

describe('the class results', () => {
  it('loads good files into a table per exercise, and names and skips the bad ones', async () => {
    render(<ClassResults exercises={exercises} />);
    choose([
      fixture('results/kari.json'),
      fixture('results/notat.json'),
      fixture('class/per.json'),
      fixture('results/ukjent-ovelse.json'),
      fixture('class/sara.json'),
    ]);
    const table = await screen.findByRole('table', {
      name: 'Gi en ERP-kobling nytt navn: resultatene til 2 deltakere',
    });
    expect(screen.getByRole('status').textContent).toBe('Resultater lastet inn: 3. Filer hoppet over: 2.');
    const skipped = within(screen.getByRole('list', { name: 'Filer som ble hoppet over' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(skipped).toEqual([
      '«notat.json» ble ikke lastet inn: innholdet er ikke gyldig JSON. Velg filen som ble lastet ned etter øvelsen.',
      '«ukjent-ovelse.json» ble ikke lastet inn: den gjelder øvelsen «slett-kobling», som ikke finnes her.',
    ]);

    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryByRole('rowheader')?.textContent ?? null)).toEqual([
      null,
      'Kari Nordmann',
      'Per Berg',
      'Klassesnitt',
    ]);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(rows[1]!)).toEqual([
      'Test',
      '1',
      'ja',
      '1 min 35 s',
      '1',
      'ja, 20 s, 0 feil',
      'ja, 10 s, 0 feil',
      'ja, 5 s, 0 feil',
      'ja, 40 s, 0 feil',
      'ja, 20 s, 1 feil',
    ]);
    expect(cells(rows[3]!)).toEqual([
      '',
      '',
      '100 %',
      '1 min 18 s',
      '1,5',
      '100 %, 15 s, 0,0 feil',
      '100 %, 10 s, 0,0 feil',
      '100 %, 8 s, 0,0 feil',
      '100 %, 30 s, 0,5 feil',
      '100 %, 15 s, 1,0 feil',
    ]);
    for (const header of within(table).getAllByRole('columnheader')) expect(header.getAttribute('scope')).toBe('col');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .every((h) => h.getAttribute('scope') === 'row'),
    ).toBe(true);

    expect(
      screen.getByRole('table', {
        name: 'Endre en konfigurasjonsverdi på en aktiv kobling: resultatet til 1 deltaker',
      }),
    ).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Last ned som CSV/ })).toHaveLength(2);
  });

  it('shows nothing but the file input before any file is chosen', () => {
    render(<ClassResults exercises={exercises} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
