import { describe, expect, it } from 'vitest';
import {
  announcement,
  defaultPhase,
  groupTasks,
  gridRows,
  historyLine,
  lastPassedPhase,
  percent,
  phaseStatus,
  placementLabel,
  placementsWithoutPlan,
  planHash,
  planIdFromHash,
  printFileName,
  printWarnings,
  summaryPhaseText,
  tabKey,
  templateLabel,
  todayText,
} from './plans';
import type { Criterion, Phase, Placement, Plan, Task } from './types';

let n = 0;
function task(criterion: Criterion, over: Partial<Task> = {}): Task {
  n += 1;
  return {
    id: `t${n}`,
    text: `Oppgave ${n}`,
    criterion,
    hint: null,
    doneOn: null,
    mentorConfirmed: false,
    participantConfirmed: false,
    comment: '',
    ...over,
  };
}

const noLanguage = { overall: null, listening: null, reading: null, speaking: null, writing: null };

function phase(number: number, tasks: Task[], passedOn: string | null = null): Phase {
  return { id: `p${number}`, number, goal: '', language: noLanguage, tasks, passedOn };
}

const placement: Placement = {
  id: 'pl1',
  participantId: 'd1',
  participantName: 'Amina Yusuf',
  workplace: 'Rema 1000 Lørenskog',
  mentorName: 'Ingrid Bakke',
  startDate: '2027-03-01',
  endDate: '2027-08-31',
  daysPerWeek: 3,
  planId: null,
  employerId: null,
  employerName: null,
  mentorId: null,
  contactId: null,
  contactName: null,
  kind: null,
  schoolDaysPerWeek: null,
  goal: '',
  specVersionId: null,
  specId: null,
  specLabel: null,
  createdAt: '',
  updatedAt: '',
};

function plan(phases: Phase[], over: Partial<Plan> = {}): Plan {
  return {
    id: 'plan1',
    name: 'Butikkmedarbeider',
    trade: 'Butikk',
    templateId: null,
    templateName: 'Butikkmedarbeider',
    placement,
    participantPrintedName: 'Amina Yusuf',
    adviserName: null,
    phases,
    progress: [],
    currentPhase: phases.find((p) => !p.passedOn)?.number ?? null,
    proposal: null,
    warnings: phases.filter((p) => p.tasks.length === 0).map((p) => `Fase ${p.number} har ingen arbeidsoppgaver.`),
    createdAt: '',
    updatedAt: '',
    ...over,
  };
}

describe('tasks by measuring point', () => {
  it('groups in the handbook order and keeps the plan order inside a group', () => {
    const a = task('performance');
    const b = task('language', { mentorConfirmed: true });
    const c = task('performance', { mentorConfirmed: true });
    const d = task('language');
    const groups = groupTasks([a, b, c, d]);
    expect(groups.map((g) => [g.label, g.tasks.map((x) => x.id), g.confirmed])).toEqual([
      ['Språkutvikling', [b.id, d.id], 1],
      ['Arbeidsutførelse', [a.id, c.id], 1],
    ]);
    expect(gridRows([a, b, c, d]).map((x) => x.id)).toEqual([b.id, d.id, a.id, c.id]);
  });
});

describe('pickers', () => {
  it('offers only placements without a plan, labelled with name, workplace and period', () => {
    const taken = { ...placement, id: 'pl2', planId: 'x' };
    expect(placementsWithoutPlan([placement, taken]).map((p) => p.id)).toEqual(['pl1']);
    expect(placementLabel(placement)).toBe('Amina Yusuf – Rema 1000 Lørenskog (01.03.2027–31.08.2027)');
  });

  it('marks example templates', () => {
    const summary = { id: 'x', name: 'Butikkmedarbeider', trade: 'Butikk', isExample: true, phaseCount: 3, taskCount: 40, planCount: 0 };
    expect(templateLabel(summary)).toBe('Butikkmedarbeider (Butikk) – eksempel');
    expect(templateLabel({ ...summary, isExample: false, trade: '' })).toBe('Butikkmedarbeider');
  });
});

describe('phases', () => {
  const p = plan([phase(1, [task('language')], '2027-03-20'), phase(2, [task('language')]), phase(3, [])]);

  it('knows which phase is passed, current and still to come', () => {
    expect(p.phases.map((x) => phaseStatus(p, x))).toEqual(['passed', 'current', 'upcoming']);
    expect(defaultPhase(p)).toBe(2);
    expect(lastPassedPhase(p)?.number).toBe(1);
  });

  it('opens the last phase when all are passed', () => {
    const done = plan([phase(1, [task('language')], '2027-03-20'), phase(2, [task('language')], '2027-04-20')]);
    expect(defaultPhase(done)).toBe(2);
    expect(lastPassedPhase(plan([phase(1, [])]))).toBeNull();
  });

  it('says where a plan is in the list', () => {
    const s = { id: 'x', name: '', trade: '', participantName: '', workplace: '', phaseCount: 3, currentPhase: 2, confirmed: 5, total: 30 };
    expect(summaryPhaseText(s)).toBe('Fase 2 av 3');
    expect(summaryPhaseText({ ...s, currentPhase: null })).toBe('Fullført');
    expect(percent(5, 30)).toBe(17);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('printing', () => {
  const p = plan([phase(1, [task('language')]), phase(2, []), phase(3, [])]);

  it('suggests a file name after the participant', () => {
    expect(printFileName(p, 1, false)).toBe('Opplæringsplan - Amina Yusuf - fase 1.pdf');
    expect(printFileName(p, null, true)).toBe('Opplæringsplan - Amina Yusuf - blankt skjema.pdf');
    const hidden = { ...p, participantPrintedName: 'A. Y.' };
    expect(printFileName(hidden, 2, false)).toBe('Opplæringsplan - AY - fase 2.pdf');
    const slash = { ...p, placement: { ...placement, participantName: 'A/B' }, participantPrintedName: 'A/B' };
    expect(printFileName(slash, null, false)).toBe('Opplæringsplan - A-B.pdf');
  });

  it('warns about the empty phases that are printed, and only those', () => {
    expect(printWarnings(p, 1)).toEqual([]);
    expect(printWarnings(p, 3)).toEqual(['Fase 3 har ingen arbeidsoppgaver.']);
    expect(printWarnings(p, null)).toEqual(['Fase 2 har ingen arbeidsoppgaver.', 'Fase 3 har ingen arbeidsoppgaver.']);
  });
});

describe('messages', () => {
  const x = task('language', { text: 'Hilser på kolleger og kunder.' });

  it('announces each kind of change', () => {
    expect(announcement({ kind: 'confirm', who: 'mentor', confirmed: true, date: null }, x, null)).toBe(
      'Fadder bekreftet: Hilser på kolleger og kunder.',
    );
    expect(announcement({ kind: 'confirm', who: 'participant', confirmed: false, date: null }, x, null)).toBe(
      'Deltakerens bekreftelse fjernet: Hilser på kolleger og kunder.',
    );
    expect(announcement({ kind: 'done', date: '05.03.2027' }, x, '05.03.2027')).toBe('Fullført 05.03.2027: Hilser på kolleger og kunder.');
    expect(announcement({ kind: 'done', date: null }, x, null)).toBe('Datoen er fjernet: Hilser på kolleger og kunder.');
    expect(announcement({ kind: 'comment', text: ' ' }, x, null)).toBe('Kommentaren er fjernet: Hilser på kolleger og kunder.');
  });

  it('writes a history line with time, who and what', () => {
    expect(historyLine({ at: '05.03.2027 kl. 14:05', by: 'Ingrid Bakke', taskId: null, subject: 'x', what: 'Fadder bekreftet' })).toBe(
      '05.03.2027 kl. 14:05 – Ingrid Bakke – Fadder bekreftet',
    );
  });

  it('writes today as dd.mm.åååå', () => {
    expect(todayText(new Date(2027, 2, 5, 23, 59))).toBe('05.03.2027');
  });
});

describe('addresses within the screen', () => {
  it('reads and writes the plan id in the hash', () => {
    expect(planIdFromHash('#/opplaeringsplaner')).toBeNull();
    expect(planIdFromHash('#/opplaeringsplaner/abc-1')).toBe('abc-1');
    expect(planIdFromHash('#/arbeidsgruppe/abc')).toBeNull();
    expect(planHash('abc-1')).toBe('#/opplaeringsplaner/abc-1');
    expect(planHash(null)).toBe('#/opplaeringsplaner');
    expect(planIdFromHash(planHash('abc-1'))).toBe('abc-1');
  });
});

describe('tabs', () => {
  it('move with the arrow keys, wrapping, and Home/End', () => {
    expect(tabKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabKey('Home', 2, 3)).toBe(0);
    expect(tabKey('End', 0, 3)).toBe(2);
    expect(tabKey('Enter', 0, 3)).toBeNull();
  });
});
