import { describe, expect, it } from 'vitest';
import {
  cleanLongText,
  documentsCount,
  emptyToolValues,
  formatEstimate,
  laterSteps,
  missingBesidesDocuments,
  newMeetingHash,
  noSourceText,
  stepFileName,
  stepFromDetail,
  stepHash,
  stepStateColor,
  stepStateLabel,
  toToolRowInput,
  toolDomId,
  toolRowName,
  toolRowValues,
  unchangedToolRow,
  validateCell,
  validateToolRow,
  valuesAfterAdd,
} from './steps';
import { strings } from './strings';
import type { DocumentStatus, ToolColumn, ToolRow } from './types';

// The columns of 1.1 and 1.2, as the core defines them.
const survey: ToolColumn[] = [
  { key: 'enhet', label: 'Enhet', kind: { type: 'unit' }, required: true },
  { key: 'bransje', label: 'Bransje/yrke', kind: { type: 'text' }, required: true },
  {
    key: 'behov',
    label: 'Behov',
    kind: {
      type: 'choice',
      options: [
        { key: 'stort', label: 'Stort behov' },
        { key: 'noe', label: 'Noe behov' },
        { key: 'usikkert', label: 'Usikkert' },
      ],
    },
    required: true,
  },
  { key: 'kilde', label: 'Kilde', kind: { type: 'text' }, required: true },
  { key: 'krav', label: 'Krav som stilles', kind: { type: 'longText' }, required: false },
];
const lineOfWork: ToolColumn = { key: 'bransje', label: 'Bransje/yrke', kind: { type: 'from', tool: '1.1', column: 'bransje' }, required: true };
const deadline: ToolColumn = { key: 'frist', label: 'Frist', kind: { type: 'date' }, required: false };
const count: ToolColumn = { key: 'deltakere', label: 'Aktuelle deltakere', kind: { type: 'number' }, required: false };

const row = (values: Record<string, string>, labels: Record<string, string> = values): ToolRow => ({ id: 'r1', values, labels });

describe('the address of a step', () => {
  it('reads the overview, a step, and a step that does not exist', () => {
    expect(stepFromDetail(null)).toBeNull();
    expect(stepFromDetail('')).toBeNull();
    expect(stepFromDetail('1')).toBe(1);
    expect(stepFromDetail('7')).toBe(7);
    expect(stepFromDetail('0')).toBe('invalid');
    expect(stepFromDetail('8')).toBe('invalid');
    expect(stepFromDetail('to')).toBe('invalid');
    expect(stepFromDetail('2.5')).toBe('invalid');
  });

  it('writes the addresses the screen links to', () => {
    expect(stepHash()).toBe('#/steg');
    expect(stepHash(3)).toBe('#/steg/3');
    expect(newMeetingHash(2)).toBe('#/moter?ny=2');
  });

  it('suggests a file name without characters a file system refuses', () => {
    expect(stepFileName(1, 'Butikk/lager 2027')).toBe('Steg 1 - Butikk-lager 2027.pdf');
  });
});

describe('how a step reads', () => {
  it('writes the estimate in hours and minutes', () => {
    expect(formatEstimate(210)).toBe('3 t 30 min');
    expect(formatEstimate(180)).toBe('3 t');
    expect(formatEstimate(150)).toBe('2 t 30 min');
    expect(formatEstimate(45)).toBe('45 min');
  });

  it('names each state, with the date a step was done', () => {
    expect(stepStateLabel({ state: 'notStarted', done: null })).toBe('Ikke startet');
    expect(stepStateLabel({ state: 'inProgress', done: null })).toBe('Pågår');
    expect(stepStateLabel({ state: 'ready', done: null })).toBe('Klar til å markeres ferdig');
    expect(stepStateLabel({ state: 'done', done: { doneOn: '12.03.2027', doneBy: 'Åse Berg', missing: [] } })).toBe('Ferdig 12.03.2027');
    expect(stepStateColor('done')).toBe('success');
    expect(stepStateColor('ready')).not.toBe(stepStateColor('inProgress'));
  });

  it('counts the documents present', () => {
    const doc = (present: boolean): DocumentStatus => ({ label: 'x', tool: '1.1', toolTitle: 'y', present, detail: '' });
    expect(documentsCount([doc(true), doc(false), doc(true)])).toBe('2 av 3 dokumenter');
    expect(documentsCount([])).toBe('0 av 0 dokumenter');
  });

  it('says which earlier steps are unfinished, in one or several', () => {
    expect(strings.steps.earlierUnfinished([1])).toBe('Steg 1 er ikke ferdig. Dere kan jobbe med flere steg samtidig, men husk rekkefølgen.');
    expect(strings.steps.earlierUnfinished([1, 2])).toBe(
      'Steg 1 og 2 er ikke ferdige. Dere kan jobbe med flere steg samtidig, men husk rekkefølgen.',
    );
    expect(strings.steps.earlierUnfinished([1, 2, 3])).toMatch(/^Steg 1, 2 og 3 er ikke ferdige\./);
  });

  it('lists what is missing besides the documents, which are marked in their own list', () => {
    const docs: DocumentStatus[] = [
      { label: 'Oversikt over arbeidskraftbehovet, med kilder', tool: '1.1', toolTitle: 'Kartlegging', present: true, detail: '2 rader' },
      { label: 'Roller og ansvarsfordeling for steg 1', tool: '1.3', toolTitle: 'Roller og ansvarsfordeling', present: false, detail: 'Ikke fylt ut' },
    ];
    const missing = [
      'Roller og ansvarsfordeling for steg 1 (1.3 Roller og ansvarsfordeling)',
      '1 oppfølgingspunkt er verken utført eller overført til et senere steg',
    ];
    expect(missingBesidesDocuments({ documents: docs, missing })).toEqual([missing[1]]);
    expect(missingBesidesDocuments({ documents: docs, missing: [missing[0]] })).toEqual([]);
  });

  it('offers only later steps to carry a follow-up over to', () => {
    expect(laterSteps(5)).toEqual([6, 7]);
    expect(laterSteps(7)).toEqual([]);
  });

  it('bends the counts by number', () => {
    expect(strings.steps.openFollowUps(0)).toBe('Ingen åpne oppfølgingspunkter');
    expect(strings.steps.openFollowUps(1)).toBe('1 åpent oppfølgingspunkt');
    expect(strings.steps.openFollowUps(3)).toBe('3 åpne oppfølgingspunkter');
    expect(strings.steps.meetingCount(1)).toBe('1 møte');
  });
});

describe('a tool row while typing', () => {
  it('asks for every required column, in the core’s words', () => {
    const errors = validateToolRow(survey, emptyToolValues(survey));
    expect(errors).toEqual({
      enhet: 'Enhet må fylles ut.',
      bransje: 'Bransje/yrke må fylles ut.',
      behov: 'Behov må fylles ut.',
      kilde: 'Kilde må fylles ut.',
    });
  });

  it('takes a filled-in row, with optional columns left empty', () => {
    const values = { enhet: 'u1', bransje: 'Butikk', behov: 'stort', kilde: 'NAVs bedriftsundersøkelse', krav: '' };
    expect(validateToolRow(survey, values)).toEqual({});
  });

  it('counts text length after tidying spaces, and long text keeps its line breaks', () => {
    const text = survey[1];
    expect(validateCell(text, 'a'.repeat(200))).toBeNull();
    expect(validateCell(text, 'a'.repeat(201))).toBe('Bransje/yrke kan være høyst 200 tegn (nå 201).');
    expect(validateCell(text, `${'a'.repeat(100)}      ${'b'.repeat(99)}`)).toBeNull();
    const long = survey[4];
    expect(validateCell(long, 'x'.repeat(2000))).toBeNull();
    expect(validateCell(long, 'x'.repeat(2001))).toBe('Krav som stilles kan være høyst 2000 tegn (nå 2001).');
    expect(cleanLongText('  Førerkort   klasse B \n\n  Norsk  B1 ')).toBe('Førerkort klasse B\n\nNorsk B1');
  });

  it('reads dates as dd.mm.åååå (or åååå-mm-dd) and refuses the rest', () => {
    expect(validateCell(deadline, '05.03.2027')).toBeNull();
    expect(validateCell(deadline, '5.3.2027')).toBeNull();
    expect(validateCell(deadline, '2027-03-05')).toBeNull();
    expect(validateCell(deadline, '')).toBeNull();
    expect(validateCell(deadline, '31.02.2027')).toBe(strings.validation.dateInvalid('31.02.2027'));
    expect(validateCell(deadline, '5.3.27')).toBe(strings.validation.dateInvalid('5.3.27'));
    expect(validateCell({ ...deadline, required: true }, ' ')).toBe('Frist må fylles ut.');
  });

  it('takes whole numbers from 0 to 100000', () => {
    expect(validateCell(count, '0')).toBeNull();
    expect(validateCell(count, '100000')).toBeNull();
    expect(validateCell(count, '100001')).toBe('Aktuelle deltakere må være et helt tall fra 0 til 100000; «100001» er ikke det.');
    expect(validateCell(count, '-1')).not.toBeNull();
    expect(validateCell(count, '2,5')).not.toBeNull();
    expect(validateCell(count, 'tre')).not.toBeNull();
  });

  it('names the allowed choices when a value is not one of them', () => {
    expect(validateCell(survey[2], 'kanskje')).toBe('Velg behov blant: Stort behov, Noe behov, Usikkert.');
  });

  it('says where to add what a from-column picks', () => {
    expect(noSourceText(lineOfWork)).toBe('Legg inn bransjer i 1.1 først.');
    expect(noSourceText(survey[1])).toBeNull();
  });
});

describe('a tool row sent and shown', () => {
  it('sends cleaned values and leaves empty columns out', () => {
    const input = toToolRowInput(survey, { enhet: 'u1', bransje: '  Butikk   og  lager ', behov: 'noe', kilde: 'Nav', krav: ' \n ' });
    expect(input).toEqual({ values: { enhet: 'u1', bransje: 'Butikk og lager', behov: 'noe', kilde: 'Nav' } });
  });

  it('fills the form from a stored row and sees when nothing changed', () => {
    const stored = row({ enhet: 'u1', bransje: 'Butikk', behov: 'noe', kilde: 'Nav' });
    const values = toolRowValues(survey, stored);
    expect(values.krav).toBe('');
    expect(unchangedToolRow(survey, stored, toToolRowInput(survey, values))).toBe(true);
    expect(unchangedToolRow(survey, stored, toToolRowInput(survey, { ...values, kilde: 'Nav og NHO' }))).toBe(false);
  });

  it('keeps the unit for the next row after an add', () => {
    const next = valuesAfterAdd(survey, { enhet: 'u1', bransje: 'Butikk', behov: 'noe', kilde: 'Nav', krav: 'x' });
    expect(next).toEqual({ enhet: 'u1', bransje: '', behov: '', kilde: '', krav: '' });
  });

  it('names a row by its first text or picked row, else by its number', () => {
    expect(toolRowName(survey, row({ enhet: 'u1', bransje: 'Butikk' }, { enhet: 'Nav', bransje: 'Butikk' }), 0)).toBe('Butikk');
    expect(toolRowName([lineOfWork], row({ bransje: 'r1' }, { bransje: 'Renhold' }), 0)).toBe('Renhold');
    expect(toolRowName([deadline], row({ frist: '01.02.2027' }), 2)).toBe('rad 3');
  });

  it('makes element ids of tool keys', () => {
    expect(toolDomId('1.1')).toBe('1-1');
  });
});
