import { describe, expect, it } from 'vitest';
import {
  compareNorwegian,
  emailBreakParts,
  ensurePdfExtension,
  formatDate,
  formatDateTime,
  safeFileName,
} from './format';

describe('formatDate', () => {
  it('writes dd.mm.åååå in the given time zone', () => {
    expect(formatDate('2027-03-05T10:15:00Z', 'UTC')).toBe('05.03.2027');
    expect(formatDate('2027-03-05T10:15:00+01:00', 'Europe/Oslo')).toBe('05.03.2027');
  });

  it('moves to the next day when the time zone says so', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Norway.
    expect(formatDate('2026-12-31T23:30:00Z', 'Europe/Oslo')).toBe('01.01.2027');
    expect(formatDate('2026-12-31T23:30:00Z', 'UTC')).toBe('31.12.2026');
  });

  it('handles fractional seconds and offsets as RFC 3339 allows', () => {
    expect(formatDate('2027-06-30T22:00:00.123456+00:00', 'Europe/Oslo')).toBe('01.07.2027');
  });

  it('takes a plain date as it is, without time-zone shifts', () => {
    expect(formatDate('2027-02-01')).toBe('01.02.2027');
    expect(formatDate('2027-02-01', 'America/Los_Angeles')).toBe('01.02.2027');
  });

  it('gives empty text for no value and returns unreadable text unchanged', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('ikke en dato')).toBe('ikke en dato');
  });

  it('uses the computer’s own time zone by default', () => {
    const iso = '2027-08-15T12:00:00Z';
    const d = new Date(iso);
    const expected = `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('adds the time on the 24-hour clock', () => {
    expect(formatDateTime('2027-02-03T14:05:00+01:00', 'Europe/Oslo')).toBe('03.02.2027 kl. 14:05');
    expect(formatDateTime('2027-07-03T22:09:00Z', 'Europe/Oslo')).toBe('04.07.2027 kl. 00:09'); // summer time
    expect(formatDateTime('2027-02-03T00:00:00Z', 'UTC')).toBe('03.02.2027 kl. 00:00');
  });

  it('shows a plain date without a time', () => {
    expect(formatDateTime('2027-02-03')).toBe('03.02.2027');
    expect(formatDateTime('')).toBe('');
  });
});

describe('compareNorwegian', () => {
  it('sorts Æ, Ø and Å after Z, in that order', () => {
    const names = ['Åse', 'Øystein', 'Zofia', 'Ærlig', 'Ahmed', 'ola'];
    expect([...names].sort(compareNorwegian)).toEqual(['Ahmed', 'ola', 'Zofia', 'Ærlig', 'Øystein', 'Åse']);
  });
});

describe('safeFileName', () => {
  it('keeps Norwegian letters and ordinary punctuation', () => {
    expect(safeFileName('Arbeidsrettet løp butikk 2027')).toBe('Arbeidsrettet løp butikk 2027');
    expect(safeFileName('Renhold – Ås og Ørsta')).toBe('Renhold – Ås og Ørsta');
  });

  it('replaces characters file systems refuse, and tidies spaces and dots', () => {
    expect(safeFileName('Helse/omsorg: "Sykehjem" 2027?')).toBe('Helse-omsorg- -Sykehjem- 2027-');
    expect(safeFileName('  Butikk \\ lager  ')).toBe('Butikk - lager');
    expect(safeFileName('...gruppe.')).toBe('gruppe');
    expect(safeFileName('a\u0000b')).toBe('a-b');
  });

  it('never gives an empty name', () => {
    expect(safeFileName('   ')).toBe('Stegvis');
    expect(safeFileName('...')).toBe('Stegvis');
  });
});

describe('ensurePdfExtension', () => {
  it('adds .pdf only when missing', () => {
    expect(ensurePdfExtension('/home/kari/Arbeidsgruppe - Butikk')).toBe('/home/kari/Arbeidsgruppe - Butikk.pdf');
    expect(ensurePdfExtension('C:\\Users\\kari\\Gruppe.pdf')).toBe('C:\\Users\\kari\\Gruppe.pdf');
    expect(ensurePdfExtension('/media/minnepinne/GRUPPE.PDF')).toBe('/media/minnepinne/GRUPPE.PDF');
    expect(ensurePdfExtension('/home/åse/rapport.pdf.bak')).toBe('/home/åse/rapport.pdf.bak.pdf');
  });
});

describe('emailBreakParts', () => {
  it('cuts before dots and after the @, and joins back to the address', () => {
    const email = 'kari.nordmann@lorenskog.kommune.no';
    expect(emailBreakParts(email)).toEqual(['kari', '.nordmann@', 'lorenskog', '.kommune', '.no']);
    expect(emailBreakParts(email).join('')).toBe(email);
    expect(emailBreakParts('øystein@nav.no')).toEqual(['øystein@', 'nav', '.no']);
  });

  it('leaves text without an @ in one piece per dot', () => {
    expect(emailBreakParts('ikke-epost')).toEqual(['ikke-epost']);
  });
});
