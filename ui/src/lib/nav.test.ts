import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN, NAV, detailFromHash, hashFor, screenFromHash } from './nav';

describe('navigation', () => {
  it('has every screen, in order, with its test id and Norwegian label', () => {
    expect(NAV.map((e) => [e.id, e.label, e.testId])).toEqual([
      ['arbeidsgruppe', 'Arbeidsgruppe', 'nav-arbeidsgruppe'],
      ['steg', 'De sju stegene', 'nav-steg'],
      ['moter', 'Arbeidsmøter', 'nav-moter'],
      ['arshjul', 'Årshjul', 'nav-arshjul'],
      ['arbeidsgivere', 'Arbeidsgivere', 'nav-arbeidsgivere'],
      ['kravspesifikasjoner', 'Kravspesifikasjoner', 'nav-kravspesifikasjoner'],
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

  it('carries the record a screen should open', () => {
    const hash = hashFor('kravspesifikasjoner', 'a1b2');
    expect(hash).toBe('#/kravspesifikasjoner/a1b2');
    expect(screenFromHash(hash)).toBe('kravspesifikasjoner');
    expect(detailFromHash(hash)).toBe('a1b2');
    expect(detailFromHash('#/arbeidsgivere')).toBeNull();
    expect(detailFromHash('#/kravspesifikasjoner?ny=e1')).toBeNull();
    expect(detailFromHash('#/arbeidsgivere/x%2Fy?z=1')).toBe('x/y');
  });
});
