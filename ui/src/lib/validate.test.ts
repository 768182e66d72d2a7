import { describe, expect, it } from 'vitest';
import {
  NAME_MAX,
  charCount,
  hasErrors,
  shownError,
  toPersonInput,
  validateChoice,
  validateEmail,
  validateName,
  validatePerson,
  validatePhone,
} from './validate';

describe('validateName', () => {
  it('refuses empty and whitespace-only names', () => {
    expect(validateName('')).toBe('Navn må fylles ut.');
    expect(validateName('   ')).toBe('Navn må fylles ut.');
    expect(validateName('\t\n ')).toBe('Navn må fylles ut.');
  });

  it('accepts Norwegian and other names', () => {
    expect(validateName('Åse Ødegård')).toBeNull();
    expect(validateName('Æsa Bråten-Ås')).toBeNull();
    expect(validateName('Зоя Иванова')).toBeNull();
    expect(validateName('  Kari Nordmann  ')).toBeNull();
  });

  it('allows exactly 200 characters and reports the count above that', () => {
    expect(validateName('a'.repeat(NAME_MAX))).toBeNull();
    expect(validateName('a'.repeat(201))).toBe('Navn kan være høyst 200 tegn (nå 201).');
  });

  it('counts letters, not bytes or UTF-16 units, and ignores surrounding spaces', () => {
    // 200 × "å" is 400 bytes in UTF-8 but 200 letters.
    expect(validateName('å'.repeat(200))).toBeNull();
    expect(validateName('ø'.repeat(250))).toBe('Navn kan være høyst 200 tegn (nå 250).');
    expect(validateName(`  ${'æ'.repeat(200)}  `)).toBeNull();
    expect(charCount('Å😀')).toBe(2);
  });

  it('uses the label it is given', () => {
    expect(validateName(' ', 'Kommunenavn')).toBe('Kommunenavn må fylles ut.');
    expect(validateName('x'.repeat(12), 'Kommunenavn', 10)).toBe('Kommunenavn kan være høyst 10 tegn (nå 12).');
  });
});

describe('validateEmail', () => {
  const message = 'E-postadressen ser ikke riktig ut. Eksempel: ola.nordmann@kommune.no';

  it('treats an empty address as not given', () => {
    expect(validateEmail('')).toBeNull();
    expect(validateEmail('   ')).toBeNull();
    expect(validateEmail(null)).toBeNull();
  });

  it('accepts ordinary addresses, also with Norwegian letters', () => {
    expect(validateEmail('ola.nordmann@kommune.no')).toBeNull();
    expect(validateEmail('kari@lorenskog.kommune.no')).toBeNull();
    expect(validateEmail('øystein.ås@bærum.kommune.no')).toBeNull();
    expect(validateEmail(' ola@nav.no ')).toBeNull();
  });

  it('refuses addresses that are obviously wrong', () => {
    for (const bad of ['ola', 'ola@', '@kommune.no', 'ola@kommune', 'ola nordmann@kommune.no', 'ola@@kommune.no', 'ola@kommune..no', 'ola@.no']) {
      expect(validateEmail(bad), bad).toBe(message);
    }
  });
});

describe('validatePhone', () => {
  const message = 'Telefonnummeret ser ikke riktig ut. Bruk 8 siffer, gjerne med +47 foran.';

  it('treats an empty number as not given', () => {
    expect(validatePhone('')).toBeNull();
    expect(validatePhone(undefined)).toBeNull();
  });

  it('accepts Norwegian numbers with or without +47 / 0047 and spaces', () => {
    for (const ok of ['91234567', '912 34 567', '22 33 44 55', '+4791234567', '+47 912 34 567', '0047 912 34 567', '0047\u00a091234567', '+47-912-34-567', '22.33.44.55', '(+47) 912 34 567']) {
      expect(validatePhone(ok), ok).toBeNull();
    }
  });

  it('accepts international numbers: + and 7–15 digits', () => {
    expect(validatePhone('+48 601 234 567')).toBeNull();
    expect(validatePhone('+4612345')).toBeNull(); // 7 digits
    expect(validatePhone('+123456789012345')).toBeNull(); // 15 digits
  });

  it('refuses anything else', () => {
    for (const bad of ['1234567', '123456789', '+123456', '+1234567890123456', '9123456a', 'ring meg', '47 91234567', '+47 1234 567', '+47 912 34 5678']) {
      expect(validatePhone(bad), bad).toBe(message);
    }
  });
});

describe('validateChoice', () => {
  it('requires a value', () => {
    expect(validateChoice('', 'Velg en enhet.')).toBe('Velg en enhet.');
    expect(validateChoice(null, 'Velg en enhet.')).toBe('Velg en enhet.');
    expect(validateChoice('u1', 'Velg en enhet.')).toBeNull();
  });
});

describe('validatePerson', () => {
  const valid = { name: 'Åse Bråten', unitId: 'u1', role: 'navVeileder', email: '', phone: '' };

  it('has no errors for a complete person', () => {
    expect(validatePerson(valid)).toEqual({});
    expect(hasErrors(validatePerson(valid))).toBe(false);
  });

  it('names every field that is wrong, with the core’s field names', () => {
    const errors = validatePerson({ name: ' ', unitId: '', role: '', email: 'x@y', phone: '12' });
    expect(errors).toEqual({
      name: 'Navn må fylles ut.',
      unit: 'Velg en enhet.',
      role: 'Velg en rolle.',
      email: 'E-postadressen ser ikke riktig ut. Eksempel: ola.nordmann@kommune.no',
      phone: 'Telefonnummeret ser ikke riktig ut. Bruk 8 siffer, gjerne med +47 foran.',
    });
    expect(hasErrors(errors)).toBe(true);
  });
});

describe('toPersonInput', () => {
  it('trims, and sends empty optional fields as null', () => {
    expect(
      toPersonInput({ name: '  Øystein Ås ', unitId: 'u2', role: 'laerer', email: '  ', phone: '' }),
    ).toEqual({ name: 'Øystein Ås', unitId: 'u2', role: 'laerer', email: null, phone: null });
    expect(
      toPersonInput({ name: 'Kari', unitId: 'u1', role: 'leder', email: ' kari@nav.no ', phone: ' 912 34 567 ' }),
    ).toEqual({ name: 'Kari', unitId: 'u1', role: 'leder', email: 'kari@nav.no', phone: '912 34 567' });
  });
});

describe('shownError', () => {
  it('stays quiet about an untouched field before the first save attempt', () => {
    expect(shownError('Navn må fylles ut.', null, false, false)).toBeNull();
  });

  it('shows our check after the field was left, or after a save attempt', () => {
    expect(shownError('Navn må fylles ut.', null, true, false)).toBe('Navn må fylles ut.');
    expect(shownError('Navn må fylles ut.', null, false, true)).toBe('Navn må fylles ut.');
  });

  it('always shows the core’s message, which wins over our own', () => {
    expect(shownError(null, 'Navnet er i bruk.', false, false)).toBe('Navnet er i bruk.');
    expect(shownError('Navn må fylles ut.', 'Navnet er i bruk.', true, true)).toBe('Navnet er i bruk.');
  });

  it('shows nothing when all is well', () => {
    expect(shownError(null, null, true, true)).toBeNull();
  });
});
