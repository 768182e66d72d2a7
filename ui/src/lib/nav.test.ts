import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN, NAV, hashFor, screenFromHash } from './nav';

describe('navigation', () => {
  it('has the two screens with their test ids and Norwegian labels', () => {
    expect(NAV.map((e) => [e.id, e.label, e.testId])).toEqual([
      ['arbeidsgruppe', 'Arbeidsgruppe', 'nav-arbeidsgruppe'],
      ['deltakere', 'Deltakere', 'nav-deltakere'],
      ['opplaeringsplaner', 'Opplæringsplaner', 'nav-opplaeringsplaner'],
      ['maler', 'Maler', 'nav-maler'],
      ['innstillinger', 'Innstillinger', 'nav-innstillinger'],
    ]);
  });

  it('reads the screen from the address hash', () => {
    expect(screenFromHash('#/innstillinger')).toBe('innstillinger');
    expect(screenFromHash('#innstillinger')).toBe('innstillinger');
    expect(screenFromHash('#/Innstillinger/personer')).toBe('innstillinger');
    expect(screenFromHash('#/arbeidsgruppe?x=1')).toBe('arbeidsgruppe');
  });

  it('falls back to the default screen', () => {
    expect(DEFAULT_SCREEN).toBe('arbeidsgruppe');
    expect(screenFromHash('')).toBe('arbeidsgruppe');
    expect(screenFromHash('#/finnes-ikke')).toBe('arbeidsgruppe');
  });

  it('round-trips every screen through its hash', () => {
    for (const e of NAV) expect(screenFromHash(hashFor(e.id))).toBe(e.id);
  });
});
