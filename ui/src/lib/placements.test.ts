// The placement form's checks and what it sends (validate.ts).
import { describe, expect, it } from 'vitest';
import { toPlacementInput, validatePlacement, type PlacementFormValues } from './validate';

const labels = {
  workplace: 'Arbeidssted',
  mentorName: 'Fadder',
  startDate: 'Startdato',
  endDate: 'Sluttdato',
  chooseDays: 'Velg hvor mange dager i uken.',
};

const good: PlacementFormValues = {
  workplace: 'Kiwi Sentrum',
  mentorName: 'Line Hansen',
  startDate: '01.02.2027',
  endDate: '30.06.2027',
  daysPerWeek: '3',
};

describe('validatePlacement', () => {
  it('accepts a complete placement, and one without a fadder yet', () => {
    expect(validatePlacement(good, labels)).toEqual({});
    expect(validatePlacement({ ...good, mentorName: '  ' }, labels)).toEqual({});
  });

  it('puts each problem at its field with the core’s wording', () => {
    expect(
      validatePlacement({ workplace: ' ', mentorName: '', startDate: '31.02.2027', endDate: '', daysPerWeek: '' }, labels),
    ).toEqual({
      workplace: 'Arbeidssted må fylles ut.',
      startDate: '«31.02.2027» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.',
      endDate: 'Sluttdato må fylles ut.',
      daysPerWeek: 'Velg hvor mange dager i uken.',
    });
  });

  it('refuses an end before the start at the end date', () => {
    expect(validatePlacement({ ...good, endDate: '01.01.2027' }, labels)).toEqual({
      endDate: 'Sluttdatoen kan ikke være før startdatoen (01.02.2027).',
    });
  });
});

describe('toPlacementInput', () => {
  it('trims, keeps the dates as typed and sends the days as a number', () => {
    expect(toPlacementInput('p1', { ...good, workplace: ' Kiwi Sentrum ', startDate: ' 1.2.2027' })).toEqual({
      participantId: 'p1',
      workplace: 'Kiwi Sentrum',
      mentorName: 'Line Hansen',
      startDate: '1.2.2027',
      endDate: '30.06.2027',
      daysPerWeek: 3,
    });
    expect(toPlacementInput('p1', { ...good, daysPerWeek: '' }).daysPerWeek).toBeNull();
  });
});
