// The evaluations of a placement (forms 6.5 and 7.4) on screen: the form's values as typed, the
// checks made while typing (the core checks again, and alone knows the placement's dates), what
// is sent to the core, how many questions are answered, file names for printing, and the drafts
// kept when a form with unsaved answers is left.

import { safeFileName } from './format';
import { strings } from './strings';
import { charCount, validateDate, type FieldErrors } from './validate';
import type { Evaluation, EvaluationFormDefinition, EvaluationFormKey, EvaluationInput, EvaluationItem } from './types';

const t = strings.evaluations;

export const EVALUATION_FORMS: readonly EvaluationFormKey[] = ['6.5', '7.4'];

/** As the core counts them: `MAX_ANSWER_CHARS` and `MAX_PRESENT_CHARS` in `src/evaluations.rs`. */
export const MAX_ANSWER_CHARS = 1000;
export const MAX_PRESENT_CHARS = 200;

/** What a tick is stored as. */
export const TICKED = 'ja';

/** The form as typed: answers by item key; '' or a missing key is not answered. */
export interface EvaluationFormValues {
  heldOn: string;
  present: string;
  answers: Record<string, string>;
}

/** "6.5 Oppfølging underveis" */
export function formLabel(form: EvaluationFormKey): string {
  return t.forms[form].label;
}

export function items(definition: EvaluationFormDefinition): EvaluationItem[] {
  return definition.sections.flatMap((s) => s.items);
}

/** The fields a form's messages can belong to: the date, who was there, and every item. */
export function evaluationFields(definition: EvaluationFormDefinition): string[] {
  return ['heldOn', 'present', ...items(definition).map((i) => i.key)];
}

/** A new evaluation: held today, nothing answered. */
export function newEvaluationValues(today: string): EvaluationFormValues {
  return { heldOn: today, present: '', answers: {} };
}

/** A saved evaluation's values, to change them. */
export function evaluationValues(evaluation: Evaluation): EvaluationFormValues {
  return { heldOn: evaluation.heldOn, present: evaluation.present, answers: { ...evaluation.answers } };
}

/** Text as the core keeps it: runs of spaces and line breaks become one space. */
export function tidyText(text: string): string {
  return text.split(/\s+/u).filter(Boolean).join(' ');
}

/** Whether an item has an answer (a text of only spaces has none). */
export function isAnswered(values: EvaluationFormValues, key: string): boolean {
  return (values.answers[key] ?? '').trim() !== '';
}

/** How many of the form's items are answered: "12 av 23 besvart". */
export function answeredCount(values: EvaluationFormValues, definition: EvaluationFormDefinition): number {
  return items(definition).filter((i) => isAnswered(values, i.key)).length;
}

/**
 * What is sent to the core: the date and who was there trimmed, and the answers to this form's
 * items only, tidied; unanswered items are left out.
 */
export function toEvaluationInput(values: EvaluationFormValues, definition: EvaluationFormDefinition): EvaluationInput {
  const answers: Record<string, string> = {};
  for (const item of items(definition)) {
    const raw = values.answers[item.key] ?? '';
    const answer = item.kind.type === 'text' ? tidyText(raw) : raw.trim();
    if (answer !== '') answers[item.key] = answer;
  }
  return { heldOn: values.heldOn.trim(), present: tidyText(values.present), answers };
}

/** Whether two versions of the form would save the same. */
export function sameInput(a: EvaluationFormValues, b: EvaluationFormValues, definition: EvaluationFormDefinition): boolean {
  const x = toEvaluationInput(a, definition);
  const y = toEvaluationInput(b, definition);
  const keys = (r: Record<string, string>) => Object.keys(r).sort().join('\n');
  return (
    x.heldOn === y.heldOn &&
    x.present === y.present &&
    keys(x.answers) === keys(y.answers) &&
    Object.entries(x.answers).every(([k, v]) => y.answers[k] === v)
  );
}

/**
 * The checks made while typing: the date must be a real one (that it is not in the future and
 * not before the placement started, the core says), and texts must fit, counted as the core
 * counts them.
 */
export function validateEvaluation(values: EvaluationFormValues, definition: EvaluationFormDefinition): FieldErrors {
  const errors: FieldErrors = {};
  const date = validateDate(values.heldOn, t.form.heldOnFieldLabel);
  if (date) errors.heldOn = date;
  const present = charCount(tidyText(values.present));
  if (present > MAX_PRESENT_CHARS) {
    errors.present = strings.validation.tooLong(t.form.presentLabel, MAX_PRESENT_CHARS, present);
  }
  for (const item of items(definition)) {
    if (item.kind.type !== 'text') continue;
    const n = charCount(tidyText(values.answers[item.key] ?? ''));
    if (n > MAX_ANSWER_CHARS) errors[item.key] = strings.validation.tooLong(t.form.answerLabel, MAX_ANSWER_CHARS, n);
  }
  return errors;
}

/** The numbers of a scale, 1 to `max`. */
export function scaleSteps(max: number): number[] {
  return Array.from({ length: Math.max(0, max) }, (_, i) => i + 1);
}

/**
 * How a section's items are laid out: a topic with its pair of questions ("Hva var bra?" / "Hva
 * kan bli bedre?") side by side under the topic, ticks that follow each other as one block of
 * boxes, and every other item on its own.
 */
export type ItemBlock =
  | { kind: 'topic'; topic: string; items: EvaluationItem[] }
  | { kind: 'checks'; items: EvaluationItem[] }
  | { kind: 'single'; item: EvaluationItem };

export function itemBlocks(sectionItems: readonly EvaluationItem[]): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (let i = 0; i < sectionItems.length; i++) {
    const item = sectionItems[i];
    const last = blocks[blocks.length - 1];
    if (item.topic && item.topic.trim() !== '') {
      const next = sectionItems[i + 1];
      // The second question of the pair has no topic of its own.
      const pair = next && !next.topic && next.kind.type === 'text' ? [item, next] : [item];
      blocks.push({ kind: 'topic', topic: item.topic, items: pair });
      i += pair.length - 1;
    } else if (item.kind.type === 'check') {
      if (last?.kind === 'checks') last.items.push(item);
      else blocks.push({ kind: 'checks', items: [item] });
    } else {
      blocks.push({ kind: 'single', item });
    }
  }
  return blocks;
}

/** "oppfølgingen fra 02.11.2026", for messages. */
export function evaluationName(evaluation: Pick<Evaluation, 'form' | 'heldOn'>): string {
  return t.name(t.forms[evaluation.form].short, evaluation.heldOn);
}

/**
 * "Oppfølging 6.5 – Amina Yusuf – 02.11.2026.pdf"; a blank form (no date) ends in "blankt
 * skjema". `who` is the name as printed (initials when the participant asked for that).
 */
export function evaluationFileName(form: EvaluationFormKey, who: string, heldOn: string | null): string {
  return safeFileName(t.fileName(t.forms[form].fileName, who, heldOn));
}

/** An element id made from an item key and what it is ("deltaker.norsk" → "evaluation-deltaker-norsk-…"). */
export function itemId(key: string, ...parts: string[]): string {
  return ['evaluation', key, ...parts].join('-').replace(/[^A-Za-z0-9_-]+/g, '-');
}

// ---- drafts

/** A form left with answers that were not saved: where it belongs, and what was typed. */
export interface EvaluationDraft {
  placementId: string;
  form: EvaluationFormKey;
  /** The saved evaluation being changed, or null for a new one. */
  evaluationId: string | null;
  values: EvaluationFormValues;
}

/**
 * Drafts by placement, for as long as the window is open: leaving the "Evaluering" view, the plan
 * or the screen takes the form away, and what was typed waits here until the view is opened
 * again. One per placement: a placement's view shows one form at a time.
 */
export class DraftShelf {
  #drafts = new Map<string, EvaluationDraft>();

  keep(draft: EvaluationDraft): void {
    this.#drafts.set(draft.placementId, {
      ...draft,
      values: { ...draft.values, answers: { ...draft.values.answers } },
    });
  }

  /** The placement's draft, taken off the shelf. */
  take(placementId: string): EvaluationDraft | null {
    const draft = this.#drafts.get(placementId) ?? null;
    this.#drafts.delete(placementId);
    return draft;
  }

  forget(placementId: string): void {
    this.#drafts.delete(placementId);
  }
}

export const drafts = new DraftShelf();

/** The item of 7.4 where the municipality says whether the workplace takes new participants. */
export const VERDICT_ITEM = 'kommunen.egnet';

/** The latest final evaluation (7.4) with the municipality's verdict, and what it says. */
export function latestVerdict(evaluations: Evaluation[]): { evaluation: Evaluation; suitable: boolean } | null {
  for (let i = evaluations.length - 1; i >= 0; i--) {
    const e = evaluations[i];
    const answer = e.answers[VERDICT_ITEM];
    if (e.form === '7.4' && answer) return { evaluation: e, suitable: answer === 'ja' };
  }
  return null;
}
