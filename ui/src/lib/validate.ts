// Pure validation used while the user types. The core validates again and answers with the same
// kind of message and the field it belongs to; these functions only spare the round trip.

import { strings } from './strings';
import type { PersonInput } from './types';

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
