// The Kravspesifikasjoner screen's pure logic (specs.ts).
import { describe, expect, it } from 'vitest';
import {
  agreedSpecOptions,
  agreedWithSuggestions,
  agreementFields,
  agreementFileName,
  canAgree,
  canDiscard,
  canWithdraw,
  coverageGroups,
  coveredCount,
  dateText,
  describeRequirement,
  editMakesNewVersion,
  emptyRequirement,
  groupByEmployer,
  groupRequirements,
  isMissingMust,
  newSpecHash,
  newVersionNotice,
  phaseLabel,
  requirementValues,
  specFileName,
  specHash,
  specRoute,
  summaryStatus,
  toAgreementInput,
  toRequirementInput,
  unchangedRequirement,
  validateAgreement,
  validatePlacementGoal,
  validateRequirement,
  versionOptionLabel,
  versionStatus,
} from './specs';
import type { Coverage, Placement, Requirement, Spec, SpecSummary, SpecVersion } from './types';

let n = 0;
function req(over: Partial<Requirement>): Requirement {
  n++;
  return {
    id: `r${n}`,
    lineage: `l${n}`,
    group: 'work',
    skill: null,
    cefr: null,
    text: 'Kan ta imot kunder',
    need: 'must',
    byPhase: null,
    ...over,
  };
}

function version(over: Partial<SpecVersion> = {}): SpecVersion {
  return {
    id: 'v1',
    number: 1,
    agreedOn: null,
    agreedWith: null,
    agreedBy: null,
    isLatest: true,
    placementCount: 0,
    requirements: [],
    createdAt: '2027-03-01T10:00:00Z',
    ...over,
  };
}

function spec(v: Partial<SpecVersion> = {}, versions = 1): Spec {
  const shown = version(v);
  return {
    id: 's1',
    employerId: 'e1',
    employerName: 'Matbutikken Sentrum',
    position: 'Butikkmedarbeider',
    versions: Array.from({ length: versions }, (_, i) => ({
      id: `v${i + 1}`,
      number: i + 1,
      agreedOn: i + 1 < versions ? '2027-03-12' : shown.agreedOn,
      agreedWith: null,
      placementCount: 0,
      requirementCount: 3,
    })),
    version: shown,
    createdAt: '2027-03-01T10:00:00Z',
    updatedAt: '2027-03-01T10:00:00Z',
  };
}

function summary(over: Partial<SpecSummary>): SpecSummary {
  return {
    id: 's1',
    employerId: 'e1',
    employerName: 'Matbutikken Sentrum',
    position: 'Butikkmedarbeider',
    latestVersion: 1,
    latestAgreedOn: null,
    agreedVersion: null,
    agreedVersionId: null,
    requirementCount: 3,
    mustCount: 2,
    updatedAt: '2027-03-01T10:00:00Z',
    ...over,
  };
}

describe('describeRequirement', () => {
  it('words a requirement as the core and the printed form do', () => {
    expect(describeRequirement(req({ text: 'Vet hva en butikkmedarbeider gjør' }))).toBe('Vet hva en butikkmedarbeider gjør');
    expect(describeRequirement(req({ group: 'basicSkills', skill: 'regning', text: 'Teller varer' }))).toBe(
      'Regning: Teller varer',
    );
    expect(describeRequirement(req({ group: 'language', skill: 'lese', cefr: 'A2', text: 'etiketter' }))).toBe(
      'Lese: A2 – etiketter',
    );
    expect(describeRequirement(req({ group: 'language', skill: null, cefr: 'A1', text: '' }))).toBe('Samlet: A1');
    expect(describeRequirement(req({ group: 'language', skill: 'muntlig', cefr: 'B1', text: '' }))).toBe('Muntlig: B1');
  });

  it('says when a requirement must be met', () => {
    expect(phaseLabel(null)).toBe('Før start');
    expect(phaseLabel(null, 'must')).toBe('Før start');
    expect(phaseLabel(null, 'should')).toBe('Underveis');
    expect(phaseLabel(2)).toBe('Innen fase 2');
    expect(phaseLabel(3, 'should')).toBe('Innen fase 3');
  });
});

describe('groupRequirements', () => {
  it('gives all six groups in the handbook order, keeping the order within each', () => {
    const a = req({ text: 'A' });
    const b = req({ group: 'language', skill: 'lytte', cefr: 'A1', text: '', need: 'should' });
    const c = req({ text: 'C', need: 'should' });
    const groups = groupRequirements([a, b, c]);
    expect(groups.map((g) => g.key)).toEqual(['arbeid', 'grunnleggende', 'sprak', 'personlig', 'hms', 'sertifikat']);
    expect(groups[0].label).toBe('Arbeidsoppgaver og fagkunnskap');
    expect(groups[0].requirements).toEqual([a, c]);
    expect(groups[0].mustCount).toBe(1);
    expect(groups[2].requirements).toEqual([b]);
    expect(groups[1].requirements).toEqual([]);
    expect(groups[4].label).toBe('HMS, hygiene, arbeidstøy og arbeidslivets regler');
  });
});

describe('the requirement form', () => {
  it('requires a text, except on a language requirement', () => {
    expect(validateRequirement('work', { ...emptyRequirement(), text: '  \n ' })).toEqual({ text: 'Krav må fylles ut.' });
    expect(validateRequirement('work', { ...emptyRequirement(), text: 'Kan kildesortere' })).toEqual({});
    expect(validateRequirement('language', { ...emptyRequirement(), cefr: 'A1' })).toEqual({});
  });

  it('requires a level on a language requirement, with the core’s wording', () => {
    expect(validateRequirement('language', { ...emptyRequirement(), skill: 'lytte', text: 'beskjeder' })).toEqual({
      cefr: 'Språknivå må fylles ut.',
    });
    expect(validateRequirement('language', { ...emptyRequirement(), cefr: 'D7' }).cefr).toBe('Språknivå må fylles ut.');
  });

  it('requires one of the five skills on a basic-skills requirement', () => {
    expect(validateRequirement('basicSkills', { ...emptyRequirement(), text: 'Leser bestillinger' }).skill).toMatch(
      /^Velg hvilken grunnleggende ferdighet/,
    );
    expect(validateRequirement('basicSkills', { ...emptyRequirement(), skill: 'lesing', text: 'Leser' })).toEqual({});
  });

  it('counts a text over 300 characters after tidying the spaces', () => {
    const long = 'a'.repeat(301);
    expect(validateRequirement('work', { ...emptyRequirement(), text: long }).text).toBe(
      'Krav kan være høyst 300 tegn (nå 301).',
    );
    expect(validateRequirement('work', { ...emptyRequirement(), text: `  ${'a'.repeat(300)}  ` })).toEqual({});
  });

  it('sends only what the group uses, with tidied text and the phase as a number', () => {
    const values = { skill: 'lesing', cefr: 'A2', text: ' Leser  en\nbestilling ', need: 'bor' as const, byPhase: '2' };
    expect(toRequirementInput('basicSkills', values)).toEqual({
      group: 'grunnleggende',
      skill: 'lesing',
      cefr: null,
      text: 'Leser en bestilling',
      need: 'bor',
      byPhase: 2,
    });
    expect(toRequirementInput('work', { ...values, byPhase: '' })).toMatchObject({ group: 'arbeid', skill: null, byPhase: null });
    expect(toRequirementInput('language', { ...values, skill: '' })).toMatchObject({ group: 'sprak', skill: null, cefr: 'A2' });
  });

  it('starts an edit from the requirement, and sees when nothing changed', () => {
    const lese = req({ group: 'language', skill: 'lese', cefr: 'A2', text: 'etiketter', need: 'should', byPhase: 3 });
    const values = requirementValues(lese);
    expect(values).toEqual({ skill: 'lese', cefr: 'A2', text: 'etiketter', need: 'bor', byPhase: '3' });
    expect(unchangedRequirement(lese, toRequirementInput('language', values))).toBe(true);
    expect(unchangedRequirement(lese, toRequirementInput('language', { ...values, byPhase: '2' }))).toBe(false);
    expect(emptyRequirement('bor')).toEqual({ skill: '', cefr: '', text: '', need: 'bor', byPhase: '' });
  });
});

describe('versions', () => {
  it('says who it was agreed with and who recorded it', () => {
    expect(versionStatus(version({ agreedOn: '2027-03-12', agreedWith: 'Kari Nilsen', agreedBy: 'Åse Berg' }))).toBe(
      'Avtalt 12.03.2027 med Kari Nilsen (registrert av Åse Berg)',
    );
    expect(versionStatus(version({ agreedOn: '2027-03-12', agreedWith: 'Kari Nilsen' }))).toBe(
      'Avtalt 12.03.2027 med Kari Nilsen',
    );
    expect(versionStatus(version({ number: 2 }))).toBe('Versjon 2 er et utkast og er ikke avtalt med arbeidsgiveren ennå.');
  });

  it('labels the versions in the picker', () => {
    expect(versionOptionLabel({ id: 'v', number: 1, agreedOn: '2027-03-12', agreedWith: 'Kari', placementCount: 0, requirementCount: 1 })).toBe(
      'Versjon 1 – avtalt 12.03.2027',
    );
    expect(versionOptionLabel({ id: 'v', number: 2, agreedOn: null, agreedWith: null, placementCount: 0, requirementCount: 1 })).toBe(
      'Versjon 2 – utkast',
    );
  });

  it('knows what can be done with the version shown', () => {
    const draft = spec();
    expect([canAgree(draft), editMakesNewVersion(draft), canWithdraw(draft), canDiscard(draft)]).toEqual([true, false, false, false]);
    const agreed = spec({ agreedOn: '2027-03-12', agreedWith: 'Kari Nilsen' });
    expect([canAgree(agreed), editMakesNewVersion(agreed), canWithdraw(agreed), canDiscard(agreed)]).toEqual([false, true, true, false]);
    const used = spec({ agreedOn: '2027-03-12', placementCount: 1 });
    expect(canWithdraw(used)).toBe(false);
    const second = spec({ id: 'v2', number: 2 }, 2);
    expect(canDiscard(second)).toBe(true);
    const older = spec({ agreedOn: '2027-03-12', isLatest: false }, 2);
    expect([canAgree(older), editMakesNewVersion(older), canWithdraw(older), canDiscard(older)]).toEqual([false, false, false, false]);
  });

  it('announces a new version only when an edit made one', () => {
    const agreed = spec({ agreedOn: '2027-03-12' });
    const after = spec({ id: 'v2', number: 2 }, 2);
    expect(newVersionNotice(agreed, after)).toBe('Versjon 2 er laget med endringen. Versjon 1 er uendret.');
    expect(newVersionNotice(after, after)).toBeNull();
  });
});

describe('the list', () => {
  it('shows the status of the latest version', () => {
    expect(summaryStatus(summary({ latestVersion: 2, latestAgreedOn: '2027-03-12', agreedVersion: 2, agreedVersionId: 'v2' }))).toEqual({
      text: 'Avtalt 12.03.2027 (v2)',
      agreed: true,
    });
    expect(summaryStatus(summary({}))).toEqual({ text: 'Utkast', agreed: false });
    expect(summaryStatus(summary({ latestVersion: 2, agreedVersion: 1, agreedVersionId: 'v1' })).text).toBe(
      'Utkast (v2) · v1 er avtalt',
    );
  });

  it('groups by employer in Norwegian order, positions sorted within', () => {
    const groups = groupByEmployer([
      summary({ id: 'a', employerId: 'e2', employerName: 'Åsen sykehjem', position: 'Renholder' }),
      summary({ id: 'b', employerId: 'e1', employerName: 'Matbutikken', position: 'Lagermedarbeider' }),
      summary({ id: 'c', employerId: 'e1', employerName: 'Matbutikken', position: 'Butikkmedarbeider' }),
      summary({ id: 'd', employerId: 'e3', employerName: 'Ørsta bakeri', position: 'Baker' }),
    ]);
    expect(groups.map((g) => g.employerName)).toEqual(['Matbutikken', 'Ørsta bakeri', 'Åsen sykehjem']);
    expect(groups[0].specs.map((s) => s.id)).toEqual(['c', 'b']);
  });
});

describe('the address', () => {
  it('opens one specification, or the form for a new one with the employer chosen', () => {
    expect(specHash('abc')).toBe('#/kravspesifikasjoner/abc');
    expect(specHash(null)).toBe('#/kravspesifikasjoner');
    expect(newSpecHash('e1')).toBe('#/kravspesifikasjoner?ny=e1');
    expect(specRoute('#/kravspesifikasjoner/abc')).toEqual({ specId: 'abc', creating: false, employerId: null });
    expect(specRoute('#/kravspesifikasjoner?ny=e1')).toEqual({ specId: null, creating: true, employerId: 'e1' });
    expect(specRoute('#/kravspesifikasjoner?ny=')).toEqual({ specId: null, creating: true, employerId: null });
    expect(specRoute('#/kravspesifikasjoner')).toEqual({ specId: null, creating: false, employerId: null });
  });
});

describe('file names', () => {
  it('names the printed specification after employer, position and version', () => {
    expect(specFileName('Matbutikken Sentrum', 'Butikkmedarbeider', 2)).toBe(
      'Kravspesifikasjon – Matbutikken Sentrum – Butikkmedarbeider v2.pdf',
    );
    expect(specFileName('A/S Bygg: Øst', 'Tømrer', 1)).toBe('Kravspesifikasjon – A-S Bygg- Øst – Tømrer v1.pdf');
  });

  it('names the placement agreement after participant and workplace', () => {
    expect(agreementFileName('Amina Yusuf', 'Matbutikken Sentrum')).toBe('Praksisavtale – Amina Yusuf – Matbutikken Sentrum.pdf');
  });
});

describe('the agreement form', () => {
  it('writes today as dd.mm.åååå', () => {
    expect(dateText(new Date(2027, 2, 5))).toBe('05.03.2027');
  });

  it('needs a real date, not in the future, and whom it was agreed with', () => {
    expect(validateAgreement({ agreedOn: '12.03.2027', agreedWith: 'Kari Nilsen' }, '2027-03-12')).toEqual({});
    expect(validateAgreement({ agreedOn: '13.03.2027', agreedWith: 'Kari Nilsen' }, '2027-03-12')).toEqual({
      agreedOn: 'Avtalen kan ikke være datert fram i tid.',
    });
    expect(validateAgreement({ agreedOn: '31.02.2027', agreedWith: ' ' }, '2027-03-12')).toEqual({
      agreedOn: '«31.02.2027» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.',
      agreedWith: 'Avtalt med må fylles ut.',
    });
  });

  it('suggests each contact once, in order', () => {
    expect(agreedWithSuggestions([{ name: 'Ola Holm' }, { name: 'Kari Nilsen' }, { name: 'Ola Holm ' }, { name: '' }])).toEqual([
      'Kari Nilsen',
      'Ola Holm',
    ]);
  });
});

describe('coverage', () => {
  const must = req({ text: 'Kjenner varegruppene' });
  const should = req({ text: 'Kjenner allergiene', need: 'should' });
  const level = req({ group: 'language', skill: 'lytte', cefr: 'A1', text: '' });
  const coverage: Coverage = {
    specId: 's1',
    version: 1,
    templateId: 't1',
    templateName: 'Butikkmedarbeider',
    templateIsExample: true,
    items: [
      { requirement: must, description: 'Kjenner varegruppene', coveredBy: [] },
      { requirement: should, description: 'Kjenner allergiene', coveredBy: [] },
      { requirement: level, description: 'Lytte: A1', coveredBy: ['Fase 1: språkkrav lytte A1'] },
    ],
    uncoveredMust: 1,
  };

  it('counts what is covered and marks the uncovered "må"', () => {
    expect(coveredCount(coverage)).toBe(1);
    expect(coverage.items.map(isMissingMust)).toEqual([true, false, false]);
  });

  it('groups the rows, leaving out empty groups', () => {
    expect(coverageGroups(coverage).map((g) => [g.key, g.items.length])).toEqual([
      ['arbeid', 2],
      ['sprak', 1],
    ]);
  });
});

describe('the placement agreement fields', () => {
  const placement = {
    employerId: 'e1',
    mentorId: 'm1',
    contactId: null,
    kind: 'workPractice',
    schoolDaysPerWeek: 2,
    goal: 'Jobb i butikken',
    specVersionId: 'v2',
  } as unknown as Placement;

  it('start from the placement, or empty', () => {
    expect(agreementFields(placement)).toEqual({
      employerId: 'e1',
      mentorId: 'm1',
      contactId: '',
      kind: 'arbeidspraksis',
      schoolDaysPerWeek: '2',
      goal: 'Jobb i butikken',
      specVersionId: 'v2',
    });
    expect(agreementFields(null)).toEqual({
      employerId: '',
      mentorId: '',
      contactId: '',
      kind: '',
      schoolDaysPerWeek: '',
      goal: '',
      specVersionId: '',
    });
  });

  it('send nulls for what is not chosen, and nothing of the employer’s without one', () => {
    expect(toAgreementInput({ ...agreementFields(placement), schoolDaysPerWeek: '0', goal: ' Jobb  i\nbutikken ' })).toEqual({
      employerId: 'e1',
      mentorId: 'm1',
      contactId: null,
      kind: 'arbeidspraksis',
      schoolDaysPerWeek: 0,
      goal: 'Jobb i butikken',
      specVersionId: 'v2',
    });
    expect(toAgreementInput({ ...agreementFields(placement), employerId: '' })).toMatchObject({
      employerId: null,
      mentorId: null,
      contactId: null,
      specVersionId: null,
      schoolDaysPerWeek: 2,
    });
  });

  it('check the goal’s length', () => {
    expect(validatePlacementGoal('x'.repeat(500))).toBeNull();
    expect(validatePlacementGoal('x'.repeat(501))).toBe('Mål for praksisen kan være høyst 500 tegn (nå 501).');
  });

  it('offer only agreed versions, labelled with the date', () => {
    const options = agreedSpecOptions(
      [
        summary({ id: 'a', latestVersion: 2, latestAgreedOn: '2027-03-12', agreedVersion: 2, agreedVersionId: 'a2' }),
        summary({ id: 'b', position: 'Lagermedarbeider', latestVersion: 3, agreedVersion: 2, agreedVersionId: 'b2' }),
        summary({ id: 'c', position: 'Kasserer' }),
      ],
      (s) => (s.id === 'b' ? '2027-01-05' : null),
    );
    expect(options).toEqual([
      { versionId: 'a2', label: 'Butikkmedarbeider, versjon 2 (avtalt 12.03.2027)' },
      { versionId: 'b2', label: 'Lagermedarbeider, versjon 2 (avtalt 05.01.2027)' },
    ]);
  });
});
