// The phases and tasks of a template or a plan, as the outline editor shows and edits them:
// measuring points, CEFR levels, the form values of a task and of a phase, their checks while
// typing (the core checks again, with the same wording) and where a task goes when moved.

import { strings } from './strings';
import { charCount, type FieldErrors } from './validate';
import type {
  CefrLevel,
  Criterion,
  CriterionKey,
  LanguageRequirement,
  Phase,
  PhaseInput,
  Plan,
  Task,
  TaskInput,
  Template,
  TemplateSummary,
} from './types';

const t = strings.outline;

/** What the outline editor edits: a template or a plan (only `id` and `phases` are read). */
export type OutlineOwner = Template | Plan;

/** As in the core (`outline.rs`). */
export const MAX_PHASES = 6;
export const MAX_TASK_CHARS = 300;
export const MAX_GOAL_CHARS = 300;

/** The three measuring points in the handbook's order: the name in a task, the key in its input. */
export const CRITERIA: readonly { criterion: Criterion; key: CriterionKey }[] = [
  { criterion: 'language', key: 'sprak' },
  { criterion: 'suitability', key: 'egnethet' },
  { criterion: 'performance', key: 'arbeid' },
];

export function criterionKey(criterion: Criterion): CriterionKey {
  return CRITERIA.find((c) => c.criterion === criterion)?.key ?? 'arbeid';
}

export function criterionOfKey(key: CriterionKey): Criterion {
  return CRITERIA.find((c) => c.key === key)?.criterion ?? 'performance';
}

/** "Språkutvikling", "Personlig egnethet", "Arbeidsutførelse". */
export function criterionLabel(criterion: Criterion): string {
  return t.criteria[criterion];
}

/** Designsystemet colour (`data-color`) of each measuring point's tag; the label carries the meaning. */
export const CRITERION_COLORS: Record<Criterion, 'info' | 'brand2' | 'success'> = {
  language: 'info',
  suitability: 'brand2',
  performance: 'success',
};

export const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1'];

/** The per-skill fields of `PhaseInput`, with the property of `LanguageRequirement` each sets. */
export const SKILLS = [
  { field: 'cefrListening', prop: 'listening' },
  { field: 'cefrReading', prop: 'reading' },
  { field: 'cefrSpeaking', prop: 'speaking' },
  { field: 'cefrWriting', prop: 'writing' },
] as const;
export type SkillField = (typeof SKILLS)[number]['field'];

/** Some skill has a level of its own. */
export function hasSkillLevels(language: LanguageRequirement): boolean {
  return SKILLS.some((s) => language[s.prop] !== null);
}

/** "A1", "A1 (lese A2, skrive A1)", "lese A2" or "Ikke satt", worded as the printed form. */
export function describeLanguage(language: LanguageRequirement): string {
  const skills = SKILLS.filter((s) => language[s.prop] !== null).map(
    (s) => `${t.skillShort[s.field]} ${language[s.prop]}`,
  );
  if (language.overall === null) return skills.length ? skills.join(', ') : t.levelNotSet;
  return skills.length ? `${language.overall} (${skills.join(', ')})` : language.overall;
}

/** Texts as the core stores them: runs of spaces and line breaks become one space. */
export function collapseSpaces(text: string): string {
  return text.split(/\s+/u).filter((w) => w !== '').join(' ');
}

function requiredText(value: string, label: string, max: number): string | null {
  const cleaned = collapseSpaces(value);
  if (cleaned === '') return strings.validation.required(label);
  const n = charCount(cleaned);
  return n > max ? strings.validation.tooLong(label, max, n) : null;
}

function optionalText(value: string, label: string, max: number): string | null {
  return collapseSpaces(value) === '' ? null : requiredText(value, label, max);
}

// ---- tasks

export interface TaskFormValues {
  text: string;
  /** '' until a measuring point is chosen. */
  criterion: CriterionKey | '';
  hint: string;
}

export const TASK_FIELDS = ['text', 'criterion', 'hint'] as const;

export function emptyTask(criterion: CriterionKey | '' = ''): TaskFormValues {
  return { text: '', criterion, hint: '' };
}

export function taskValues(task: Task): TaskFormValues {
  return { text: task.text, criterion: criterionKey(task.criterion), hint: task.hint ?? '' };
}

export function validateTask(values: TaskFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const text = requiredText(values.text, t.taskValidationLabel, MAX_TASK_CHARS);
  if (text) errors.text = text;
  if (!values.criterion) errors.criterion = t.chooseCriterion;
  const hint = optionalText(values.hint, t.hintValidationLabel, MAX_TASK_CHARS);
  if (hint) errors.hint = hint;
  return errors;
}

/** Only when the form passes `validateTask`. */
export function toTaskInput(values: TaskFormValues): TaskInput {
  const hint = collapseSpaces(values.hint);
  return {
    text: collapseSpaces(values.text),
    criterion: values.criterion || 'arbeid',
    hint: hint === '' ? null : hint,
  };
}

/** The input would save the task as it already is: nothing to send. */
export function unchangedTask(task: Task, input: TaskInput): boolean {
  return input.text === task.text && input.criterion === criterionKey(task.criterion) && input.hint === task.hint;
}

/** The form holds the task as saved. */
export function sameTask(task: Task, values: TaskFormValues): boolean {
  return unchangedTask(task, toTaskInput(values));
}

/** A task as a short name for buttons and messages: the text, cut after `max` characters. */
export function taskName(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Where a task (or phase) at `index` of `length` goes when moved by `delta` (−1 up, +1 down);
 * null when it cannot move that way.
 */
export function moveTarget(index: number, delta: number, length: number): number | null {
  const to = index + delta;
  return index < 0 || to < 0 || to >= length || delta === 0 ? null : to;
}

/** "12 arbeidsoppgaver · Språkutvikling 4, Personlig egnethet 3, Arbeidsutførelse 5" */
export function phaseCounts(tasks: readonly Task[]): string {
  const total = t.taskCount(tasks.length);
  if (tasks.length === 0) return total;
  const each = criterionCounts(tasks).map((c) => t.criterionCount(criterionLabel(c.criterion), c.count));
  return `${total} · ${each.join(', ')}`;
}

/** How many tasks each measuring point has, in the handbook's order. */
export function criterionCounts(tasks: readonly Task[]): { criterion: Criterion; count: number }[] {
  return CRITERIA.map(({ criterion }) => ({
    criterion,
    count: tasks.filter((task) => task.criterion === criterion).length,
  }));
}

// ---- phases

/** A phase's form: levels as '' (not set) or "A1" … "C1". */
export interface PhaseFormValues {
  goal: string;
  cefr: string;
  cefrListening: string;
  cefrReading: string;
  cefrSpeaking: string;
  cefrWriting: string;
}

export const PHASE_FIELDS = ['goal', 'cefr', 'cefrListening', 'cefrReading', 'cefrSpeaking', 'cefrWriting'] as const;

export function phaseValues(phase: Phase): PhaseFormValues {
  const l = phase.language;
  return {
    goal: phase.goal,
    cefr: l.overall ?? '',
    cefrListening: l.listening ?? '',
    cefrReading: l.reading ?? '',
    cefrSpeaking: l.speaking ?? '',
    cefrWriting: l.writing ?? '',
  };
}

export function validatePhase(values: PhaseFormValues): FieldErrors {
  const goal = optionalText(values.goal, t.goalValidationLabel, MAX_GOAL_CHARS);
  return goal ? { goal } : {};
}

export function toPhaseInput(values: PhaseFormValues): PhaseInput {
  const level = (v: string) => (v === '' ? null : v);
  return {
    goal: collapseSpaces(values.goal),
    cefr: level(values.cefr),
    cefrListening: level(values.cefrListening),
    cefrReading: level(values.cefrReading),
    cefrSpeaking: level(values.cefrSpeaking),
    cefrWriting: level(values.cefrWriting),
  };
}

/** The phase holding a task, and the task's index in it. */
export function findTask(phases: readonly Phase[], taskId: string): { phase: Phase; index: number } | null {
  for (const phase of phases) {
    const index = phase.tasks.findIndex((task) => task.id === taskId);
    if (index >= 0) return { phase, index };
  }
  return null;
}

// ---- templates

/** The list entry of a template the core just returned, so the list keeps step without a reload. */
export function templateSummary(template: Template): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    trade: template.trade,
    isExample: template.isExample,
    phaseCount: template.phases.length,
    taskCount: template.phases.reduce((n, p) => n + p.tasks.length, 0),
    planCount: template.planCount,
  };
}
