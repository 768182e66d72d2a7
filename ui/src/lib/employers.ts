// Pure helpers for the Arbeidsgivere screen: organisation numbers (the same MOD11 check as the
// core's `orgnr.rs`, so the field answers while the user types), the kinds of placement, months,
// the list's search and filters, and the forms' values and checks. No DOM and no api calls here.

import { formatDate, parseDate } from './format';
import { hashFor } from './nav';
import { listJoin, strings } from './strings';
import type {
  Contact,
  ContactInput,
  Employer,
  EmployerInput,
  EmployerSummary,
  Mentor,
  MentorInput,
  PlacementKind,
  PlacementKindKey,
  Sector,
  SectorKey,
  SpecSummary,
  SuitabilityInput,
} from './types';
import {
  charCount,
  validateDate,
  validateEmail,
  validateName,
  validatePhone,
  type FieldErrors,
} from './validate';

const t = strings.employers;
const v = strings.validation;

// ---- organisation numbers (organisasjonsnummer)

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit the first eight digits call for, or null when no digit fits (never issued). */
export function orgCheckDigit(firstEight: readonly number[]): number | null {
  const sum = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * firstEight[i], 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/**
 * What is left of a typed number once the core's allowances are taken away: a leading "NO", a
 * trailing "MVA", spaces, dots and hyphens ("NO 923 609 016 MVA" → "923609016").
 */
export function orgNumberDigits(text: string): string {
  const upper = text.trim().toUpperCase();
  const core = (upper.startsWith('NO') ? upper.slice(2) : upper).replace(/(MVA)+$/, '');
  return core.replace(/[\s.-]/g, '');
}

/**
 * The message for a typed organisation number, worded as the core words it; null when it is
 * fine or blank (the number is optional).
 */
export function validateOrgNumber(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return null;
  const digits = orgNumberDigits(typed);
  if (digits === '' || !/^\d+$/.test(digits)) return t.orgNotNumber(typed);
  if (digits.length !== 9) return t.orgLength(typed, digits.length);
  const values = [...digits].map(Number);
  if (values[0] !== 8 && values[0] !== 9) return t.orgFirstDigit;
  if (orgCheckDigit(values.slice(0, 8)) !== values[8]) return t.orgCheckDigit(formatOrgNumber(digits));
  return null;
}

/** The nine digits of a valid number, else null. */
export function validOrgNumber(text: string): string | null {
  if (text.trim() === '' || validateOrgNumber(text)) return null;
  return orgNumberDigits(text);
}

/** Whether the user has typed a whole number (nine digits or more), so a check is worth showing now. */
export function orgNumberComplete(text: string): boolean {
  return orgNumberDigits(text).replace(/\D/g, '').length >= 9;
}

/** "974760673" → "974 760 673", as the register writes it. */
export function formatOrgNumber(digits: string | null | undefined): string {
  if (!digits) return '';
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

// ---- kinds of placement, sectors, months

export interface KindInfo {
  kind: PlacementKind;
  key: PlacementKindKey;
  label: string;
  purpose: string;
}

/** The four kinds in the handbook's order, with the key the core takes in inputs and filters. */
export const KINDS: readonly KindInfo[] = (
  [
    ['jobShadowing', 'hospitering'],
    ['languagePractice', 'sprakpraksis'],
    ['workPractice', 'arbeidspraksis'],
    ['trainingArena', 'opplaeringsarena'],
  ] as const
).map(([kind, key]) => ({ kind, key, ...t.kinds[kind] }));

export function kindKey(kind: PlacementKind): PlacementKindKey {
  return KINDS.find((k) => k.kind === kind)!.key;
}

export function kindLabel(kind: PlacementKind): string {
  return t.kinds[kind].label;
}

export function sectorKey(sector: Sector): SectorKey {
  return sector === 'public' ? 'offentlig' : 'privat';
}

export function sectorLabel(sector: Sector): string {
  return t.sectors[sector];
}

/** 1 = januar … 12 = desember. */
export function monthName(month: number): string {
  return t.months[month - 1] ?? String(month);
}

/** "mai, juni og desember" (in calendar order). */
export function describeMonths(months: readonly number[]): string {
  return listJoin([...months].sort((a, b) => a - b).map(monthName));
}

/**
 * Suggestions for the bransje field: the trades already in use, then the six common lines of
 * work that are not among them (compared without regard to case).
 */
export function tradeSuggestions(existing: readonly string[]): string[] {
  const seen = new Set(existing.map((s) => s.toLowerCase()));
  return [...existing, ...t.commonTrades.filter((c) => !seen.has(c.toLowerCase()))];
}

// ---- the list: search and filters

export type SuitableChoice = 'alle' | 'ja' | 'nei';

export interface ListFilter {
  search: string;
  /** '' = all. */
  trade: string;
  /** '' = all. */
  kind: PlacementKindKey | '';
  suitable: SuitableChoice;
  trainedMentor: boolean;
}

export const NO_FILTER: ListFilter = { search: '', trade: '', kind: '', suitable: 'alle', trainedMentor: false };

export function isFiltered(f: ListFilter): boolean {
  return f.search.trim() !== '' || f.trade !== '' || f.kind !== '' || f.suitable !== 'alle' || f.trainedMentor;
}

/**
 * Whether an employer passes the search and filters; the same rules as the core's
 * `EmployerFilter::matches` (search in name, bransje and address ignoring case, and in the
 * organisation number ignoring spaces).
 */
export function matchesFilter(e: EmployerSummary, f: ListFilter): boolean {
  const wanted = f.search.trim().toLowerCase();
  if (wanted !== '') {
    const digits = wanted.replace(/\s/g, '');
    const found =
      e.name.toLowerCase().includes(wanted) ||
      e.trade.toLowerCase().includes(wanted) ||
      e.address.toLowerCase().includes(wanted) ||
      (digits !== '' && !!e.orgNumber && e.orgNumber.includes(digits));
    if (!found) return false;
  }
  if (f.trade.trim() !== '' && e.trade.toLowerCase() !== f.trade.trim().toLowerCase()) return false;
  if (f.kind !== '' && !e.kinds.some((k) => kindKey(k) === f.kind)) return false;
  if (f.suitable !== 'alle' && e.suitable !== (f.suitable === 'ja')) return false;
  if (f.trainedMentor && !e.hasTrainedMentor) return false;
  return true;
}

/** The employers that pass, in the order the core gave them (Norwegian order by name). */
export function filterEmployers(list: readonly EmployerSummary[], f: ListFilter): EmployerSummary[] {
  return list.filter((e) => matchesFilter(e, f));
}

// ---- the employer form (Opplysninger)

export interface EmployerFormValues {
  name: string;
  orgNumber: string;
  trade: string;
  address: string;
  /** '' until chosen. */
  sector: SectorKey | '';
  notes: string;
  kinds: PlacementKindKey[];
  busyMonths: number[];
}

export const NOTES_MAX = 2000;

export function employerFormValues(e: Employer | null): EmployerFormValues {
  return {
    name: e?.name ?? '',
    orgNumber: formatOrgNumber(e?.orgNumber),
    trade: e?.trade ?? '',
    address: e?.address ?? '',
    sector: e ? sectorKey(e.sector) : '',
    notes: e?.notes ?? '',
    kinds: e ? e.kinds.map(kindKey) : [],
    busyMonths: e ? [...e.busyMonths] : [],
  };
}

export function validateEmployer(values: EmployerFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const notes = charCount(values.notes.trim());
  const checks: [string, string | null][] = [
    ['name', validateName(values.name, t.nameLabel)],
    ['orgNumber', validateOrgNumber(values.orgNumber)],
    ['trade', values.trade.trim() === '' ? null : validateName(values.trade, t.tradeLabel)],
    ['address', values.address.trim() === '' ? null : validateName(values.address, t.addressLabel)],
    ['sector', values.sector ? null : t.chooseSector],
    ['notes', notes > NOTES_MAX ? v.tooLong(t.notesLabel, NOTES_MAX, notes) : null],
  ];
  for (const [field, message] of checks) if (message) errors[field] = message;
  return errors;
}

/** What is sent to the core: trimmed; kinds in the handbook's order, months in calendar order. */
export function toEmployerInput(values: EmployerFormValues): EmployerInput {
  return {
    name: values.name.trim(),
    orgNumber: values.orgNumber.trim(),
    trade: values.trade.trim(),
    address: values.address.trim(),
    sector: values.sector as SectorKey,
    notes: values.notes.trim(),
    kinds: KINDS.map((k) => k.key).filter((k) => values.kinds.includes(k)),
    busyMonths: [...new Set(values.busyMonths)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b),
  };
}

// ---- suitability (egnethet)

export interface SuitabilityFormValues {
  suitable: 'ja' | 'nei';
  assessedOn: string;
  reason: string;
}

export const REASON_MAX = 500;

/** Today as dd.mm.åååå. */
export function todayTyped(now: Date = new Date()): string {
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${now.getFullYear()}`;
}

/** A new assessment starts as the opposite of the current one, dated today. */
export function suitabilityFormValues(e: Employer, now: Date = new Date()): SuitabilityFormValues {
  return { suitable: e.suitable ? 'nei' : 'ja', assessedOn: todayTyped(now), reason: '' };
}

/** A typed date that is after `now`'s day. */
function isFuture(typed: string, now: Date): boolean {
  const iso = parseDate(typed);
  if (!iso) return false;
  const today = parseDate(todayTyped(now))!;
  return iso > today;
}

export function validateSuitability(values: SuitabilityFormValues, now: Date = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  const date = validateDate(values.assessedOn, t.assessedOnLabel);
  errors.assessedOn = date ?? (isFuture(values.assessedOn, now) ? t.assessmentFuture : null);
  const reason = values.reason.trim();
  if (values.suitable === 'nei' && reason === '') errors.reason = v.required(t.reasonLabel);
  else if (charCount(reason) > REASON_MAX) errors.reason = v.tooLong(t.reasonLabel, REASON_MAX, charCount(reason));
  return errors;
}

export function toSuitabilityInput(values: SuitabilityFormValues): SuitabilityInput {
  return { suitable: values.suitable === 'ja', assessedOn: values.assessedOn.trim(), reason: values.reason.trim() };
}

/** "Tar imot nye deltakere" or "Ikke egnet for nye deltakere (vurdert 05.03.2027: …)". */
export function suitabilityText(e: Pick<Employer, 'suitable' | 'suitabilityAssessedOn' | 'suitabilityReason'>): string {
  if (e.suitable) return t.suitableNow;
  return t.notSuitable(e.suitabilityAssessedOn ? formatDate(e.suitabilityAssessedOn) : null, e.suitabilityReason);
}

// ---- contacts and fadders

export interface ContactFormValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export function contactFormValues(c: Contact | null): ContactFormValues {
  return { name: c?.name ?? '', role: c?.role ?? '', phone: c?.phone ?? '', email: c?.email ?? '' };
}

function optionalName(value: string, label: string): string | null {
  return value.trim() === '' ? null : validateName(value, label);
}

export function validateContact(values: ContactFormValues): FieldErrors {
  const c = t.contacts;
  const errors: FieldErrors = {};
  const checks: [string, string | null][] = [
    ['name', validateName(values.name, c.nameLabel)],
    ['role', optionalName(values.role, c.roleLabel)],
    ['phone', validatePhone(values.phone)],
    ['email', validateEmail(values.email)],
  ];
  for (const [field, message] of checks) if (message) errors[field] = message;
  return errors;
}

const optional = (s: string) => (s.trim() === '' ? null : s.trim());

export function toContactInput(values: ContactFormValues): ContactInput {
  return { name: values.name.trim(), role: values.role.trim(), phone: optional(values.phone), email: optional(values.email) };
}

export interface MentorFormValues {
  name: string;
  role: string;
  phone: string;
  trained: boolean;
  /** dd.mm.åååå or blank; only with `trained`. */
  trainedOn: string;
}

export function mentorFormValues(m: Mentor | null): MentorFormValues {
  return {
    name: m?.name ?? '',
    role: m?.role ?? '',
    phone: m?.phone ?? '',
    trained: m?.trained ?? false,
    trainedOn: formatDate(m?.trainedOn),
  };
}

export function validateMentor(values: MentorFormValues, now: Date = new Date()): FieldErrors {
  const f = t.mentors;
  const errors: FieldErrors = {};
  let trainedOn: string | null = null;
  if (values.trained && values.trainedOn.trim() !== '') {
    trainedOn = validateDate(values.trainedOn, f.trainedOnLabel) ?? (isFuture(values.trainedOn, now) ? f.trainedOnFuture : null);
  }
  const checks: [string, string | null][] = [
    ['name', validateName(values.name, f.nameLabel)],
    ['role', optionalName(values.role, f.roleLabel)],
    ['phone', validatePhone(values.phone)],
    ['trainedOn', trainedOn],
  ];
  for (const [field, message] of checks) if (message) errors[field] = message;
  return errors;
}

export function toMentorInput(values: MentorFormValues): MentorInput {
  return {
    name: values.name.trim(),
    role: values.role.trim(),
    phone: optional(values.phone),
    trained: values.trained,
    trainedOn: values.trained ? optional(values.trainedOn) : null,
  };
}

/** "Ja, 12.03.2026", "Ja" or "Nei". */
export function mentorTrainingText(m: Pick<Mentor, 'trained' | 'trainedOn'>): string {
  return m.trained ? t.mentors.trainedYes(m.trainedOn ? formatDate(m.trainedOn) : null) : t.mentors.trainedNo;
}

/** After an add, the row the core added: the one whose id was not there before. */
export function addedRow<T extends { id: string }>(before: readonly T[], after: readonly T[]): T | null {
  const known = new Set(before.map((r) => r.id));
  return after.find((r) => !known.has(r.id)) ?? null;
}

// ---- specs, addresses, file names

/** "versjon 2 · avtalt 01.02.2027" or "versjon 1 · Utkast". */
export function specStatus(spec: SpecSummary): string {
  const s = t.specs;
  const agreed = spec.latestAgreedOn ? s.agreed(formatDate(spec.latestAgreedOn)) : s.draft;
  return `${s.version(spec.latestVersion)} · ${agreed}`;
}

export function specHash(specId: string): string {
  return hashFor('kravspesifikasjoner', specId);
}

/** The spec screen reads `ny` and starts a new spec for this employer. */
export function newSpecHash(employerId: string): string {
  return `${hashFor('kravspesifikasjoner')}?ny=${encodeURIComponent(employerId)}`;
}

export function employerHash(id: string | null): string {
  return hashFor('arbeidsgivere', id ?? undefined);
}
