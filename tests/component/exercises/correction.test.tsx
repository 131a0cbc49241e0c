// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Correction } from '../../../src/exercises/ui/Correction.tsx';
import { TranslateContext } from '../../../src/exercises/ui/i18n.ts';
import type { Mistake } from '../../../src/exercises/engine/index.ts';
import { islandT } from './render.tsx';

afterEach(cleanup);

function renderCorrection(mistake: Pick<Mistake, 'kind' | 'ruleId'> | undefined, onDismiss = () => undefined) {
  return render(
    <TranslateContext value={islandT}>
      <Correction mistake={mistake} onDismiss={onDismiss} />
    </TranslateContext>,
  );
}

describe('the mistake correction', () => {
  it('names the mistake, says how to put it right, and quotes the rule from the page with a link to it', () => {
    renderCorrection({ kind: 'locked-field', ruleId: 'config-locked-while-active' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Feil: Endret et låst konfigurasjonsfelt');
    expect(status.textContent).toContain(
      'Konfigurasjonsfeltene er låst så lenge Aktiv er merket av. Fjern merkingen i Aktiv først',
    );
    expect(status.textContent).toContain('Regelen: Konfigurasjonsfeltene er låst fordi Aktiv er merket av.');
    expect(status.querySelector('blockquote')?.textContent).toBe(
      'Slik står det på siden: «Hvis koblingen er aktiv (avmerket i kolonnen Aktiv), må du midlertidig deaktivere den før du kan endre konfigurasjonsverdier.»',
    );
    expect(screen.getByRole('link', { name: 'Les mer om regelen på hjelpesiden' }).getAttribute('href')).toBe(
      '/no/erp/admin/troubleshooting/fields-locked/#aktiv',
    );
  });

  it('quotes the seed page for a dimmed OK that lacked a passed test', () => {
    renderCorrection({ kind: 'dimmed-ok', ruleId: 'ok-needs-passed-test' });
    expect(screen.getByRole('status').textContent).toContain(
      'Regelen: Test ERP-tilkobling må være vellykket for konfigurasjonen slik den er nå.',
    );
    expect(screen.getByRole('status').querySelector('blockquote')?.textContent).toBe(
      'Slik står det på siden: «Sørg for at forbindelsestesten var vellykket.»',
    );
  });

  it('for a mistake no rule stands behind, corrects without a quote', () => {
    renderCorrection({ kind: 'wrong-connection' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Feil: Endret en annen kobling enn øvelsen gjelder');
    expect(status.querySelector('blockquote')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('keeps an empty live region until there is a mistake, and hides the correction on request', () => {
    const onDismiss = vi.fn();
    const { rerender } = renderCorrection(undefined, onDismiss);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
    rerender(
      <TranslateContext value={islandT}>
        <Correction mistake={{ kind: 'cancelled-work', ruleId: 'cancel-discards' }} onDismiss={onDismiss} />
      </TranslateContext>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skjul rettelsen' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    // The button is outside the live region, so its name is not read out with the correction.
    expect(screen.getByRole('status').textContent).not.toContain('Skjul rettelsen');
  });
});
