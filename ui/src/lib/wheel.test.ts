import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KINDS,
  CHART_SURFACES,
  DIMENSIONS,
  KIND_COLOURS,
  activityFormValues,
  assignLanes,
  contrastRatio,
  describeMonths,
  layoutWheel,
  monthLabels,
  monthRuns,
  polar,
  sectorPath,
  toActivityInput,
  validateActivity,
  VIEW_BOX,
  type ActivityFormValues,
} from './wheel';
import type { ActivityKind, Wheel, WheelActivity } from './types';

const flyktning = { id: 'u1', name: 'Flyktningtjenesten' };
const vo = { id: 'u2', name: 'Voksenopplæringen' };
const nav = { id: 'u3', name: 'Nav' };

function activity(id: string, months: number[], responsible = flyktning, kind: ActivityKind = 'budget'): WheelActivity {
  return {
    id,
    name: `Aktivitet ${id}`,
    kind,
    kindLabel: kind,
    responsible,
    performing: null,
    involved: [],
    months,
    monthsLabel: '',
    note: '',
    fixed: false,
  };
}

const wheel = (activities: WheelActivity[]): Wheel => ({
  groupId: 'g',
  groupName: 'Gruppe',
  rings: [flyktning, vo, nav],
  activities,
});

/** The angle (degrees clockwise from the top) of a point. */
const angleOf = (p: { x: number; y: number }) => ((Math.atan2(p.x, -p.y) * 180) / Math.PI + 360) % 360;
const radiusOf = (p: { x: number; y: number }) => Math.hypot(p.x, p.y);

describe('the wheel geometry', () => {
  it('puts January at the top and runs clockwise', () => {
    expect(polar(100, 0)).toEqual({ x: 0, y: -100 });
    expect(polar(100, 90)).toEqual({ x: 100, y: 0 });
    expect(polar(100, 180)).toEqual({ x: 0, y: 100 });
    expect(polar(100, 270)).toEqual({ x: -100, y: 0 });
  });

  it('joins consecutive months into one arc, also across new year', () => {
    expect(monthRuns([4, 5, 6])).toEqual([{ start: 4, length: 3 }]);
    expect(monthRuns([1, 8])).toEqual([
      { start: 1, length: 1 },
      { start: 8, length: 1 },
    ]);
    expect(monthRuns([12, 1, 11])).toEqual([{ start: 11, length: 3 }]);
    expect(monthRuns([1, 2, 6, 12])).toEqual([
      { start: 6, length: 1 },
      { start: 12, length: 3 },
    ]);
    expect(monthRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([{ start: 1, length: 12 }]);
    expect(monthRuns([])).toEqual([]);
    expect(monthRuns([0, 13, 3, 3])).toEqual([{ start: 3, length: 1 }]);
  });

  it('draws a sector as two arcs joined by straight sides, the long way round when over half a turn', () => {
    expect(sectorPath(50, 100, 0, 90)).toBe('M 0 -100 A 100 100 0 0 1 100 0 L 50 0 A 50 50 0 0 0 0 -50 Z');
    expect(sectorPath(50, 100, 0, 270)).toContain('A 100 100 0 1 1 -100 0');
    // A whole year is a full ring: an outer circle and an inner one drawn the other way.
    const full = sectorPath(50, 100, 0, 360);
    expect(full.match(/A 100 100 0 1 1/g)).toHaveLength(2);
    expect(full.match(/A 50 50 0 1 0/g)).toHaveLength(2);
  });

  it('splits a ring into lanes only where activities share a month', () => {
    // The fixed dates: feb, mar, apr–jun, jun, mai+sep, nov–des → two lanes.
    const fixed = [[2], [3], [4, 5, 6], [6], [5, 9], [11, 12]].map((months) => ({ months }));
    expect(assignLanes(fixed)).toEqual({ lanes: [0, 0, 0, 1, 1, 0], count: 2 });
    expect(assignLanes([{ months: [1] }, { months: [1] }, { months: [1] }])).toEqual({ lanes: [0, 1, 2], count: 3 });
    expect(assignLanes([])).toEqual({ lanes: [], count: 0 });
  });

  it('gives each unit a ring, inside out, and a lane its own band', () => {
    const layout = layoutWheel(wheel([activity('a', [1]), activity('b', [1, 2]), activity('c', [8], vo)]));
    expect(layout.rings.map((r) => [r.unit.name, r.position, r.lanes])).toEqual([
      ['Flyktningtjenesten', 1, 2],
      ['Voksenopplæringen', 2, 1],
      ['Nav', 3, 0],
    ]);
    // The rings touch, the outermost ends at the outer edge, and the empty one still shows.
    expect(layout.rings[0].inner).toBe(layout.hole);
    expect(layout.rings[1].inner).toBe(layout.rings[0].outer);
    expect(layout.rings[2].inner).toBe(layout.rings[1].outer);
    expect(layout.rings[2].outer).toBe(DIMENSIONS.outer);
    expect(layout.rings[2].outer - layout.rings[2].lanesFrom).toBeCloseTo(layout.laneWidth);
    // Few activities: lanes at their widest, the hole takes the rest.
    expect(layout.laneWidth).toBe(DIMENSIONS.maxLane);
    expect(layout.hole).toBeGreaterThan(DIMENSIONS.minHole);
  });

  it('draws each activity in its responsible unit’s ring over its months, numbered as in the list', () => {
    const layout = layoutWheel(wheel([activity('a', [1, 8], vo, 'intake'), activity('b', [4, 5, 6])]));
    // Ring by ring from the centre: b in the refugee service's ring, then a's two arcs.
    expect(layout.segments.map((s) => [s.activityId, s.number, s.kind])).toEqual([
      ['b', 2, 'budget'],
      ['a', 1, 'intake'],
      ['a', 1, 'intake'],
    ]);
    const [aprJun, jan, aug] = layout.segments;
    const ring = (name: string) => layout.rings.find((r) => r.unit.name === name)!;
    // The number sits in the middle of the arc: in the right month, within the right ring.
    expect(angleOf(jan.labelAt)).toBeCloseTo(15, 0);
    expect(angleOf(aug.labelAt)).toBeCloseTo(225, 0);
    expect(angleOf(aprJun.labelAt)).toBeCloseTo(135, 0);
    expect(radiusOf(jan.labelAt)).toBeGreaterThan(ring('Voksenopplæringen').lanesFrom);
    expect(radiusOf(jan.labelAt)).toBeLessThan(ring('Voksenopplæringen').outer);
    expect(radiusOf(aprJun.labelAt)).toBeGreaterThan(ring('Flyktningtjenesten').lanesFrom);
    expect(radiusOf(aprJun.labelAt)).toBeLessThan(ring('Flyktningtjenesten').outer);
    expect(jan.fill).toBe(KIND_COLOURS.intake);
  });

  it('makes lanes narrower, down to the smallest hole, when a ring fills up', () => {
    const crowded = Array.from({ length: 12 }, (_, i) => activity(`x${i}`, [3]));
    const layout = layoutWheel(wheel(crowded));
    expect(layout.rings[0].lanes).toBe(12);
    expect(layout.hole).toBeCloseTo(DIMENSIONS.minHole);
    expect(layout.laneWidth).toBeLessThan(DIMENSIONS.maxLane);
    expect(layout.numberSize).toBeLessThan(20);
    // Twelve bands of the same month, each further out than the one before.
    const radii = layout.segments.map((s) => radiusOf(s.labelAt));
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(new Set(radii).size).toBe(12);
  });

  it('lays a whole-year activity as a full ring', () => {
    const layout = layoutWheel(wheel([activity('a', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]));
    expect(layout.segments).toHaveLength(1);
    expect(layout.segments[0].d.match(/ Z/g)).toHaveLength(2);
  });

  it('has twelve month borders from the hole through the rim of month names', () => {
    const layout = layoutWheel(wheel([]));
    expect(layout.spokes).toHaveLength(12);
    expect(layout.rimOuter).toBe(DIMENSIONS.outer + DIMENSIONS.rim);
    expect(layout.spokes[0]).toEqual({ from: { x: 0, y: -layout.hole }, to: { x: 0, y: -layout.rimOuter } });
    expect(radiusOf(layout.spokes[3].to)).toBeCloseTo(layout.rimOuter);
    expect(radiusOf(layout.spokes[3].from)).toBeCloseTo(layout.hole);
  });

  it('fits the wheel and its rim in the view box', () => {
    const layout = layoutWheel(wheel([]));
    expect(layout.rimOuter).toBeLessThanOrEqual(-VIEW_BOX.x);
    expect(layout.rimOuter).toBeLessThanOrEqual(VIEW_BOX.x + VIEW_BOX.width);
    expect(layout.rimOuter).toBeLessThanOrEqual(-VIEW_BOX.y);
    expect(layout.rimOuter).toBeLessThanOrEqual(VIEW_BOX.y + VIEW_BOX.height);
  });
});

describe('the month names around the wheel', () => {
  const labels = monthLabels(300);

  it('names the twelve months, January first', () => {
    expect(labels.map((l) => l.text)).toEqual([
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ]);
  });

  it('writes each name along its own month, upright on both halves of the wheel', () => {
    const ends = (path: string) => {
      const n = path.match(/-?[\d.]+/g)!.map(Number);
      return { from: { x: n[0], y: n[1] }, sweep: n[6], to: { x: n[7], y: n[8] } };
    };
    // January: from the top clockwise to 30°, so the text runs left to right over the top.
    const jan = ends(labels[0].path);
    expect(angleOf(jan.from)).toBeCloseTo(0);
    expect(angleOf(jan.to)).toBeCloseTo(30);
    expect(jan.sweep).toBe(1);
    // July, at the bottom: from 210° back to 180°, still left to right as read.
    const jul = ends(labels[6].path);
    expect(angleOf(jul.from)).toBeCloseTo(210);
    expect(angleOf(jul.to)).toBeCloseTo(180);
    expect(jul.sweep).toBe(0);
    expect(jul.from.x).toBeLessThan(jul.to.x);
    // March and October sit above the middle, April and September below it.
    expect(ends(labels[2].path).sweep).toBe(1);
    expect(ends(labels[3].path).sweep).toBe(0);
    expect(ends(labels[8].path).sweep).toBe(0);
    expect(ends(labels[9].path).sweep).toBe(1);
    for (const l of labels) {
      expect(radiusOf(ends(l.path).from)).toBeCloseTo(300);
    }
  });

  it('describes chosen months as the core does', () => {
    expect(describeMonths([])).toBe('');
    expect(describeMonths([2])).toBe('feb');
    expect(describeMonths([6, 4, 5])).toBe('apr–jun');
    expect(describeMonths([5, 9])).toBe('mai og sep');
    expect(describeMonths([1, 2, 3, 10])).toBe('jan–mar og okt');
    expect(describeMonths([11, 12])).toBe('nov og des');
    expect(describeMonths([1, 8, 10])).toBe('jan, aug og okt');
  });
});

describe('the chart colours', () => {
  it('has one colour per kind, each different', () => {
    expect(Object.keys(KIND_COLOURS).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(ACTIVITY_KINDS.length);
  });

  it('keeps the white number readable on each arc and each arc visible on the chart', () => {
    for (const kind of ACTIVITY_KINDS) {
      expect(contrastRatio(KIND_COLOURS[kind], '#ffffff'), kind).toBeGreaterThanOrEqual(4.5);
      for (const surface of CHART_SURFACES) {
        expect(contrastRatio(KIND_COLOURS[kind], surface), `${kind} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('the activity form', () => {
  const filled: ActivityFormValues = {
    name: '  Inntak til introduksjonsprogrammet ',
    kind: 'intake',
    responsibleUnitId: 'u1',
    performingUnitId: '',
    involvedUnitIds: ['u2', 'u2'],
    months: [8, 1],
    note: ' ',
  };

  it('asks for a name, a kind, a responsible unit and a month', () => {
    const errors = validateActivity(activityFormValues(null));
    expect(errors).toEqual({
      name: 'Aktivitet må fylles ut.',
      kind: 'Velg hva slags aktivitet det er.',
      responsibleUnitId: 'Velg enheten som har ansvaret.',
      months: 'Velg minst én måned.',
    });
    expect(validateActivity(filled)).toEqual({});
  });

  it('stops a note that is too long, and a name', () => {
    expect(validateActivity({ ...filled, note: 'x'.repeat(501) }).note).toBe('Merknad kan være høyst 500 tegn (nå 501).');
    expect(validateActivity({ ...filled, note: 'x'.repeat(500) }).note).toBeUndefined();
    expect(validateActivity({ ...filled, name: 'x'.repeat(201) }).name).toBe('Aktivitet kan være høyst 200 tegn (nå 201).');
  });

  it('sends the core trimmed text, months in order, no unit twice, and null for what is not chosen', () => {
    expect(toActivityInput(filled)).toEqual({
      name: 'Inntak til introduksjonsprogrammet',
      kind: 'intake',
      responsibleUnitId: 'u1',
      performingUnitId: null,
      involvedUnitIds: ['u2'],
      months: [1, 8],
      note: '',
    });
    expect(toActivityInput(activityFormValues(null)).kind).toBeNull();
  });

  it('starts from the activity being changed', () => {
    const a = { ...activity('a', [4, 5], vo, 'course'), performing: nav, involved: [flyktning], note: 'Påmelding i mars' };
    expect(activityFormValues(a)).toEqual({
      name: 'Aktivitet a',
      kind: 'course',
      responsibleUnitId: 'u2',
      performingUnitId: 'u3',
      involvedUnitIds: ['u1'],
      months: [4, 5],
      note: 'Påmelding i mars',
    });
  });
});
