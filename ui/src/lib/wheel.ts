// The annual wheel (årshjul): the circular chart's geometry and the activity form's logic.
//
// The chart has twelve month sectors, January at the top and the year running clockwise, and
// one ring per unit from the centre out. An activity is an arc in its responsible unit's ring
// over its months. Activities of a ring that share a month would cover each other, so a ring is
// split into lanes (concentric sub-rings): each activity gets the lowest lane where it collides
// with none already placed. A ring is as wide as it has lanes; the outer edge stays put, and the
// hole in the middle takes what is left over.
//
// Angles are in degrees, clockwise from 12 o'clock; the centre is (0, 0) with y pointing down, as
// in SVG.

import { listJoin, strings } from './strings';
import { charCount, type FieldErrors, validateName } from './validate';
import type { ActivityInput, ActivityKind, UnitRef, Wheel, WheelActivity } from './types';

const t = strings.wheel;

export const DEGREES_PER_MONTH = 30;

/** The kinds in the order the form and the legend offer them. */
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['budget', 'accounts', 'planning', 'intake', 'course', 'other'];

/**
 * Fill colour per kind. Each is dark enough for the white activity number on it (4.5:1) and,
 * so, for the arc against the light chart (3:1); `wheel.test.ts` checks both. The number and
 * the list carry the same information, so colour is never the only cue.
 */
export const KIND_COLOURS: Readonly<Record<ActivityKind, string>> = {
  budget: '#1d4f91',
  accounts: '#6b3fa0',
  planning: '#0b6b4f',
  intake: '#9c4700',
  course: '#a3175d',
  other: '#4b5563',
};

/** The chart's own light surfaces: the page, and the two tints the rings alternate between. */
export const CHART_SURFACES = ['#ffffff', '#f4f6f8', '#e9edf1'] as const;

export interface Point {
  x: number;
  y: number;
}

/** Rounded to two decimals, so paths stay short and compare exactly in tests. */
const round = (n: number) => Math.round(n * 100) / 100 + 0;

export function polar(radius: number, angle: number): Point {
  const rad = (angle * Math.PI) / 180;
  return { x: round(radius * Math.sin(rad)), y: round(-radius * Math.cos(rad)) };
}

/** Where month `m` (1 = January) begins. */
export function monthStart(m: number): number {
  return (m - 1) * DEGREES_PER_MONTH;
}

/** A stretch of consecutive months: `start` 1–12 and `length` 1–12 (it may run past December). */
export interface MonthRun {
  start: number;
  length: number;
}

/**
 * Consecutive months as runs, one arc each. The year is a circle, so November to January is one
 * run: [1, 11, 12] → one run from November, three long.
 */
export function monthRuns(months: readonly number[]): MonthRun[] {
  const sorted = [...new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b);
  if (sorted.length === 12) return [{ start: 1, length: 12 }];
  const runs: MonthRun[] = [];
  for (const m of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === m) last.length += 1;
    else runs.push({ start: m, length: 1 });
  }
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first.start === 1 && last.start + last.length === 13) {
    last.length += first.length;
    runs.shift();
  }
  return runs;
}

/** "jan", "apr–jun", "mai og sep", "jan–mar og okt": the core's wording, for the form as it is filled in. */
export function describeMonths(months: readonly number[]): string {
  const sorted = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const [a, b] = [t.monthsShort[sorted[i] - 1], t.monthsShort[sorted[j] - 1]];
    parts.push(j === i ? a : j === i + 1 ? `${a} og ${b}` : `${a}–${b}`);
    i = j + 1;
  }
  return listJoin(parts);
}

/**
 * The SVG path of a ring sector between radii `inner` < `outer`, from angle `from` clockwise to
 * `to`. A sweep of a whole turn or more is the full ring (two half circles each way, since one
 * SVG arc cannot end where it starts).
 */
export function sectorPath(inner: number, outer: number, from: number, to: number): string {
  const f = (p: Point) => `${p.x} ${p.y}`;
  if (to - from >= 360) {
    const half = (r: number, sweep: 0 | 1) =>
      `M ${f(polar(r, 0))} A ${r} ${r} 0 1 ${sweep} ${f(polar(r, 180))} A ${r} ${r} 0 1 ${sweep} ${f(polar(r, 0))} Z`;
    return `${half(outer, 1)} ${half(inner, 0)}`;
  }
  const large = to - from > 180 ? 1 : 0;
  return [
    `M ${f(polar(outer, from))}`,
    `A ${outer} ${outer} 0 ${large} 1 ${f(polar(outer, to))}`,
    `L ${f(polar(inner, to))}`,
    `A ${inner} ${inner} 0 ${large} 0 ${f(polar(inner, from))}`,
    'Z',
  ].join(' ');
}

/** A whole circle of radius `r` to write text along, starting at the bottom, so a text centred on it (startOffset 50 %) sits upright at the top. */
export function circlePath(r: number): string {
  return `M 0 ${r} A ${r} ${r} 0 1 1 0 ${-r} A ${r} ${r} 0 1 1 0 ${r}`;
}

/**
 * The lane of each item, in the order given: the lowest lane where it shares no month with an
 * item already there. `count` is the number of lanes used (0 for no items).
 */
export function assignLanes(items: readonly { months: readonly number[] }[]): { lanes: number[]; count: number } {
  const taken: Set<number>[] = [];
  const lanes = items.map(({ months }) => {
    let lane = taken.findIndex((used) => months.every((m) => !used.has(m)));
    if (lane === -1) {
      lane = taken.length;
      taken.push(new Set());
    }
    for (const m of months) taken[lane].add(m);
    return lane;
  });
  return { lanes, count: taken.length };
}

export interface Dimensions {
  /** The outer edge of the outermost ring. */
  outer: number;
  /** The hole in the middle is at least this wide (radius). */
  minHole: number;
  /** The strip on the inside of each ring that carries the unit's name. */
  labelStrip: number;
  /** A lane is never wider than this, however few there are. */
  maxLane: number;
  /** The band outside the rings that carries the month names. */
  rim: number;
  /** The gap left between neighbouring arcs, in degrees and in radius. */
  padAngle: number;
  padRadius: number;
}

export const DIMENSIONS: Dimensions = {
  outer: 356,
  minHole: 44,
  labelStrip: 30,
  maxLane: 44,
  rim: 40,
  padAngle: 0.8,
  padRadius: 2,
};

/** The chart's view box: the rim and a hair's breadth around it. */
export const VIEW_BOX = { x: -400, y: -400, width: 800, height: 800 } as const;

export interface RingLayout {
  unit: UnitRef;
  /** 1 for the innermost. */
  position: number;
  inner: number;
  /** Where the name strip ends and the lanes begin. */
  lanesFrom: number;
  outer: number;
  lanes: number;
  /** The circle the unit's name is written along. */
  labelPath: string;
  /** Alternate rings are tinted differently, so neighbours can be told apart. */
  fill: string;
}

export interface Segment {
  activityId: string;
  /** The activity's number in the list (1-based). */
  number: number;
  kind: ActivityKind;
  fill: string;
  d: string;
  /** Where the number goes: the middle of the arc. */
  labelAt: Point;
}

export interface MonthLabel {
  month: number;
  text: string;
  /** The arc the name is written along, centred on it; left to right on both halves of the wheel. */
  path: string;
}

export interface Spoke {
  from: Point;
  to: Point;
}

export interface WheelLayout {
  hole: number;
  outer: number;
  rings: RingLayout[];
  segments: Segment[];
  /** The band with the month names: from `outer` to `rimOuter`. */
  rimOuter: number;
  monthLabels: MonthLabel[];
  /** The twelve month borders, from the hole to the rim's outer edge. */
  spokes: Spoke[];
  laneWidth: number;
  /** The activity numbers' font size: as large as fits a lane, at most 20. */
  numberSize: number;
}

/**
 * The month names, written along the rim at `radius`, each centred in its month. On the lower
 * half the arc runs the other way (anticlockwise), so no name stands on its head.
 */
export function monthLabels(radius: number): MonthLabel[] {
  return t.months.map((text, i) => {
    const [from, to] = [monthStart(i + 1), monthStart(i + 2)];
    const mid = (from + to) / 2;
    const lower = mid > 90 && mid < 270;
    const [a, b] = lower ? [to, from] : [from, to];
    const [p, q] = [polar(radius, a), polar(radius, b)];
    return { month: i + 1, text, path: `M ${p.x} ${p.y} A ${radius} ${radius} 0 0 ${lower ? 0 : 1} ${q.x} ${q.y}` };
  });
}

/** The whole chart for `wheel`; activities are numbered in the wheel's (the list's) order. */
export function layoutWheel(wheel: Wheel, dims: Dimensions = DIMENSIONS): WheelLayout {
  const byRing = wheel.rings.map((unit) =>
    wheel.activities
      .map((activity, index) => ({ activity, number: index + 1 }))
      .filter(({ activity }) => activity.responsible.id === unit.id),
  );
  const laneSets = byRing.map((items) => assignLanes(items.map(({ activity }) => activity)));
  // An empty ring still gets one lane's width, so every unit shows.
  const weight = laneSets.reduce((sum, l) => sum + Math.max(1, l.count), 0);
  const strips = wheel.rings.length * dims.labelStrip;
  const laneWidth = weight === 0 ? 0 : Math.min(dims.maxLane, (dims.outer - dims.minHole - strips) / weight);
  const hole = dims.outer - strips - weight * laneWidth;

  const rings: RingLayout[] = [];
  const segments: Segment[] = [];
  let radius = hole;
  wheel.rings.forEach((unit, r) => {
    const lanes = laneSets[r];
    const inner = radius;
    const lanesFrom = inner + dims.labelStrip;
    const outer = lanesFrom + Math.max(1, lanes.count) * laneWidth;
    rings.push({
      unit,
      position: r + 1,
      inner: round(inner),
      lanesFrom: round(lanesFrom),
      outer: round(outer),
      lanes: lanes.count,
      labelPath: circlePath(round(inner + dims.labelStrip / 2)),
      fill: CHART_SURFACES[1 + (r % 2)],
    });
    byRing[r].forEach(({ activity, number }, i) => {
      const laneInner = lanesFrom + lanes.lanes[i] * laneWidth + dims.padRadius / 2;
      const laneOuter = laneInner + laneWidth - dims.padRadius;
      for (const run of monthRuns(activity.months)) {
        const whole = run.length === 12;
        const from = monthStart(run.start) + (whole ? 0 : dims.padAngle / 2);
        const to = monthStart(run.start) + run.length * DEGREES_PER_MONTH - (whole ? 0 : dims.padAngle / 2);
        segments.push({
          activityId: activity.id,
          number,
          kind: activity.kind,
          fill: KIND_COLOURS[activity.kind],
          d: sectorPath(round(laneInner), round(laneOuter), round(from), round(whole ? from + 360 : to)),
          labelAt: polar((laneInner + laneOuter) / 2, whole ? DEGREES_PER_MONTH / 2 : (from + to) / 2),
        });
      }
    });
    radius = outer;
  });

  const spokes = Array.from({ length: 12 }, (_, i) => ({
    from: polar(hole, monthStart(i + 1)),
    to: polar(dims.outer + dims.rim, monthStart(i + 1)),
  }));
  return {
    hole: round(hole),
    outer: dims.outer,
    rings,
    segments,
    rimOuter: dims.outer + dims.rim,
    monthLabels: monthLabels(dims.outer + dims.rim / 2),
    spokes,
    laneWidth: round(laneWidth),
    numberSize: round(Math.min(20, laneWidth * 0.6)),
  };
}

// ---- colours: the contrast the chart promises (WCAG 2.1 relative luminance)

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// ---- the activity form

export interface ActivityFormValues {
  name: string;
  kind: ActivityKind | '';
  responsibleUnitId: string;
  /** '' when no unit is named. */
  performingUnitId: string;
  involvedUnitIds: string[];
  months: number[];
  note: string;
}

export const NOTE_MAX = 500;

export function activityFormValues(activity: WheelActivity | null): ActivityFormValues {
  return {
    name: activity?.name ?? '',
    kind: activity?.kind ?? '',
    responsibleUnitId: activity?.responsible.id ?? '',
    performingUnitId: activity?.performing?.id ?? '',
    involvedUnitIds: activity?.involved.map((u) => u.id) ?? [],
    months: activity ? [...activity.months] : [],
    note: activity?.note ?? '',
  };
}

/** The same checks as the core, with its field names. */
export function validateActivity(values: ActivityFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const note = values.note.trim();
  const checks: [string, string | null][] = [
    ['name', validateName(values.name, t.form.nameLabel)],
    ['kind', values.kind ? null : t.form.chooseKindError],
    ['responsibleUnitId', values.responsibleUnitId ? null : t.form.chooseResponsibleError],
    ['months', values.months.length > 0 ? null : t.form.chooseMonthsError],
    ['note', charCount(note) > NOTE_MAX ? strings.validation.tooLong(t.form.noteLabel, NOTE_MAX, charCount(note)) : null],
  ];
  for (const [field, message] of checks) {
    if (message) errors[field] = message;
  }
  return errors;
}

/** What is sent to the core: trimmed, months in order, no unit named twice. */
export function toActivityInput(values: ActivityFormValues): ActivityInput {
  return {
    name: values.name.trim(),
    kind: values.kind || null,
    responsibleUnitId: values.responsibleUnitId || null,
    performingUnitId: values.performingUnitId || null,
    involvedUnitIds: [...new Set(values.involvedUnitIds)],
    months: [...new Set(values.months)].sort((a, b) => a - b),
    note: values.note.trim(),
  };
}

/** Adds or takes away `item`, keeping the others. */
export function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}
