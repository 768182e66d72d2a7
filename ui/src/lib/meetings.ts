// Pure helpers for the Arbeidsmøter screen: its addresses, times and durations, the forms'
// values and checks (worded as the core words them, so a message reads the same whichever side
// found the fault), the agenda's sum against the time the meeting has, the presentation timer,
// and which key does what in presentation mode. No DOM and no api calls here.

import { parseDate } from './format';
import { hashFor } from './nav';
import { strings } from './strings';
import type {
  AgendaItem,
  AgendaItemInput,
  EntryKind,
  FollowUp,
  FollowUpInput,
  Meeting,
  MeetingEntryInput,
  MeetingInput,
  MeetingSummary,
  Member,
} from './types';
import { charCount, validateDate, validateName, type FieldErrors } from './validate';

const t = strings.meetings;
const v = strings.validation;

/** The core's limits (meetings.rs). */
export const MAX_AGENDA_MINUTES = 480;
export const MAX_ENTRY_CHARS = 2000;
export const MAX_FOLLOW_UP_CHARS = 500;
export const PLACE_MAX = 200;
export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const;

// ---- addresses

export interface MeetingRoute {
  /** `#/moter/<id>`: one meeting. */
  meetingId: string | null;
  /** `#/moter?ny=N`: the form to plan one. */
  planning: boolean;
  /** The step the form starts with, when the address names a valid one. */
  step: number | null;
}

/** What the address asks the screen to show. */
export function meetingRoute(hash: string): MeetingRoute {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  const params = new URLSearchParams(query);
  const planning = params.has('ny');
  const n = Number(params.get('ny'));
  const step = planning && Number.isInteger(n) && n >= 1 && n <= 7 ? n : null;
  const meetingId = !planning && parts[1] ? decodeURIComponent(parts[1]) : null;
  return { meetingId, planning, step };
}

/** `#/moter`, or `#/moter/<id>` for one meeting. */
export function meetingHash(id: string | null): string {
  return hashFor('moter', id ?? undefined);
}

/** `#/moter?ny=N`: the plan form, preset to step N (any step when null). */
export function planMeetingHash(step: number | null = null): string {
  return `${hashFor('moter')}?ny=${step ?? ''}`;
}

// ---- times and durations

/**
 * A time as people type it – "9:00", "09.00", "0900" – as minutes after midnight; null when it
 * is not a time of day. The core reads the same forms.
 */
export function parseTime(text: string): number | null {
  const typed = text.trim().replace('.', ':');
  const m = /^(\d{1,2}):(\d{2})$/.exec(typed) ?? /^(\d{2})(\d{2})$/.exec(typed);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

/** Minutes after midnight as "09:05". */
export function formatTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

/** 210 → "3 t 30 min", 120 → "2 t", 45 → "45 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t.minutes(m);
  if (m === 0) return t.hours(h);
  return `${t.hours(h)} ${t.minutes(m)}`;
}

/** Seconds as a clock, "m:ss" ("75:00" past an hour, so the minutes read as minutes). */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Today as åååå-mm-dd, in the computer's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---- the list

/** Meetings from today on, soonest first; and those before today, latest first. */
export function splitMeetings(
  meetings: readonly MeetingSummary[],
  today: string,
): { upcoming: MeetingSummary[]; past: MeetingSummary[] } {
  const key = (m: MeetingSummary) => `${parseDate(m.date) ?? ''} ${m.startsAt}`;
  const sorted = [...meetings].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    upcoming: sorted.filter((m) => (parseDate(m.date) ?? '') >= today),
    past: sorted.filter((m) => (parseDate(m.date) ?? '') < today).reverse(),
  };
}

// ---- the meeting form

export const MEETING_FIELDS = ['step', 'date', 'startsAt', 'endsAt', 'place', 'invitees'] as const;

export interface MeetingFormValues {
  /** '' until chosen. */
  step: string;
  date: string;
  startsAt: string;
  endsAt: string;
  place: string;
  /** Person ids. */
  invitees: string[];
}

/** A new meeting: the step asked for, from 09:00 for as long as the step's estimate, everyone invited. */
export function newMeeting(step: number | null, members: readonly Member[], estimateMinutes: number | null): MeetingFormValues {
  const start = 9 * 60;
  return {
    step: step ? String(step) : '',
    date: '',
    startsAt: formatTime(start),
    endsAt: estimateMinutes ? formatTime(Math.min(start + estimateMinutes, 23 * 60 + 59)) : '',
    place: '',
    invitees: members.map((m) => m.personId),
  };
}

export function meetingValues(meeting: Meeting): MeetingFormValues {
  return {
    step: String(meeting.step),
    date: meeting.date,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    invitees: meeting.people.map((p) => p.personId).filter((id): id is string => id !== null),
  };
}

function validateTime(text: string, label: string): string | null {
  const typed = text.trim();
  if (typed === '') return v.required(label);
  return parseTime(typed) === null ? t.timeInvalid(typed) : null;
}

export function validateMeeting(values: MeetingFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.step) errors.step = t.chooseStep;
  const date = validateDate(values.date, t.dateLabel);
  if (date) errors.date = date;
  const start = validateTime(values.startsAt, t.startsAtLabel);
  if (start) errors.startsAt = start;
  const end = validateTime(values.endsAt, t.endsAtLabel);
  if (end) errors.endsAt = end;
  const [from, to] = [parseTime(values.startsAt), parseTime(values.endsAt)];
  // Only when both are real times, so a bad start is reported at the start field alone.
  if (!start && !end && from !== null && to !== null && to <= from) {
    errors.endsAt = t.endBeforeStart(formatTime(from), formatTime(to));
  }
  const place = values.place.trim();
  if (charCount(place) > PLACE_MAX) errors.place = v.tooLong(t.placeLabel, PLACE_MAX, charCount(place));
  return errors;
}

export function toMeetingInput(values: MeetingFormValues): MeetingInput {
  return {
    step: Number(values.step),
    date: values.date.trim(),
    startsAt: values.startsAt.trim(),
    endsAt: values.endsAt.trim(),
    place: values.place.trim(),
    invitees: [...values.invitees],
  };
}

// ---- the agenda

export const AGENDA_FIELDS = ['title', 'minutes'] as const;

export interface AgendaFormValues {
  title: string;
  /** As typed. */
  minutes: string;
}

export function agendaValues(item: AgendaItem | null): AgendaFormValues {
  return item ? { title: item.title, minutes: String(item.minutes) } : { title: '', minutes: '' };
}

/** The minutes as typed: a whole number, at least 1, at most the core's limit. */
export function validateMinutes(text: string): string | null {
  const typed = text.trim();
  if (typed === '') return v.required(t.itemMinutesLabel);
  if (!/^-?\d+$/.test(typed)) return t.minutesNotNumber;
  const n = Number(typed);
  if (n < 1) return t.minutesAtLeastOne;
  if (n > MAX_AGENDA_MINUTES) return t.minutesTooMany(MAX_AGENDA_MINUTES);
  return null;
}

export function validateAgendaItem(values: AgendaFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = validateName(values.title, t.itemTitleLabel);
  if (title) errors.title = title;
  const minutes = validateMinutes(values.minutes);
  if (minutes) errors.minutes = minutes;
  return errors;
}

export function toAgendaInput(values: AgendaFormValues): AgendaItemInput {
  return { title: values.title.trim().replace(/\s+/g, ' '), minutes: Number(values.minutes.trim()) };
}

/** The agenda's planned minutes against the meeting's length. */
export interface AgendaSum {
  text: string;
  /** The agenda needs more time than the meeting has. */
  over: boolean;
}

export function agendaSum(agenda: readonly AgendaItem[], availableMinutes: number): AgendaSum {
  const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
  if (planned > availableMinutes) {
    return { text: t.agendaOver(formatDuration(planned), formatDuration(planned - availableMinutes)), over: true };
  }
  if (planned < availableMinutes) {
    return { text: t.agendaUnder(formatDuration(planned), formatDuration(availableMinutes), formatDuration(availableMinutes - planned)), over: false };
  }
  return { text: t.agendaExact(formatDuration(planned), formatDuration(availableMinutes)), over: false };
}

/** Short name of an agenda item for buttons and messages. */
export function itemName(title: string, max = 60): string {
  const chars = [...title.trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

// ---- notes, decisions, anchoring items and follow-ups

/** In the order the page and the minutes list them. */
export const ENTRY_KINDS: readonly EntryKind[] = ['decision', 'anchoring', 'note'];

/** What a capture form is for: one of the entry kinds, or a follow-up. */
export type CaptureKind = EntryKind | 'followUp';

export function validateEntry(kind: EntryKind, text: string): FieldErrors {
  const label = t.entryKinds[kind];
  const trimmed = text.trim();
  if (trimmed === '') return { text: v.required(label) };
  const n = charCount(trimmed);
  return n > MAX_ENTRY_CHARS ? { text: v.tooLong(label, MAX_ENTRY_CHARS, n) } : {};
}

export function toEntryInput(kind: EntryKind, text: string, agendaItemId: string | null): MeetingEntryInput {
  return { kind, text: text.trim(), agendaItemId };
}

export const FOLLOW_UP_FIELDS = ['what', 'ownerId', 'deadline'] as const;

export interface FollowUpFormValues {
  what: string;
  /** '' for nobody yet. */
  ownerId: string;
  /** dd.mm.åååå, or '' for none. */
  deadline: string;
}

export function followUpValues(f: FollowUp | null): FollowUpFormValues {
  return f ? { what: f.what, ownerId: f.ownerId ?? '', deadline: f.deadline ?? '' } : { what: '', ownerId: '', deadline: '' };
}

/** No owner and a past deadline are allowed (the core saves them with a warning). */
export function validateFollowUp(values: FollowUpFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const what = values.what.trim();
  if (what === '') errors.what = v.required(t.whatLabel);
  else if (charCount(what) > MAX_FOLLOW_UP_CHARS) errors.what = v.tooLong(t.whatLabel, MAX_FOLLOW_UP_CHARS, charCount(what));
  if (values.deadline.trim() !== '') {
    const date = validateDate(values.deadline, t.deadlineLabel);
    if (date) errors.deadline = date;
  }
  return errors;
}

/** What the form says before saving: the core will keep it, but someone should look again. */
export function followUpNotices(values: FollowUpFormValues, today: string): { ownerId?: string; deadline?: string } {
  const notices: { ownerId?: string; deadline?: string } = {};
  if (!values.ownerId) notices.ownerId = t.noOwnerNotice;
  const day = parseDate(values.deadline);
  if (day && day < today) notices.deadline = t.pastDeadlineNotice;
  return notices;
}

export function toFollowUpInput(values: FollowUpFormValues): FollowUpInput {
  const deadline = values.deadline.trim();
  return { what: values.what.trim(), ownerId: values.ownerId || null, deadline: deadline === '' ? null : deadline };
}

/** One line of the presentation's side list. */
export interface CapturedItem {
  id: string;
  kind: CaptureKind;
  text: string;
  /** Follow-ups: "Kari Nordmann, frist 12.03.2027". */
  detail: string | null;
  /** Follow-ups saved with a warning. */
  warning: boolean;
}

/**
 * What the meeting has captured, newest first: the items captured while presenting (their ids in
 * `order`, oldest first) lead in reverse order, then the rest as the core lists them, last first.
 */
export function capturedItems(meeting: Meeting, order: readonly string[]): CapturedItem[] {
  const all: CapturedItem[] = [
    ...meeting.entries.map((e) => ({ id: e.id, kind: e.kind as CaptureKind, text: e.text, detail: null, warning: false })),
    ...meeting.followUps.map((f) => ({
      id: f.id,
      kind: 'followUp' as const,
      text: f.what,
      detail: followUpDetail(f),
      warning: f.warnings.length > 0,
    })),
  ];
  const rank = (item: CapturedItem) => order.indexOf(item.id);
  const recent = all.filter((i) => rank(i) >= 0).sort((a, b) => rank(b) - rank(a));
  const earlier = all.filter((i) => rank(i) < 0).reverse();
  return [...recent, ...earlier];
}

/** "Kari Nordmann · frist 12.03.2027", "Ingen ansvarlig · ingen frist". */
export function followUpDetail(f: FollowUp): string {
  return [f.ownerName || t.noOwnerShort, f.deadline ? t.deadlineShort(f.deadline) : t.noDeadlineShort].join(' · ');
}

/** The ids in `after` that `before` does not have: what a save just added. */
export function newIds(before: readonly { id: string }[], after: readonly { id: string }[]): string[] {
  const known = new Set(before.map((x) => x.id));
  return after.filter((x) => !known.has(x.id)).map((x) => x.id);
}

// ---- the presentation timer

/**
 * The time used on one agenda item: what was recorded before (`baseSeconds`), plus the running
 * stretch since `startedAt` (ms, as `Date.now()` gives it) while the timer runs.
 */
export interface ItemTimer {
  itemId: string;
  baseSeconds: number;
  startedAt: number | null;
}

export function timerFor(item: AgendaItem): ItemTimer {
  return { itemId: item.id, baseSeconds: item.usedSeconds, startedAt: null };
}

/** Whole seconds used on the item by `now`. */
export function elapsedSeconds(timer: ItemTimer, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.baseSeconds + Math.floor(running / 1000);
}

export function startTimer(timer: ItemTimer, now: number): ItemTimer {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

/** Stops the clock and keeps the time used (whole seconds; the rest of a second is dropped). */
export function pauseTimer(timer: ItemTimer, now: number): ItemTimer {
  return timer.startedAt === null ? timer : { ...timer, baseSeconds: elapsedSeconds(timer, now), startedAt: null };
}

export interface TimerView {
  /** "12:34" left, or "+3:10" over. */
  clock: string;
  /** "igjen" or "over". */
  label: string;
  over: boolean;
  /** Said to screen readers: "12 minutter og 34 sekunder igjen". */
  spoken: string;
}

export function timerView(usedSeconds: number, plannedMinutes: number): TimerView {
  const left = plannedMinutes * 60 - usedSeconds;
  if (left >= 0) {
    return { clock: formatClock(left), label: t.presentation.left, over: false, spoken: t.presentation.spokenLeft(Math.floor(left / 60), left % 60) };
  }
  return {
    clock: `+${formatClock(-left)}`,
    label: t.presentation.over,
    over: true,
    spoken: t.presentation.spokenOver(Math.floor(-left / 60), -left % 60),
  };
}

/** Where presentation starts: the last item that has time recorded (a meeting resumed), else the first. */
export function resumeIndex(agenda: readonly AgendaItem[]): number {
  for (let i = agenda.length - 1; i >= 0; i--) if (agenda[i].usedSeconds > 0) return i;
  return 0;
}

// ---- keys in presentation mode

export type PresentationAction =
  | 'next'
  | 'previous'
  | 'toggleTimer'
  | 'leave'
  | { capture: CaptureKind };

/** The key event's parts that matter here (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** What has focus: its tag name ('BUTTON', 'TEXTAREA' …) and whether it is editable. */
  targetTag: string;
  targetEditable: boolean;
}

/** The capture keys: B beslutning, F forankring, O oppfølgingspunkt, T notat. */
export const CAPTURE_KEYS: Record<string, CaptureKind> = { b: 'decision', f: 'anchoring', o: 'followUp', t: 'note' };

/**
 * What a key does in presentation mode, or null to leave it to the page. Nothing fires while the
 * user types in a field or holds Ctrl, Alt or Cmd; Space on a button presses the button.
 */
export function presentationAction(e: KeyPress): PresentationAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const typing = e.targetEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.targetTag);
  if (e.key === 'Escape') return typing ? null : 'leave';
  if (typing) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return e.targetTag === 'BUTTON' || e.targetTag === 'A' ? null : 'toggleTimer';
  }
  const capture = CAPTURE_KEYS[e.key.toLowerCase()];
  return capture && e.key.length === 1 ? { capture } : null;
}
