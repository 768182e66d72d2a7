import { describe, expect, it } from 'vitest';
import {
  KINDS,
  NO_FILTER,
  addedRow,
  contactFormValues,
  describeMonths,
  employerFormValues,
  filterEmployers,
  formatOrgNumber,
  isFiltered,
  matchesFilter,
  mentorFormValues,
  mentorTrainingText,
  newSpecHash,
  orgCheckDigit,
  orgNumberComplete,
  orgNumberDigits,
  specHash,
  specStatus,
  suitabilityFormValues,
  suitabilityText,
  toContactInput,
  toEmployerInput,
  toMentorInput,
  toSuitabilityInput,
  tradeSuggestions,
  validOrgNumber,
  validateContact,
  validateEmployer,
  validateMentor,
  validateOrgNumber,
  validateSuitability,
  type EmployerFormValues,
  type ListFilter,
} from './employers';
import { strings } from './strings';
import type { Employer, EmployerSummary, SpecSummary } from './types';

const t = strings.employers;

describe('organisation numbers (MOD11, as src/orgnr.rs)', () => {
  it('accepts numbers of the register and large companies', () => {
    for (const known of ['974760673', '923609016', '984851006', '889640782', '958935420']) {
      expect(validateOrgNumber(known), known).toBeNull();
      expect(validOrgNumber(known)).toBe(known);
    }
  });

  it('accepts spaces, dots, and the NO … MVA form', () => {
    expect(validateOrgNumber(' 974 760 673 ')).toBeNull();
    expect(validOrgNumber('NO 923 609 016 MVA')).toBe('923609016');
    expect(validOrgNumber('974.760.673')).toBe('974760673');
    expect(orgNumberDigits('no 923-609-016 mva')).toBe('923609016');
  });

  it('catches a slip of one digit or a swap with the check digit', () => {
    for (const wrong of ['974760674', '974760637', '923609061', '984851060', '923609017']) {
      expect(validateOrgNumber(wrong), wrong).toBe(t.orgCheckDigit(formatOrgNumber(wrong)));
      expect(validOrgNumber(wrong)).toBeNull();
    }
    expect(validateOrgNumber('974760674')).toContain('kontrollsifferet');
    expect(validateOrgNumber('974760674')).toContain('974 760 674');
  });

  it('says what is wrong, in the core\'s words', () => {
    expect(validateOrgNumber('97476067')).toBe('Et organisasjonsnummer har ni sifre; «97476067» har 8.');
    expect(validateOrgNumber('abc')).toContain('består av ni sifre');
    expect(validateOrgNumber('123456785')).toContain('begynner alltid med 8 eller 9');
    expect(validateOrgNumber('')).toBeNull();
    expect(validateOrgNumber('   ')).toBeNull();
    expect(validOrgNumber('')).toBeNull();
  });

  it('has no valid number when the check would be ten', () => {
    const eights = Array.from({ length: 10 }, (_, last) => [9, 0, 0, 0, 0, 0, 0, last]);
    const ten = eights.find((e) => orgCheckDigit(e) === null);
    expect(ten).toBeDefined();
    for (let last = 0; last <= 9; last++) {
      expect(validateOrgNumber(ten!.join('') + last)).not.toBeNull();
    }
    // 11 − 0 = 11 gives check digit 0.
    expect(orgCheckDigit([0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
  });

  it('formats nine digits in groups of three and knows when a number is typed whole', () => {
    expect(formatOrgNumber('974760673')).toBe('974 760 673');
    expect(formatOrgNumber(null)).toBe('');
    expect(formatOrgNumber('12345')).toBe('12345');
    expect(orgNumberComplete('974 760')).toBe(false);
    expect(orgNumberComplete('974 760 673')).toBe(true);
  });
});

const employer: Employer = {
  id: 'e1',
  name: 'Kiwi Sentrum',
  orgNumber: '974760673',
  trade: 'Butikk',
  address: 'Storgata 1, 1470 Lørenskog',
  sector: 'private',
  notes: 'Ring før kl. 10.',
  kinds: ['languagePractice', 'jobShadowing'],
  busyMonths: [12, 6, 7],
  suitable: false,
  suitabilityAssessedOn: '2026-03-05',
  suitabilityReason: 'Ombygging hele våren',
  contacts: [],
  mentors: [],
  currentPlacements: 0,
  pastPlacements: 0,
  specCount: 0,
  createdAt: '2026-01-01T10:00:00Z',
  updatedAt: '2026-01-01T10:00:00Z',
};

describe('the employer form', () => {
  it('starts from the employer, with the number in groups', () => {
    expect(employerFormValues(employer)).toEqual({
      name: 'Kiwi Sentrum',
      orgNumber: '974 760 673',
      trade: 'Butikk',
      address: 'Storgata 1, 1470 Lørenskog',
      sector: 'privat',
      notes: 'Ring før kl. 10.',
      kinds: ['sprakpraksis', 'hospitering'],
      busyMonths: [12, 6, 7],
    });
    const blank = employerFormValues(null);
    expect(blank.sector).toBe('');
    expect(blank.kinds).toEqual([]);
  });

  it('sends trimmed values, kinds in the handbook\'s order and months in calendar order', () => {
    const values: EmployerFormValues = {
      ...employerFormValues(employer),
      name: '  Kiwi Sentrum ',
      orgNumber: ' 974 760 673 ',
      kinds: ['opplaeringsarena', 'hospitering'],
      busyMonths: [12, 6, 6, 1],
    };
    expect(toEmployerInput(values)).toEqual({
      name: 'Kiwi Sentrum',
      orgNumber: '974 760 673',
      trade: 'Butikk',
      address: 'Storgata 1, 1470 Lørenskog',
      sector: 'privat',
      notes: 'Ring før kl. 10.',
      kinds: ['hospitering', 'opplaeringsarena'],
      busyMonths: [1, 6, 12],
    });
  });

  it('needs a name and a sector, and a valid number when one is typed', () => {
    const errors = validateEmployer({ ...employerFormValues(null), orgNumber: '974760674' });
    expect(errors.name).toBe('Navn må fylles ut.');
    expect(errors.sector).toBe(t.chooseSector);
    expect(errors.orgNumber).toContain('kontrollsifferet');
    expect(errors.trade ?? null).toBeNull();
    const fine = validateEmployer({ ...employerFormValues(null), name: 'Rema 1000', sector: 'privat' });
    expect(Object.values(fine).filter(Boolean)).toEqual([]);
    expect(validateEmployer({ ...employerFormValues(employer), notes: 'x'.repeat(2001) }).notes).toContain('høyst 2000');
  });
});

describe('kinds, months and trades', () => {
  it('has the four kinds with labels and purposes', () => {
    expect(KINDS.map((k) => k.key)).toEqual(['hospitering', 'sprakpraksis', 'arbeidspraksis', 'opplaeringsarena']);
    for (const k of KINDS) expect(k.purpose.length).toBeGreaterThan(20);
    expect(KINDS[0].label).toBe('Hospitering/jobbsnusing');
  });

  it('names months in calendar order', () => {
    expect(describeMonths([12, 6, 7])).toBe('juni, juli og desember');
    expect(describeMonths([5])).toBe('mai');
    expect(describeMonths([])).toBe('');
  });

  it('suggests the trades in use, then the six lines of work not among them', () => {
    expect(tradeSuggestions(['Butikk', 'Transport'])).toEqual([
      'Butikk',
      'Transport',
      'Helse og omsorg',
      'Barnehage',
      'Renhold',
      'Kjøkken og kantine',
      'Lager',
    ]);
    expect(tradeSuggestions(['lager'])).not.toContain('Lager');
  });
});

function summary(over: Partial<EmployerSummary>): EmployerSummary {
  return {
    id: over.name ?? 'x',
    name: 'X',
    orgNumber: null,
    trade: '',
    address: '',
    sector: 'private',
    kinds: [],
    suitable: true,
    hasTrainedMentor: false,
    mentorCount: 0,
    currentPlacements: 0,
    pastPlacements: 0,
    specCount: 0,
    ...over,
  };
}

describe('the list filters (as the core\'s EmployerFilter)', () => {
  const list = [
    summary({ name: 'Kiwi Sentrum', orgNumber: '974760673', trade: 'Butikk', address: 'Storgata 1', kinds: ['languagePractice'], hasTrainedMentor: true }),
    summary({ name: 'Lørenskog sykehjem', trade: 'Helse og omsorg', sector: 'public', kinds: ['workPractice', 'trainingArena'] }),
    summary({ name: 'Rema 1000 Lager', orgNumber: '923609016', trade: 'Lager', address: 'Industriveien 9', suitable: false }),
  ];
  const names = (f: Partial<ListFilter>) => filterEmployers(list, { ...NO_FILTER, ...f }).map((e) => e.name);

  it('lets everything through without a filter, in the given order', () => {
    expect(names({})).toEqual(['Kiwi Sentrum', 'Lørenskog sykehjem', 'Rema 1000 Lager']);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, search: ' ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, trainedMentor: true })).toBe(true);
  });

  it('searches name, bransje, address and the number with or without spaces', () => {
    expect(names({ search: 'LØRENSKOG' })).toEqual(['Lørenskog sykehjem']);
    expect(names({ search: 'omsorg' })).toEqual(['Lørenskog sykehjem']);
    expect(names({ search: 'industri' })).toEqual(['Rema 1000 Lager']);
    expect(names({ search: '974 760' })).toEqual(['Kiwi Sentrum']);
    expect(names({ search: '609016' })).toEqual(['Rema 1000 Lager']);
    expect(names({ search: 'finnes ikke' })).toEqual([]);
  });

  it('filters by bransje, kind, suitability and trained fadder', () => {
    expect(names({ trade: 'lager' })).toEqual(['Rema 1000 Lager']);
    expect(names({ kind: 'opplaeringsarena' })).toEqual(['Lørenskog sykehjem']);
    expect(names({ suitable: 'nei' })).toEqual(['Rema 1000 Lager']);
    expect(names({ suitable: 'ja' })).toEqual(['Kiwi Sentrum', 'Lørenskog sykehjem']);
    expect(names({ trainedMentor: true })).toEqual(['Kiwi Sentrum']);
    expect(matchesFilter(list[0], { ...NO_FILTER, trainedMentor: true, suitable: 'nei' })).toBe(false);
  });
});

describe('suitability', () => {
  const now = new Date(2026, 2, 10);

  it('describes the current assessment', () => {
    expect(suitabilityText(employer)).toBe('Ikke egnet for nye deltakere (vurdert 05.03.2026: Ombygging hele våren)');
    expect(suitabilityText({ ...employer, suitable: true })).toBe('Tar imot nye deltakere');
  });

  it('starts a new assessment as the opposite, dated today', () => {
    expect(suitabilityFormValues(employer, now)).toEqual({ suitable: 'ja', assessedOn: '10.03.2026', reason: '' });
    expect(suitabilityFormValues({ ...employer, suitable: true }, now).suitable).toBe('nei');
  });

  it('needs a reason when not suitable, and a real date not in the future', () => {
    const errors = validateSuitability({ suitable: 'nei', assessedOn: '11.03.2026', reason: ' ' }, now);
    expect(errors.reason).toBe('Begrunnelse må fylles ut.');
    expect(errors.assessedOn).toBe(t.assessmentFuture);
    expect(validateSuitability({ suitable: 'ja', assessedOn: '31.02.2026', reason: '' }, now).assessedOn).toContain('ikke en gyldig dato');
    const fine = validateSuitability({ suitable: 'ja', assessedOn: '10.03.2026', reason: '' }, now);
    expect(Object.values(fine).filter(Boolean)).toEqual([]);
    expect(toSuitabilityInput({ suitable: 'nei', assessedOn: ' 10.03.2026 ', reason: ' Stengt ' })).toEqual({
      suitable: false,
      assessedOn: '10.03.2026',
      reason: 'Stengt',
    });
  });
});

describe('contacts and fadders', () => {
  it('checks phone and e-mail, and sends blanks as null', () => {
    const errors = validateContact({ name: 'Kari', role: '', phone: '12 34', email: 'kari@' });
    expect(errors.phone).toBe(strings.validation.phone);
    expect(errors.email).toBe(strings.validation.email);
    expect(validateContact(contactFormValues(null)).name).toBe('Navn må fylles ut.');
    expect(toContactInput({ name: ' Kari ', role: ' Butikksjef ', phone: ' ', email: '' })).toEqual({
      name: 'Kari',
      role: 'Butikksjef',
      phone: null,
      email: null,
    });
  });

  it('dates fadder training only when trained, never in the future', () => {
    const now = new Date(2026, 2, 10);
    expect(validateMentor({ ...mentorFormValues(null), name: 'Ola', trained: true, trainedOn: '01.04.2026' }, now).trainedOn).toBe(
      t.mentors.trainedOnFuture,
    );
    expect(validateMentor({ ...mentorFormValues(null), name: 'Ola', trained: false, trainedOn: 'tull' }, now).trainedOn).toBeUndefined();
    expect(validateMentor({ ...mentorFormValues(null), name: 'Ola', trained: true, trainedOn: '' }, now).trainedOn).toBeUndefined();
    expect(toMentorInput({ name: 'Ola', role: '', phone: '', trained: false, trainedOn: '01.02.2026' }).trainedOn).toBeNull();
    expect(toMentorInput({ name: 'Ola', role: '', phone: '', trained: true, trainedOn: '01.02.2026' }).trainedOn).toBe('01.02.2026');
    expect(mentorFormValues({ id: 'm', name: 'Ola', role: '', phone: null, trained: true, trainedOn: '2026-02-01', placementCount: 0 }).trainedOn).toBe(
      '01.02.2026',
    );
    expect(mentorTrainingText({ trained: true, trainedOn: '2026-02-01' })).toBe('Ja, 01.02.2026');
    expect(mentorTrainingText({ trained: true, trainedOn: null })).toBe('Ja');
    expect(mentorTrainingText({ trained: false, trainedOn: null })).toBe('Nei');
  });

  it('finds the row an add put in', () => {
    expect(addedRow([{ id: 'a' }], [{ id: 'b' }, { id: 'a' }])).toEqual({ id: 'b' });
    expect(addedRow([{ id: 'a' }], [{ id: 'a' }])).toBeNull();
  });
});

describe('specs and links', () => {
  const spec: SpecSummary = {
    id: 's1',
    employerId: 'e1',
    employerName: 'Kiwi Sentrum',
    position: 'Butikkmedarbeider',
    latestVersion: 2,
    latestAgreedOn: '2026-02-01',
    agreedVersion: 2,
    agreedVersionId: 'v2',
    requirementCount: 12,
    mustCount: 5,
    updatedAt: '2026-02-01T10:00:00Z',
  };

  it('shows version and agreement, or Utkast', () => {
    expect(specStatus(spec)).toBe('versjon 2 · avtalt 01.02.2026');
    expect(specStatus({ ...spec, latestVersion: 1, latestAgreedOn: null })).toBe('versjon 1 · Utkast');
  });

  it('links to a spec and to a new spec for the employer', () => {
    expect(specHash('s1')).toBe('#/kravspesifikasjoner/s1');
    expect(newSpecHash('e1')).toBe('#/kravspesifikasjoner?ny=e1');
  });

  it('names the preparation sheet after the employer', () => {
    expect(t.fileName('Kiwi Sentrum')).toBe('Forberedelse – Kiwi Sentrum.pdf');
    expect(t.placementCounts(2, 5)).toBe('2 pågående · 5 tidligere praksisplasser');
    expect(t.placementCounts(0, 1)).toBe('0 pågående · 1 tidligere praksisplass');
    expect(t.shown(4, 6)).toBe('Viser 4 av 6');
  });
});
