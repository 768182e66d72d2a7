// Pure validation used while the user types. The core validates again and answers with the same
// kind of message and the field it belongs to; these functions only spare the round trip.

import { formatDate, parseDate } from './format';
import { strings } from './strings';
import type { PersonInput, PlacementInput } from './types';

const v = strings.validation;

export const NAME_MAX = 200;

/** Characters as a person counts them (code points, so "Å" and "😀" are one each). */
export function charCount(value: string): number {
  return [...value].length;
}

/** Required short text: not empty or only spaces, at most `max` characters after trimming. */
export function validateName(
  value: string,
  label: string = v.nameLabel,
  max: number = NAME_MAX,
): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return v.required(label);
  const n = charCount(trimmed);
  if (n > max) return v.tooLong(label, max, n);
  return null;
}

// Something@something.something, no spaces, one @. Deliberately loose: it catches typing slips,
// not every address the RFC forbids. Norwegian letters are allowed on both sides.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/** Optional e-mail: empty is fine; otherwise it must look like an address. */
export function validateEmail(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  return EMAIL.test(trimmed) ? null : v.email;
}

// Separators people write between digit groups. The core accepts the same.
const SEPARATORS = /[\s\u00a0().-]+/g;
const NORWEGIAN = /^(?:\+47|0047)?\d{8}$/;
const INTERNATIONAL = /^\+(?!47)\d{7,15}$/;

/**
 * Optional phone number: empty is fine; otherwise 8 digits with optional +47 or 0047, or
 * another country's number as + and 7–15 digits.
 */
export function validatePhone(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  const compact = trimmed.replace(SEPARATORS, '');
  return NORWEGIAN.test(compact) || INTERNATIONAL.test(compact) ? null : v.phone;
}

/** A select that must have a value. */
export function validateChoice(value: string | null | undefined, message: string): string | null {
  return value ? null : message;
}

/** A required date typed as dd.mm.åååå (or d.m.åååå): empty, or not a real date, is a message. */
export function validateDate(value: string, label: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return v.required(label);
  return parseDate(trimmed) ? null : v.dateInvalid(trimmed);
}

/**
 * The end of a period: its own check first, then that it is not before `start` (only when the
 * start is a real date, so a bad start is reported at the start field alone).
 */
export function validateEndDate(start: string, end: string, label: string): string | null {
  const own = validateDate(end, label);
  if (own) return own;
  const from = parseDate(start);
  const to = parseDate(end);
  if (from && to && to < from) return v.endBeforeStart(formatDate(from));
  return null;
}

/** A placement's form as typed; `daysPerWeek` is '' until chosen. */
export interface PlacementFormValues {
  workplace: string;
  mentorName: string;
  startDate: string;
  endDate: string;
  daysPerWeek: string;
}

/** Labels as the core names the fields in its messages. */
export interface PlacementLabels {
  workplace: string;
  mentorName: string;
  startDate: string;
  endDate: string;
  chooseDays: string;
}

export function validatePlacement(values: PlacementFormValues, labels: PlacementLabels): FieldErrors {
  const errors: FieldErrors = {};
  const checks: [string, string | null][] = [
    ['workplace', validateName(values.workplace, labels.workplace)],
    ['mentorName', values.mentorName.trim() === '' ? null : validateName(values.mentorName, labels.mentorName)],
    ['startDate', validateDate(values.startDate, labels.startDate)],
    ['endDate', validateEndDate(values.startDate, values.endDate, labels.endDate)],
    ['daysPerWeek', validateChoice(values.daysPerWeek, labels.chooseDays)],
  ];
  for (const [field, message] of checks) {
    if (message) errors[field] = message;
  }
  return errors;
}

/** What is sent to the core: trimmed; dates as typed (the core reads dd.mm.åååå). */
export function toPlacementInput(participantId: string, values: PlacementFormValues): PlacementInput {
  const days = Number.parseInt(values.daysPerWeek, 10);
  return {
    participantId,
    workplace: values.workplace.trim(),
    mentorName: values.mentorName.trim(),
    startDate: values.startDate.trim(),
    endDate: values.endDate.trim(),
    daysPerWeek: Number.isNaN(days) ? null : days,
  };
}

export interface PersonFormValues {
  name: string;
  unitId: string;
  role: string;
  email: string;
  phone: string;
}

/** Field name (as the core names it) → message. */
export type FieldErrors = Partial<Record<string, string | null>>;

export function validatePerson(values: PersonFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const checks: [string, string | null][] = [
    ['name', validateName(values.name)],
    ['unit', validateChoice(values.unitId, v.chooseUnit)],
    ['role', validateChoice(values.role, v.chooseRole)],
    ['email', validateEmail(values.email)],
    ['phone', validatePhone(values.phone)],
  ];
  for (const [field, message] of checks) {
    if (message) errors[field] = message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((m) => !!m);
}

/** What is sent to the core: trimmed, and empty optional fields as null. */
export function toPersonInput(values: PersonFormValues): PersonInput {
  const optional = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    name: values.name.trim(),
    unitId: values.unitId,
    role: values.role,
    email: optional(values.email),
    phone: optional(values.phone),
  };
}

/**
 * Which message a field shows. A message from the core wins until the user edits the field
 * again; our own check is shown only after the field was left once or a save was attempted, so
 * an untouched empty field is never marked.
 */
export function shownError(
  clientError: string | null | undefined,
  serverError: string | null | undefined,
  touched: boolean,
  submitted: boolean,
): string | null {
  if (serverError) return serverError;
  if (clientError && (touched || submitted)) return clientError;
  return null;
}
