import { describe, expect, it } from 'vitest';
import {
  DraftShelf,
  answeredCount,
  evaluationFields,
  evaluationFileName,
  evaluationName,
  evaluationValues,
  itemBlocks,
  itemId,
  latestVerdict,
  newEvaluationValues,
  sameInput,
  scaleSteps,
  toEvaluationInput,
  validateEvaluation,
  type EvaluationFormValues,
} from './evaluations';
import type { Evaluation, EvaluationFormDefinition, EvaluationItem } from './types';

const yesPartlyNo = [
  { key: 'ja', label: 'Ja' },
  { key: 'litt', label: 'Litt' },
  { key: 'nei', label: 'Nei' },
];

// A shortened 6.5 as the core sends it: a choice, the scale, a text, ticks and a text.
const followUp: EvaluationFormDefinition = {
  form: '6.5',
  tool: '6.5',
  title: 'Oppfølging og evaluering av deltakeren i praksisperioden',
  purpose: 'Brukes i oppfølgingssamtalene.',
  sections: [
    {
      key: 'deltaker',
      title: 'Deltakerens egen vurdering',
      respondent: 'participant',
      intro: 'Deltakeren svarer selv.',
      items: [
        { key: 'deltaker.oppgaver', label: 'Klarer du arbeidsoppgavene dine?', kind: { type: 'choice', options: yesPartlyNo }, topic: null },
        { key: 'deltaker.utvikling', label: 'Hvor mye flinkere har du blitt?', kind: { type: 'scale', max: 10 }, topic: null },
        { key: 'deltaker.endre', label: 'Er det noe som bør endres?', kind: { type: 'text' }, topic: null },
      ],
    },
    {
      key: 'arbeidsplassen',
      title: 'Arbeidsplassens vurdering',
      respondent: 'employer',
      intro: 'Fadder eller leder vurderer.',
      items: [
        { key: 'arbeidsplassen.fravaer', label: 'Gir beskjed ved fravær', kind: { type: 'check' }, topic: null },
        { key: 'arbeidsplassen.tid', label: 'Holder tiden', kind: { type: 'check' }, topic: null },
        { key: 'arbeidsplassen.forbedres', label: 'Dette må bli bedre', kind: { type: 'text' }, topic: null },
      ],
    },
  ],
};

const good = (key: string, topic: string): EvaluationItem => ({ key, label: 'Hva var bra?', kind: { type: 'text' }, topic });
const better = (key: string): EvaluationItem => ({ key, label: 'Hva kan bli bedre?', kind: { type: 'text' }, topic: null });

const values = (answers: Record<string, string>, heldOn = '02.11.2026', present = ''): EvaluationFormValues => ({
  heldOn,
  present,
  answers,
});

describe('an evaluation form on screen', () => {
  it('starts a new form on today with nothing answered', () => {
    const v = newEvaluationValues('23.11.2026');
    expect(v).toEqual({ heldOn: '23.11.2026', present: '', answers: {} });
    expect(answeredCount(v, followUp)).toBe(0);
  });

  it('names every field a message from the core can belong to', () => {
    expect(evaluationFields(followUp)).toEqual([
      'heldOn',
      'present',
      'deltaker.oppgaver',
      'deltaker.utvikling',
      'deltaker.endre',
      'arbeidsplassen.fravaer',
      'arbeidsplassen.tid',
      'arbeidsplassen.forbedres',
    ]);
  });

  it('counts an answer only when there is one, and only for items of the form', () => {
    const v = values({
      'deltaker.oppgaver': 'litt',
      'deltaker.utvikling': '7',
      'deltaker.endre': '   ',
      'arbeidsplassen.fravaer': 'ja',
      'arbeidsplassen.tid': '',
      'kommunen.formal.bra': 'from another form',
    });
    expect(answeredCount(v, followUp)).toBe(3);
  });

  it('sends the answers tidied as the core keeps them, and leaves out what is not answered', () => {
    const v = values(
      {
        'deltaker.oppgaver': 'ja',
        'deltaker.utvikling': '7',
        'deltaker.endre': '  Mer tid med  fadderen\nom morgenen.  ',
        'arbeidsplassen.fravaer': 'ja',
        'arbeidsplassen.tid': '',
        'arbeidsplassen.forbedres': ' \n ',
        'ukjent.punkt': 'ja',
      },
      ' 02.11.2026 ',
      '  Amina,  fadder Kari ',
    );
    expect(toEvaluationInput(v, followUp)).toEqual({
      heldOn: '02.11.2026',
      present: 'Amina, fadder Kari',
      answers: {
        'deltaker.oppgaver': 'ja',
        'deltaker.utvikling': '7',
        'deltaker.endre': 'Mer tid med fadderen om morgenen.',
        'arbeidsplassen.fravaer': 'ja',
      },
    });
  });

  it('sees a form as unchanged when it would save the same, and as changed otherwise', () => {
    const saved = values({ 'deltaker.oppgaver': 'ja', 'deltaker.endre': 'Mer tid.' });
    expect(sameInput(values({ 'deltaker.oppgaver': 'ja', 'deltaker.endre': ' Mer  tid. ', 'arbeidsplassen.tid': '' }), saved, followUp)).toBe(true);
    expect(sameInput(values({ 'deltaker.oppgaver': 'nei', 'deltaker.endre': 'Mer tid.' }), saved, followUp)).toBe(false);
    expect(sameInput(values({ 'deltaker.oppgaver': 'ja' }), saved, followUp)).toBe(false);
    expect(sameInput(values({ 'deltaker.oppgaver': 'ja', 'deltaker.endre': 'Mer tid.' }, '03.11.2026'), saved, followUp)).toBe(false);
    expect(sameInput(values({ 'deltaker.oppgaver': 'ja', 'deltaker.endre': 'Mer tid.' }, '02.11.2026', 'Kari'), saved, followUp)).toBe(false);
  });

  it('takes a saved evaluation into the form without sharing its answers', () => {
    const evaluation: Evaluation = {
      id: 'e1',
      placementId: 'p1',
      form: '6.5',
      heldOn: '02.11.2026',
      present: 'Kari',
      answers: { 'deltaker.oppgaver': 'ja' },
      answered: 1,
      total: 23,
      createdAt: '2026-11-02T10:00:00Z',
      updatedAt: '2026-11-02T10:00:00Z',
    };
    const v = evaluationValues(evaluation);
    v.answers['deltaker.oppgaver'] = 'nei';
    expect(evaluation.answers['deltaker.oppgaver']).toBe('ja');
    expect(v.heldOn).toBe('02.11.2026');
    expect(v.present).toBe('Kari');
  });
});

describe('checks while typing', () => {
  it('wants a real date, as dd.mm.åååå', () => {
    expect(validateEvaluation(values({}, ''), followUp).heldOn).toBe('Datoen må fylles ut.');
    expect(validateEvaluation(values({}, '31.02.2026'), followUp).heldOn).toBe(
      '«31.02.2026» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå, for eksempel 05.03.2027.',
    );
    expect(validateEvaluation(values({}, '2.11.2026'), followUp)).toEqual({});
  });

  it('counts a text as the core does: spaces tidied, letters æøå as one each', () => {
    const fits = 'æ'.repeat(998) + '   \n  ø'; // 998 + one space + 1
    expect(validateEvaluation(values({ 'deltaker.endre': fits }), followUp)).toEqual({});
    const over = 'å'.repeat(1001);
    expect(validateEvaluation(values({ 'arbeidsplassen.forbedres': over }), followUp)).toEqual({
      'arbeidsplassen.forbedres': 'Svaret kan være høyst 1000 tegn (nå 1001).',
    });
  });

  it('keeps who was there to one line of 200 characters', () => {
    expect(validateEvaluation(values({}, '02.11.2026', 'x'.repeat(200)), followUp)).toEqual({});
    expect(validateEvaluation(values({}, '02.11.2026', 'x'.repeat(201)), followUp).present).toBe(
      'Hvem var med kan være høyst 200 tegn (nå 201).',
    );
  });
});

describe('laying out a section', () => {
  it('puts a topic with its two questions together, ticks together, and the rest alone', () => {
    const choice: EvaluationItem = { key: 'k.egnet', label: 'Egnet?', kind: { type: 'choice', options: yesPartlyNo }, topic: null };
    const blocks = itemBlocks([
      good('k.a.bra', 'Opplæringen'),
      better('k.a.bedre'),
      good('k.b.bra', 'Oppfølgingen'),
      better('k.b.bedre'),
      choice,
      ...followUp.sections[1].items,
    ]);
    expect(blocks.map((b) => (b.kind === 'single' ? `single ${b.item.key}` : `${b.kind} ${b.items.map((i) => i.key).join(',')}`))).toEqual([
      'topic k.a.bra,k.a.bedre',
      'topic k.b.bra,k.b.bedre',
      'single k.egnet',
      'checks arbeidsplassen.fravaer,arbeidsplassen.tid',
      'single arbeidsplassen.forbedres',
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'topic', topic: 'Opplæringen' });
  });

  it('shows a topic whose pair is cut short with what it has', () => {
    const blocks = itemBlocks([good('k.a.bra', 'Opplæringen'), good('k.b.bra', 'Oppfølgingen')]);
    expect(blocks.map((b) => (b.kind === 'topic' ? b.items.length : -1))).toEqual([1, 1]);
  });

  it('numbers a scale from 1', () => {
    expect(scaleSteps(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scaleSteps(0)).toEqual([]);
  });

  it('makes element ids from item keys', () => {
    expect(itemId('deltaker.norsk')).toBe('evaluation-deltaker-norsk');
    expect(itemId('kommunen.egnet.forbedringer', 'option', '1')).toBe('evaluation-kommunen-egnet-forbedringer-option-1');
  });
});

describe('names', () => {
  it('names an evaluation in messages by its form and date', () => {
    expect(evaluationName({ form: '6.5', heldOn: '02.11.2026' })).toBe('oppfølgingen fra 02.11.2026');
    expect(evaluationName({ form: '7.4', heldOn: '01.03.2027' })).toBe('sluttevalueringen fra 01.03.2027');
  });

  it('suggests file names with the form, the printed name and the date, or blank', () => {
    expect(evaluationFileName('6.5', 'Amina Yusuf', '02.11.2026')).toBe('Oppfølging 6.5 – Amina Yusuf – 02.11.2026.pdf');
    expect(evaluationFileName('7.4', 'AY', null)).toBe('Sluttevaluering 7.4 – AY – blankt skjema.pdf');
    expect(evaluationFileName('6.5', 'Ali/Hassan', null)).toBe('Oppfølging 6.5 – Ali-Hassan – blankt skjema.pdf');
  });
});

describe('drafts of forms left unsaved', () => {
  it('keeps one draft per placement until it is taken back', () => {
    const shelf = new DraftShelf();
    const typed = values({ 'deltaker.endre': 'Mer tid.' });
    shelf.keep({ placementId: 'p1', form: '6.5', evaluationId: null, values: typed });
    // Typing on in the same object does not change what was kept.
    typed.answers['deltaker.endre'] = 'Noe annet';
    expect(shelf.take('p2')).toBeNull();
    const draft = shelf.take('p1');
    expect(draft?.values.answers['deltaker.endre']).toBe('Mer tid.');
    expect(shelf.take('p1')).toBeNull();
  });

  it('keeps only the latest draft of a placement, and forgets it on request', () => {
    const shelf = new DraftShelf();
    shelf.keep({ placementId: 'p1', form: '6.5', evaluationId: null, values: values({}) });
    shelf.keep({ placementId: 'p1', form: '7.4', evaluationId: 'e2', values: values({}) });
    expect(shelf.take('p1')?.form).toBe('7.4');
    shelf.keep({ placementId: 'p1', form: '6.5', evaluationId: null, values: values({}) });
    shelf.forget('p1');
    expect(shelf.take('p1')).toBeNull();
  });
});

describe('the verdict to carry over to the employer', () => {
  const made = (id: string, form: '6.5' | '7.4', answers: Record<string, string>): Evaluation => ({
    id,
    placementId: 'p1',
    form,
    heldOn: '02.11.2026',
    present: '',
    answers,
    answered: Object.keys(answers).length,
    total: form === '6.5' ? 23 : 30,
    createdAt: '2026-11-02T10:00:00Z',
    updatedAt: '2026-11-02T10:00:00Z',
  });

  it('is the latest final evaluation that answers whether the workplace is suitable', () => {
    const list = [
      made('a', '7.4', { 'kommunen.egnet': 'ja' }),
      made('b', '7.4', { 'kommunen.egnet': 'nei' }),
      made('c', '7.4', { 'deltaker.egnet': 'ja' }),
      made('d', '6.5', { 'kommunen.egnet': 'ja' }),
    ];
    expect(latestVerdict(list)).toEqual({ evaluation: list[1], suitable: false });
    expect(latestVerdict(list.slice(0, 1))?.suitable).toBe(true);
  });

  it('is none without a final evaluation that answers it', () => {
    expect(latestVerdict([made('d', '6.5', { 'kommunen.egnet': 'ja' }), made('c', '7.4', {})])).toBeNull();
    expect(latestVerdict([])).toBeNull();
  });
});
