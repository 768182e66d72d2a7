import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  agendaSum,
  capturedItems,
  elapsedSeconds,
  followUpNotices,
  formatClock,
  formatDuration,
  meetingRoute,
  newIds,
  newMeeting,
  parseTime,
  pauseTimer,
  planMeetingHash,
  presentationAction,
  resumeIndex,
  splitMeetings,
  startTimer,
  timerFor,
  timerView,
  toAgendaInput,
  toFollowUpInput,
  toMeetingInput,
  validateAgendaItem,
  validateFollowUp,
  validateMeeting,
  type KeyPress,
  type MeetingFormValues,
} from './meetings';
import type { AgendaItem, FollowUp, Meeting, MeetingSummary, Member } from './types';

const item = (id: string, minutes: number, usedSeconds = 0): AgendaItem => ({ id, title: `Punkt ${id}`, minutes, usedSeconds, plannedStart: '09:00' });

const summary = (id: string, date: string, startsAt = '09:00'): MeetingSummary => ({
  id,
  groupId: 'g',
  groupName: 'Gruppe',
  step: 1,
  stepTitle: 'Steg',
  date,
  startsAt,
  endsAt: '12:30',
  place: '',
  followUpCount: 0,
});

const followUp = (id: string, over: Partial<FollowUp> = {}): FollowUp => ({
  id,
  groupId: 'g',
  meetingId: 'm',
  meetingDate: '12.03.2027',
  step: 1,
  what: `Oppfølging ${id}`,
  ownerId: 'p1',
  ownerName: 'Kari Nordmann',
  deadline: '01.04.2027',
  status: 'open',
  statusLabel: 'Åpen',
  carriedToStep: null,
  warnings: [],
  ...over,
});

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'm',
  groupId: 'g',
  groupName: 'Gruppe',
  step: 1,
  stepTitle: 'Innhente og vurdere arbeidskraftbehovet',
  date: '12.03.2027',
  startsAt: '09:00',
  endsAt: '12:30',
  place: 'Møterom 2',
  availableMinutes: 210,
  plannedMinutes: 210,
  usedSeconds: 0,
  people: [],
  agenda: [],
  entries: [],
  followUps: [],
  ...over,
});

const form = (over: Partial<MeetingFormValues> = {}): MeetingFormValues => ({
  step: '1',
  date: '12.03.2027',
  startsAt: '09:00',
  endsAt: '12:30',
  place: 'Møterom 2',
  invitees: ['p1'],
  ...over,
});

describe('addresses', () => {
  it('reads the list, the plan form with its step, and one meeting', () => {
    expect(meetingRoute('#/moter')).toEqual({ meetingId: null, planning: false, step: null });
    expect(meetingRoute('#/moter?ny=3')).toEqual({ meetingId: null, planning: true, step: 3 });
    expect(meetingRoute('#/moter?ny=')).toEqual({ meetingId: null, planning: true, step: null });
    expect(meetingRoute('#/moter?ny=9')).toEqual({ meetingId: null, planning: true, step: null });
    expect(meetingRoute('#/moter/abc-123')).toEqual({ meetingId: 'abc-123', planning: false, step: null });
    expect(planMeetingHash(2)).toBe('#/moter?ny=2');
  });
});

describe('times and durations', () => {
  it('reads times as people type them', () => {
    expect(parseTime('09:00')).toBe(540);
    expect(parseTime('9:00')).toBe(540);
    expect(parseTime('09.30')).toBe(570);
    expect(parseTime('1415')).toBe(855);
    expect(parseTime('25:00')).toBeNull();
    expect(parseTime('9')).toBeNull();
    expect(parseTime('')).toBeNull();
  });

  it('writes durations in hours and minutes', () => {
    expect(formatDuration(210)).toBe('3 t 30 min');
    expect(formatDuration(120)).toBe('2 t');
    expect(formatDuration(45)).toBe('45 min');
  });

  it('writes the timer as minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65)).toBe('1:05');
    expect(formatClock(45 * 60)).toBe('45:00');
    expect(formatClock(75 * 60 + 9)).toBe('75:09');
  });
});

describe('the meeting form', () => {
  it('accepts a whole, sensible meeting', () => {
    expect(validateMeeting(form())).toEqual({});
  });

  it('says at the end field when the meeting ends before it starts', () => {
    const errors = validateMeeting(form({ startsAt: '12:00', endsAt: '09:00' }));
    expect(errors.endsAt).toBe('Møtet må slutte etter at det begynner: det begynner 12:00 og slutter 09:00.');
    expect(errors.startsAt).toBeUndefined();
    expect(validateMeeting(form({ startsAt: '09:00', endsAt: '09:00' })).endsAt).toMatch(/må slutte etter/);
  });

  it('requires a real date and real times, each at its own field', () => {
    expect(validateMeeting(form({ date: '' })).date).toBe('Dato må fylles ut.');
    expect(validateMeeting(form({ date: '31.02.2027' })).date).toMatch(/ikke en gyldig dato/);
    const errors = validateMeeting(form({ startsAt: '9 om morgenen', endsAt: '08:00' }));
    expect(errors.startsAt).toBe('«9 om morgenen» er ikke et klokkeslett. Skriv det som tt:mm, for eksempel 09:00.');
    // A bad start is not compared with the end.
    expect(errors.endsAt).toBeUndefined();
    expect(validateMeeting(form({ step: '' })).step).toBe('Velg hvilket steg møtet gjelder.');
  });

  it('starts a new meeting at 09:00, as long as the step, with everyone invited', () => {
    const members = [{ personId: 'p1' }, { personId: 'p2' }] as Member[];
    expect(newMeeting(1, members, 210)).toEqual({ step: '1', date: '', startsAt: '09:00', endsAt: '12:30', place: '', invitees: ['p1', 'p2'] });
    expect(newMeeting(null, [], null).endsAt).toBe('');
  });

  it('sends what was typed, trimmed', () => {
    expect(toMeetingInput(form({ date: ' 12.03.2027 ', place: '  Rådhuset ' }))).toEqual({
      step: 1,
      date: '12.03.2027',
      startsAt: '09:00',
      endsAt: '12:30',
      place: 'Rådhuset',
      invitees: ['p1'],
    });
  });
});

describe('the agenda', () => {
  it('refuses an item of zero or negative minutes, or no number', () => {
    expect(validateAgendaItem({ title: 'Pause', minutes: '0' }).minutes).toBe('Et punkt må ha minst 1 minutt.');
    expect(validateAgendaItem({ title: 'Pause', minutes: '-5' }).minutes).toBe('Et punkt må ha minst 1 minutt.');
    expect(validateAgendaItem({ title: 'Pause', minutes: 'ti' }).minutes).toMatch(/helt tall/);
    expect(validateAgendaItem({ title: 'Pause', minutes: '481' }).minutes).toMatch(/høyst 480 minutter/);
    expect(validateAgendaItem({ title: ' ', minutes: '15' }).title).toBe('Punkt må fylles ut.');
    expect(validateAgendaItem({ title: 'Pause', minutes: '15' })).toEqual({});
    expect(toAgendaInput({ title: '  Kaffe  og  prat ', minutes: ' 15 ' })).toEqual({ title: 'Kaffe og prat', minutes: 15 });
  });

  it('sums the agenda against the time the meeting has', () => {
    const stepOne = [15, 45, 15, 60, 30, 25, 20].map((m, i) => item(String(i), m));
    expect(agendaSum(stepOne, 210)).toEqual({ text: 'Dagsordenen: 3 t 30 min av 3 t 30 min', over: false });
    expect(agendaSum([...stepOne, item('x', 20)], 210)).toEqual({
      text: 'Dagsordenen: 3 t 50 min – 20 min mer enn møtet varer',
      over: true,
    });
    expect(agendaSum(stepOne.slice(1), 210)).toEqual({ text: 'Dagsordenen: 3 t 15 min av 3 t 30 min (15 min ledig)', over: false });
  });
});

describe('the list of meetings', () => {
  it('puts today and later first (soonest first), and earlier ones below (latest first)', () => {
    const list = [summary('a', '01.02.2027'), summary('b', '15.03.2027'), summary('c', '10.03.2027'), summary('d', '10.03.2027', '08:00'), summary('e', '05.01.2027')];
    const { upcoming, past } = splitMeetings(list, '2027-03-10');
    expect(upcoming.map((m) => m.id)).toEqual(['d', 'c', 'b']);
    expect(past.map((m) => m.id)).toEqual(['a', 'e']);
  });
});

describe('follow-ups', () => {
  it('needs what to do; the owner and deadline may wait', () => {
    expect(validateFollowUp({ what: '', ownerId: '', deadline: '' }).what).toBe('Hva skal gjøres må fylles ut.');
    expect(validateFollowUp({ what: 'Ring NAV', ownerId: '', deadline: '' })).toEqual({});
    expect(validateFollowUp({ what: 'Ring NAV', ownerId: '', deadline: '32.01.2027' }).deadline).toMatch(/ikke en gyldig dato/);
    expect(toFollowUpInput({ what: ' Ring NAV ', ownerId: '', deadline: ' ' })).toEqual({ what: 'Ring NAV', ownerId: null, deadline: null });
  });

  it('warns before saving that no owner or a past deadline will carry a warning', () => {
    const notices = followUpNotices({ what: 'Ring NAV', ownerId: '', deadline: '01.03.2027' }, '2027-03-10');
    expect(notices.ownerId).toMatch(/Uten ansvarlig/);
    expect(notices.deadline).toMatch(/Fristen er passert/);
    expect(followUpNotices({ what: 'x', ownerId: 'p1', deadline: '10.03.2027' }, '2027-03-10')).toEqual({});
  });

  it('lists what was captured while presenting first, newest on top', () => {
    const m = meeting({
      entries: [
        { id: 'e1', kind: 'note', kindLabel: 'Notat', text: 'Tidligere notat', agendaItemId: null, agendaItemTitle: null },
        { id: 'e2', kind: 'decision', kindLabel: 'Beslutning', text: 'Vi velger butikk', agendaItemId: null, agendaItemTitle: null },
      ],
      followUps: [followUp('f1', { ownerName: '', ownerId: null, warnings: [{ field: 'ownerId', message: 'Ingen er ansvarlig ennå.' }] })],
    });
    const items = capturedItems(m, ['f1', 'e2']);
    expect(items.map((i) => i.id)).toEqual(['e2', 'f1', 'e1']);
    expect(items[1]).toMatchObject({ kind: 'followUp', detail: 'Ingen ansvarlig · frist 01.04.2027', warning: true });
    expect(newIds([{ id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toEqual(['b']);
  });
});

describe('the presentation timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2027-03-12T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('counts down the planned minutes while running, and stands still while paused', () => {
    let timer = timerFor(item('a', 15));
    expect(timerView(elapsedSeconds(timer, Date.now()), 15).clock).toBe('15:00');
    timer = startTimer(timer, Date.now());
    vi.advanceTimersByTime(65_400);
    expect(elapsedSeconds(timer, Date.now())).toBe(65);
    expect(timerView(elapsedSeconds(timer, Date.now()), 15)).toMatchObject({ clock: '13:55', label: 'igjen', over: false });
    timer = pauseTimer(timer, Date.now());
    vi.advanceTimersByTime(120_000);
    expect(elapsedSeconds(timer, Date.now())).toBe(65);
  });

  it('goes on from the time recorded earlier, and shows clearly when the item runs over', () => {
    let timer = startTimer(timerFor(item('a', 15, 14 * 60)), Date.now());
    vi.advanceTimersByTime(4 * 60_000 + 10_000);
    const used = elapsedSeconds(timer, Date.now());
    expect(used).toBe(18 * 60 + 10);
    expect(timerView(used, 15)).toMatchObject({ clock: '+3:10', label: 'over tiden', over: true });
    timer = pauseTimer(timer, Date.now());
    expect(timer).toEqual({ itemId: 'a', baseSeconds: 18 * 60 + 10, startedAt: null });
  });

  it('starting twice does not restart the clock', () => {
    const first = startTimer(timerFor(item('a', 5)), Date.now());
    vi.advanceTimersByTime(10_000);
    expect(startTimer(first, Date.now())).toBe(first);
  });

  it('resumes at the last item that has time recorded', () => {
    expect(resumeIndex([item('a', 5, 300), item('b', 5, 20), item('c', 5)])).toBe(1);
    expect(resumeIndex([item('a', 5), item('b', 5)])).toBe(0);
    expect(resumeIndex([])).toBe(0);
  });
});

describe('keys in presentation mode', () => {
  const press = (key: string, over: Partial<KeyPress> = {}) =>
    presentationAction({ key, altKey: false, ctrlKey: false, metaKey: false, targetTag: 'DIV', targetEditable: false, ...over });

  it('moves between items, runs the timer, leaves, and opens the capture forms', () => {
    for (const k of ['ArrowRight', 'PageDown', 'n', 'N']) expect(press(k)).toBe('next');
    for (const k of ['ArrowLeft', 'PageUp', 'p', 'P']) expect(press(k)).toBe('previous');
    expect(press(' ')).toBe('toggleTimer');
    expect(press('Escape')).toBe('leave');
    expect(press('b')).toEqual({ capture: 'decision' });
    expect(press('F')).toEqual({ capture: 'anchoring' });
    expect(press('o')).toEqual({ capture: 'followUp' });
    expect(press('t')).toEqual({ capture: 'note' });
    expect(press('x')).toBeNull();
    expect(press('Tab')).toBeNull();
  });

  it('does nothing while the user types in a field or holds a modifier', () => {
    expect(press('b', { targetTag: 'TEXTAREA' })).toBeNull();
    expect(press('ArrowRight', { targetTag: 'INPUT' })).toBeNull();
    expect(press(' ', { targetTag: 'SELECT' })).toBeNull();
    expect(press('n', { targetEditable: true })).toBeNull();
    expect(press('Escape', { targetTag: 'TEXTAREA' })).toBeNull();
    expect(press('b', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', { altKey: true })).toBeNull();
  });

  it('leaves Space on a button to the button', () => {
    expect(press(' ', { targetTag: 'BUTTON' })).toBeNull();
    expect(press('ArrowRight', { targetTag: 'BUTTON' })).toBe('next');
  });
});
