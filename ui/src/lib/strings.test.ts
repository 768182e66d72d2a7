import { describe, expect, it } from 'vitest';
import { listJoin, strings } from './strings';

describe('strings', () => {
  it('joins lists the Norwegian way', () => {
    expect(listJoin([])).toBe('');
    expect(listJoin(['NAV'])).toBe('NAV');
    expect(listJoin(['Voksenopplæringen', 'NAV'])).toBe('Voksenopplæringen og NAV');
    expect(listJoin(['Flyktningtjenesten', 'Voksenopplæringen', 'NAV'])).toBe(
      'Flyktningtjenesten, Voksenopplæringen og NAV',
    );
  });

  it('bends nouns by number', () => {
    expect(strings.groups.memberCount(0)).toBe('0 medlemmer');
    expect(strings.groups.memberCount(1)).toBe('1 medlem');
    expect(strings.groups.memberCount(3)).toBe('3 medlemmer');
    expect(strings.people.count(1)).toBe('1 person');
    expect(strings.people.count(2)).toBe('2 personer');
    expect(strings.groups.missingShort(1)).toBe('Mangler 1 enhet');
    expect(strings.groups.missingShort(2)).toBe('Mangler 2 enheter');
  });

  it('builds the validation messages the core also uses', () => {
    expect(strings.validation.required('Navn')).toBe('Navn må fylles ut.');
    expect(strings.validation.tooLong('Navn', 200, 215)).toBe('Navn kan være høyst 200 tegn (nå 215).');
  });

  it('suggests the roster file name from the group name', () => {
    expect(strings.print.fileName('Arbeidsrettet løp butikk 2027')).toBe('Arbeidsgruppe - Arbeidsrettet løp butikk 2027.pdf');
  });

  it('has no empty texts', () => {
    const walk = (o: unknown, path: string): void => {
      if (typeof o === 'string') expect(o.trim(), path).not.toBe('');
      else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(strings, 'strings');
  });
});
