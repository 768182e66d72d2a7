// Dates as users type them (dd.mm.åååå) and the checks on a period: `parseDate` in format.ts,
// `validateDate` / `validateEndDate` in validate.ts.
import { describe, expect, it } from 'vitest';
import { parseDate } from './format';
import { validateDate, validateEndDate } from './validate';

describe('parseDate', () => {
  it('reads dd.mm.åååå and d.m.åååå', () => {
    expect(parseDate('05.03.2027')).toBe('2027-03-05');
    expect(parseDate('5.3.2027')).toBe('2027-03-05');
    expect(parseDate('31.12.2027')).toBe('2027-12-31');
    expect(parseDate(' 01.02.2027 ')).toBe('2027-02-01');
  });

  it('knows the length of every month, also in leap years', () => {
    expect(parseDate('31.02.2027')).toBeNull();
    expect(parseDate('29.02.2027')).toBeNull();
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDate('31.04.2027')).toBeNull();
    expect(parseDate('00.05.2027')).toBeNull();
    expect(parseDate('12.13.2027')).toBeNull();
  });

  it('refuses other ways of writing a date, and half-typed ones', () => {
    for (const text of ['', '2027-03-05', '05/03/2027', '05.03.27', '05.03', '5.3.2027x', 'i morgen', '05,03,2027']) {
      expect(parseDate(text), text).toBeNull();
    }
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
  });
});

describe('validateDate', () => {
  it('asks for a missing date with the field label', () => {
    expect(validateDate('', 'Startdato')).toBe('Startdato må fylles ut.');
    expect(validateDate('   ', 'Startdato')).toBe('Startdato må fylles ut.');
  });

  it('explains the format with the core’s wording', () => {
    expect(validateDate('31.02.2027', 'Startdato')).toBe(
      '«31.02.2027» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.',
    );
    expect(validateDate('1.2.2027', 'Startdato')).toBeNull();
  });
});

describe('validateEndDate', () => {
  it('refuses an end before the start, naming the start', () => {
    expect(validateEndDate('01.02.2027', '01.01.2027', 'Sluttdato')).toBe(
      'Sluttdatoen kan ikke være før startdatoen (01.02.2027).',
    );
    expect(validateEndDate('1.2.2027', '31.1.2027', 'Sluttdato')).toBe(
      'Sluttdatoen kan ikke være før startdatoen (01.02.2027).',
    );
  });

  it('accepts the same day and later days', () => {
    expect(validateEndDate('01.02.2027', '01.02.2027', 'Sluttdato')).toBeNull();
    expect(validateEndDate('01.02.2027', '30.06.2027', 'Sluttdato')).toBeNull();
    expect(validateEndDate('31.12.2027', '01.01.2028', 'Sluttdato')).toBeNull();
  });

  it('checks the end on its own when the start is missing or wrong', () => {
    expect(validateEndDate('', '30.06.2027', 'Sluttdato')).toBeNull();
    expect(validateEndDate('31.02.2027', '01.01.2027', 'Sluttdato')).toBeNull();
    expect(validateEndDate('01.02.2027', '', 'Sluttdato')).toBe('Sluttdato må fylles ut.');
    expect(validateEndDate('01.02.2027', '32.01.2027', 'Sluttdato')).toMatch(/^«32.01.2027» er ikke en gyldig dato/);
  });
});
