// Pure helpers for the De sju stegene screen: the address of a step, how a step's state and
// estimate read, and the step tools' table rows: their form values and the checks made while the
// user types (the core checks again, with the same wording). No DOM and no api calls here.

import { parseDate, safeFileName } from './format';
import { hashFor } from './nav';
import { collapseSpaces, taskName } from './outline';
import { strings } from './strings';
import { charCount, type FieldErrors } from './validate';
import type { DocumentStatus, StepState, StepStatus, ToolColumn, ToolRow, ToolRowInput } from './types';

const t = strings.steps;
const v = strings.validation;

/** As in the core (`tools.rs`). */
export const MAX_TEXT_CHARS = 200;
export const MAX_LONG_TEXT_CHARS = 2000;
export const MAX_NUMBER = 100_000;
export const STEP_COUNT = 7;

// ---- addresses

/**
 * What `#/steg…` shows: the overview (null), a step (1–7), or 'invalid' for `#/steg/9` and the
 * like, which gets a message rather than some other step.
 */
export function stepFromDetail(detail: string | null): number | 'invalid' | null {
  if (detail === null || detail === '') return null;
  if (!/^\d+$/.test(detail)) return 'invalid';
  const n = Number(detail);
  return n >= 1 && n <= STEP_COUNT ? n : 'invalid';
}

/** `#/steg`, or `#/steg/3`. */
export function stepHash(step: number | null = null): string {
  return step === null ? hashFor('steg') : hashFor('steg', String(step));
}

/** `#/moter?ny=3`: the meeting screen's form for a new meeting, for step 3. */
export function newMeetingHash(step: number): string {
  return `${hashFor('moter')}?ny=${step}`;
}

export function meetingHash(id: string): string {
  return hashFor('moter', id);
}

/** The suggested file name of a printed step. */
export function stepFileName(step: number, groupName: string): string {
  return safeFileName(t.fileName(step, groupName));
}

// ---- how a step reads

/** "3 t 30 min", "2 t", "45 min" (as the core's `describe_minutes`). */
export function formatEstimate(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return t.hoursMinutes(Math.floor(whole / 60), whole % 60);
}

/** "Ikke startet", "Pågår", "Klar til å markeres ferdig", "Ferdig 12.03.2027". */
export function stepStateLabel(status: Pick<StepStatus, 'state' | 'done'>): string {
  switch (status.state) {
    case 'notStarted':
      return t.states.notStarted;
    case 'inProgress':
      return t.states.inProgress;
    case 'ready':
      return t.states.ready;
    case 'done':
      return t.states.done(status.done?.doneOn ?? '');
  }
}

/** The tag colour of a state: grey until started, blue under way, yellow when it can be closed, green when done. */
export function stepStateColor(state: StepState): 'neutral' | 'info' | 'warning' | 'success' {
  return ({ notStarted: 'neutral', inProgress: 'info', ready: 'warning', done: 'success' } as const)[state];
}

/** "2 av 3 dokumenter" */
export function documentsCount(documents: readonly DocumentStatus[]): string {
  return t.documentsCount(documents.filter((d) => d.present).length, documents.length);
}

/**
 * What keeps a step from being done besides the documents (which the list of documents already
 * marks as missing): the open follow-ups. The core words a missing document as its label first.
 */
export function missingBesidesDocuments(status: Pick<StepStatus, 'missing' | 'documents'>): string[] {
  const missingDocs = status.documents.filter((d) => !d.present);
  return status.missing.filter((m) => !missingDocs.some((d) => m.startsWith(d.label)));
}

/** The steps a follow-up of `step` may be carried over to. */
export function laterSteps(step: number): number[] {
  const out: number[] = [];
  for (let n = step + 1; n <= STEP_COUNT; n++) out.push(n);
  return out;
}

// ---- the tools' table rows

/** A tool's key in element ids: "1.1" → "1-1". */
export function toolDomId(key: string): string {
  return key.replace(/[^0-9A-Za-z]/g, '-');
}

/** The step a tool belongs to, from its key: "2.1" → 2. */
export function stepOfTool(key: string): number | null {
  const n = Number.parseInt(key, 10);
  return Number.isNaN(n) ? null : n;
}

/** The form's values, one string per column. */
export type ToolValues = Record<string, string>;

export function emptyToolValues(columns: readonly ToolColumn[]): ToolValues {
  return Object.fromEntries(columns.map((c) => [c.key, '']));
}

/** A stored row as the form's values (ids for units and picked rows, dates as dd.mm.åååå). */
export function toolRowValues(columns: readonly ToolColumn[], row: ToolRow): ToolValues {
  return Object.fromEntries(columns.map((c) => [c.key, row.values[c.key] ?? '']));
}

/** After an add the form starts again, keeping the unit: the next row is often the same unit's. */
export function valuesAfterAdd(columns: readonly ToolColumn[], values: ToolValues): ToolValues {
  return Object.fromEntries(columns.map((c) => [c.key, c.kind.type === 'unit' ? (values[c.key] ?? '') : '']));
}

/** Several sentences as the core keeps them: line breaks stay, other runs of spaces do not. */
export function cleanLongText(value: string): string {
  return value
    .split(/\r?\n/)
    .map((line) => collapseSpaces(line))
    .join('\n')
    .trim();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string): boolean {
  if (parseDate(value)) return true;
  const m = ISO_DATE.exec(value);
  return !!m && parseDate(`${m[3]}.${m[2]}.${m[1]}`) !== null;
}

/** A cell's message while typing, as the core words it; null when the cell is fine. */
export function validateCell(column: ToolColumn, value: string): string | null {
  const raw = value.trim();
  if (raw === '') return column.required ? v.required(column.label) : null;
  switch (column.kind.type) {
    case 'text': {
      const n = charCount(collapseSpaces(raw));
      return n > MAX_TEXT_CHARS ? v.tooLong(column.label, MAX_TEXT_CHARS, n) : null;
    }
    case 'longText': {
      const n = charCount(cleanLongText(raw));
      return n > MAX_LONG_TEXT_CHARS ? v.tooLong(column.label, MAX_LONG_TEXT_CHARS, n) : null;
    }
    case 'date':
      return isDate(raw) ? null : v.dateInvalid(raw);
    case 'number': {
      // Rust's u32 parsing, which the core uses, takes digits with an optional leading "+".
      const ok = /^\+?\d+$/.test(raw) && Number(raw) <= MAX_NUMBER;
      return ok ? null : t.table.numberInvalid(column.label, raw);
    }
    case 'choice': {
      const { options } = column.kind;
      return options.some((o) => o.key === raw) ? null : t.table.chooseAmong(column.label, options.map((o) => o.label));
    }
    default:
      return null;
  }
}

export function validateToolRow(columns: readonly ToolColumn[], values: ToolValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const column of columns) {
    const message = validateCell(column, values[column.key] ?? '');
    if (message) errors[column.key] = message;
  }
  return errors;
}

/** What is sent to the core: cleaned, and empty cells left out. */
export function toToolRowInput(columns: readonly ToolColumn[], values: ToolValues): ToolRowInput {
  const out: Record<string, string> = {};
  for (const column of columns) {
    const raw = values[column.key] ?? '';
    const cleaned = column.kind.type === 'longText' ? cleanLongText(raw) : column.kind.type === 'text' ? collapseSpaces(raw) : raw.trim();
    if (cleaned !== '') out[column.key] = cleaned;
  }
  return { values: out };
}

/** Whether saving the form would change nothing in the row. */
export function unchangedToolRow(columns: readonly ToolColumn[], row: ToolRow, input: ToolRowInput): boolean {
  return columns.every((c) => (row.values[c.key] ?? '') === (input.values[c.key] ?? ''));
}

/**
 * What buttons and messages call a row: its first line of text or picked row ("Butikk"), else
 * its number ("rad 2").
 */
export function toolRowName(columns: readonly ToolColumn[], row: ToolRow, index: number): string {
  const named = columns.find((c) => (c.kind.type === 'text' || c.kind.type === 'from') && row.labels[c.key]);
  return named ? taskName(row.labels[named.key]) : t.table.rowName(index + 1);
}

/** "Legg inn bransjer i 1.1 først." for a from-column with nothing to pick yet. */
export function noSourceText(column: ToolColumn): string | null {
  if (column.kind.type !== 'from') return null;
  const tool = column.kind.tool;
  return t.table.noSource(t.table.sourceRows[tool] ?? column.label.toLowerCase(), tool);
}
