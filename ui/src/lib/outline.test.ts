import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  collapseSpaces,
  criterionCounts,
  criterionKey,
  criterionLabel,
  criterionOfKey,
  describeLanguage,
  findTask,
  hasSkillLevels,
  moveTarget,
  phaseCounts,
  phaseValues,
  sameTask,
  taskName,
  taskValues,
  templateSummary,
  toPhaseInput,
  toTaskInput,
  validatePhase,
  validateTask,
} from './outline';
import type { LanguageRequirement, Phase, Task } from './types';

const none: LanguageRequirement = { overall: null, listening: null, reading: null, speaking: null, writing: null };

function task(id: string, text: string, criterion: Task['criterion'] = 'performance', hint: string | null = null): Task {
  return { id, text, criterion, hint, doneOn: null, mentorConfirmed: false, participantConfirmed: false, comment: '' };
}

function phase(id: string, number: number, tasks: Task[], language = none, goal = ''): Phase {
  return { id, number, goal, language, tasks, passedOn: null };
}

describe('measuring points', () => {
  it('maps the names in tasks to the keys the core takes, in the handbook’s order', () => {
    expect(CRITERIA.map((c) => c.key)).toEqual(['sprak', 'egnethet', 'arbeid']);
    expect(criterionKey('language')).toBe('sprak');
    expect(criterionKey('suitability')).toBe('egnethet');
    expect(criterionOfKey('arbeid')).toBe('performance');
    expect(CRITERIA.map((c) => criterionLabel(c.criterion))).toEqual([
      'Språkutvikling',
      'Personlig egnethet',
      'Arbeidsutførelse',
    ]);
  });

  it('counts tasks per measuring point', () => {
    const tasks = [task('a', 'A', 'language'), task('b', 'B', 'performance'), task('c', 'C', 'performance')];
    expect(criterionCounts(tasks)).toEqual([
      { criterion: 'language', count: 1 },
      { criterion: 'suitability', count: 0 },
      { criterion: 'performance', count: 2 },
    ]);
  });
});

describe('language requirement', () => {
  it('is described as the printed form does', () => {
    expect(describeLanguage(none)).toBe('Ikke satt');
    expect(describeLanguage({ ...none, overall: 'A1' })).toBe('A1');
    expect(describeLanguage({ ...none, overall: 'A1', reading: 'A2', writing: 'A1' })).toBe('A1 (lese A2, skrive A1)');
    expect(describeLanguage({ ...none, reading: 'A2' })).toBe('lese A2');
    expect(describeLanguage({ ...none, listening: 'B1', speaking: 'A2' })).toBe('lytte B1, muntlig A2');
  });

  it('knows when a skill has its own level', () => {
    expect(hasSkillLevels(none)).toBe(false);
    expect(hasSkillLevels({ ...none, overall: 'B1' })).toBe(false);
    expect(hasSkillLevels({ ...none, writing: 'A1' })).toBe(true);
  });
});

describe('task form', () => {
  it('asks for the text and the measuring point with the core’s wording', () => {
    expect(validateTask({ text: '   ', criterion: '', hint: '' })).toEqual({
      text: 'Arbeidsoppgaven må fylles ut.',
      criterion: 'Velg et målepunkt.',
    });
    expect(validateTask({ text: 'Fyller på varer', criterion: 'arbeid', hint: '' })).toEqual({});
  });

  it('counts characters after tidying spaces, as the core does', () => {
    const long = 'å'.repeat(301);
    expect(validateTask({ text: long, criterion: 'arbeid', hint: '' }).text).toBe(
      'Arbeidsoppgaven kan være høyst 300 tegn (nå 301).',
    );
    const spaced = `${'a'.repeat(150)}    \n  ${'b'.repeat(149)}`;
    expect(validateTask({ text: spaced, criterion: 'arbeid', hint: '' }).text).toBeUndefined();
    expect(validateTask({ text: 'Ok', criterion: 'sprak', hint: 'x'.repeat(301) }).hint).toBe(
      'Tipset til fadder kan være høyst 300 tegn (nå 301).',
    );
  });

  it('sends tidy text and a blank hint as null', () => {
    expect(toTaskInput({ text: '  Fyller  på\nvarer ', criterion: 'arbeid', hint: '  ' })).toEqual({
      text: 'Fyller på varer',
      criterion: 'arbeid',
      hint: null,
    });
    expect(collapseSpaces(' a \t b ')).toBe('a b');
  });

  it('starts an edit from the task and sees when nothing changed', () => {
    const t = task('a', 'Hilser på kundene', 'suitability', 'Øv på morgenen');
    const values = taskValues(t);
    expect(values).toEqual({ text: 'Hilser på kundene', criterion: 'egnethet', hint: 'Øv på morgenen' });
    expect(sameTask(t, values)).toBe(true);
    expect(sameTask(t, { ...values, text: 'Hilser på  kundene ' })).toBe(true);
    expect(sameTask(t, { ...values, criterion: 'sprak' })).toBe(false);
    expect(sameTask(t, { ...values, hint: '' })).toBe(false);
  });

  it('shortens long task texts for buttons and messages', () => {
    expect(taskName('Kort')).toBe('Kort');
    const name = taskName('a'.repeat(100), 20);
    expect([...name].length).toBe(20);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('moving', () => {
  it('moves within the list and nowhere beyond it', () => {
    expect(moveTarget(0, -1, 3)).toBeNull();
    expect(moveTarget(0, 1, 3)).toBe(1);
    expect(moveTarget(2, 1, 3)).toBeNull();
    expect(moveTarget(2, -1, 3)).toBe(1);
    expect(moveTarget(-1, 1, 3)).toBeNull();
    expect(moveTarget(1, 0, 3)).toBeNull();
  });

  it('finds a task and its phase', () => {
    const phases = [phase('p1', 1, [task('a', 'A')]), phase('p2', 2, [task('b', 'B'), task('c', 'C')])];
    expect(findTask(phases, 'c')).toEqual({ phase: phases[1], index: 1 });
    expect(findTask(phases, 'x')).toBeNull();
  });
});

describe('phase form', () => {
  it('starts from the phase and sends blank levels as null', () => {
    const p = phase('p', 1, [], { ...none, overall: 'A2', reading: 'B1' }, 'Kjenner butikken');
    const values = phaseValues(p);
    expect(values).toEqual({
      goal: 'Kjenner butikken',
      cefr: 'A2',
      cefrListening: '',
      cefrReading: 'B1',
      cefrSpeaking: '',
      cefrWriting: '',
    });
    expect(toPhaseInput({ ...values, goal: ' Kjenner  butikken ' })).toEqual({
      goal: 'Kjenner butikken',
      cefr: 'A2',
      cefrListening: null,
      cefrReading: 'B1',
      cefrSpeaking: null,
      cefrWriting: null,
    });
  });

  it('allows an empty goal but not a too long one', () => {
    const values = phaseValues(phase('p', 1, []));
    expect(validatePhase(values)).toEqual({});
    expect(validatePhase({ ...values, goal: 'x'.repeat(301) }).goal).toBe('Målet for fasen kan være høyst 300 tegn (nå 301).');
  });
});

describe('template summary', () => {
  it('counts the phases and tasks of a template the core returned', () => {
    const template = {
      id: 't',
      name: 'Butikk (kopi)',
      trade: 'Butikk',
      isExample: false,
      phases: [phase('p1', 1, [task('a', 'A'), task('b', 'B')]), phase('p2', 2, [])],
      planCount: 2,
      warnings: ['Fase 2 har ingen arbeidsoppgaver.'],
      createdAt: '',
      updatedAt: '',
    };
    expect(templateSummary(template)).toEqual({
      id: 't',
      name: 'Butikk (kopi)',
      trade: 'Butikk',
      isExample: false,
      phaseCount: 2,
      taskCount: 2,
      planCount: 2,
    });
  });
});

describe('phase counts', () => {
  it('sums up a phase’s tasks per measuring point', () => {
    expect(phaseCounts([])).toBe('0 arbeidsoppgaver');
    expect(phaseCounts([task('a', 'A', 'language')])).toBe(
      '1 arbeidsoppgave · Språkutvikling 1, Personlig egnethet 0, Arbeidsutførelse 0',
    );
  });
});
