// Pure helpers for the Opplæringsplaner screen: how tasks are grouped by measuring point, the
// labels of placements and templates in the pickers, phase status, print choices and the
// sentences announced after a change. No DOM and no api calls here.

import { formatDate, safeFileName } from './format';
import type { CellChange } from './grid';
import { CRITERIA, criterionLabel } from './outline';
import { strings } from './strings';
import type {
  Criterion,
  HistoryEntry,
  Phase,
  Placement,
  Plan,
  PlanSummary,
  Task,
  TemplateSummary,
} from './types';

const t = strings.plans;

export interface TaskGroup {
  criterion: Criterion;
  label: string;
  tasks: Task[];
  confirmed: number;
}

/** The phase's tasks under their measuring point (empty groups left out), each in plan order. */
export function groupTasks(tasks: readonly Task[]): TaskGroup[] {
  return CRITERIA.map(({ criterion }) => {
    const inGroup = tasks.filter((task) => task.criterion === criterion);
    return {
      criterion,
      label: criterionLabel(criterion),
      tasks: inGroup,
      confirmed: inGroup.filter((task) => task.mentorConfirmed).length,
    };
  }).filter((g) => g.tasks.length > 0);
}

/** The grid's rows, top to bottom: the groups one after another. */
export function gridRows(tasks: readonly Task[]): Task[] {
  return groupTasks(tasks).flatMap((g) => g.tasks);
}

// ---- pickers

/** Placements that have no plan yet, in the order the core gave (newest first). */
export function placementsWithoutPlan(placements: readonly Placement[]): Placement[] {
  return placements.filter((p) => p.planId === null);
}

/** "Amina Yusuf – Rema 1000 Lørenskog (01.03.2027–31.08.2027)" */
export function placementLabel(p: Placement): string {
  return t.create.placementOption(p.participantName, p.workplace, formatDate(p.startDate), formatDate(p.endDate));
}

export function templateLabel(s: TemplateSummary): string {
  return t.create.templateOption(s.name, s.trade, s.isExample);
}

// ---- phases and progress

export type PhaseStatus = 'passed' | 'current' | 'upcoming';

export function phaseStatus(plan: Plan, phase: Phase): PhaseStatus {
  if (phase.passedOn) return 'passed';
  return plan.currentPhase === phase.number ? 'current' : 'upcoming';
}

/** The phase to open first: the current one, or the last when all are passed. */
export function defaultPhase(plan: Plan): number {
  return plan.currentPhase ?? plan.phases.length;
}

/** "Fase 2 av 3", or "Fullført" when every phase is passed. */
export function summaryPhaseText(s: PlanSummary): string {
  return s.currentPhase === null ? t.finished : t.phaseOf(s.currentPhase, s.phaseCount);
}

/** Whole percent for a progress bar; 0 when there is nothing to confirm. */
export function percent(confirmed: number, total: number): number {
  return total > 0 ? Math.round((confirmed / total) * 100) : 0;
}

/** The last passed phase, for "Angre" after passing, or null. */
export function lastPassedPhase(plan: Plan): Phase | null {
  const passed = plan.phases.filter((p) => p.passedOn);
  return passed.length ? passed[passed.length - 1] : null;
}

// ---- dates

/** Today on this machine as dd.mm.åååå. */
export function todayText(now: Date = new Date()): string {
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${now.getFullYear()}`;
}

// ---- printing

/** Who the file is named after: the printed name, initials without dots ("AY") when hidden. */
export function printedWho(plan: Plan): string {
  const full = plan.placement.participantName.trim();
  const printed = plan.participantPrintedName.trim();
  return printed === full ? full : printed.replace(/[.\s]/g, '');
}

/** "Opplæringsplan - Amina Yusuf - fase 1.pdf" (unsafe characters replaced). */
export function printFileName(plan: Plan, phase: number | null, blank: boolean): string {
  return safeFileName(t.print.fileName(printedWho(plan), phase, blank));
}

/**
 * The warnings (from `plan.warnings`, one per phase without tasks, in phase order) that concern
 * the phases being printed: one phase (1-based) or all (null).
 */
export function printWarnings(plan: Plan, phase: number | null): string[] {
  const empty = plan.phases.filter((p) => p.tasks.length === 0);
  const out: string[] = [];
  empty.forEach((p, i) => {
    if (phase !== null && p.number !== phase) return;
    out.push(plan.warnings[i] ?? t.print.emptyPhase(p.number));
  });
  return out;
}

// ---- messages

/** What the live region says after a change to `task` went through. */
export function announcement(change: CellChange, task: Task, shownDate: string | null): string {
  const a = t.announce;
  switch (change.kind) {
    case 'confirm':
      if (change.who === 'mentor') return change.confirmed ? a.mentorOn(task.text) : a.mentorOff(task.text);
      return change.confirmed ? a.participantOn(task.text) : a.participantOff(task.text);
    case 'done':
      return shownDate ? a.dateSet(task.text, shownDate) : a.dateCleared(task.text);
    case 'comment':
      return change.text.trim() ? a.commentSaved(task.text) : a.commentCleared(task.text);
  }
}

/** "05.03.2027 kl. 14:05 – Ingrid Bakke – Fadder bekreftet" */
export function historyLine(e: HistoryEntry): string {
  return t.history.line(e.at, e.by, e.what);
}

/** The plan's task with this id, and the phase it is in. */
export function findTask(plan: Plan, taskId: string): { task: Task; phase: Phase } | null {
  for (const phase of plan.phases) {
    const task = phase.tasks.find((x) => x.id === taskId);
    if (task) return { task, phase };
  }
  return null;
}

// ---- routing within the screen

/** `#/opplaeringsplaner/<id>` → id; the list (`#/opplaeringsplaner`) → null. */
export function planIdFromHash(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split(/[?]/)[0].split('/');
  return parts[0]?.toLowerCase() === 'opplaeringsplaner' && parts[1] ? decodeURIComponent(parts[1]) : null;
}

export function planHash(id: string | null): string {
  return id ? `#/opplaeringsplaner/${encodeURIComponent(id)}` : '#/opplaeringsplaner';
}

/** Tabs (phases, views): the tab a key moves to, wrapping around; null for other keys. */
export function tabKey(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
