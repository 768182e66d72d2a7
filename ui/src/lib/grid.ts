// The keyboard logic of the tick grid (ARIA grid pattern), kept free of the DOM so it can be
// tested: which key moves where, and what a key does to the cell it is pressed in.
//
// The grid has one row per task and these columns, left to right. One cell at a time is in the
// tab order (roving tabindex); the component moves focus to the cell `gridKey` returns.

import type { Confirmer, Task } from './types';

export const GRID_COLUMNS = ['task', 'done', 'mentor', 'participant', 'comment', 'history'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** Row and column, 0-based. */
export interface Cell {
  row: number;
  col: number;
}

/** What the component should do after a key press in a cell. */
export type GridAction =
  | { kind: 'move'; to: Cell }
  /** Space: flip the tick, or set/clear the date. */
  | { kind: 'toggle' }
  /** Open the cell's inline editor, starting with `initial` when the user began typing. */
  | { kind: 'edit'; initial: string | null }
  /** Delete / Backspace: empty the cell. */
  | { kind: 'clear' }
  /** Press the button in the cell (the history column). */
  | { kind: 'activate' }
  /** Handled, nothing to do (the key's default, like scrolling the page, is still prevented). */
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

/** Rows jumped by Page Up / Page Down. */
export const PAGE_ROWS = 5;

const TICKS: readonly GridColumn[] = ['mentor', 'participant'];
const EDITABLE: readonly GridColumn[] = ['done', 'comment'];

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}

/** A key that types a character (not a shortcut). */
function isPrintable(e: KeyInput): boolean {
  return [...e.key].length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/**
 * What a key pressed in cell `at` of a grid with `rows` × GRID_COLUMNS.length cells does, or null
 * when the grid leaves the key alone (Tab, shortcuts), so the browser handles it.
 */
export function gridKey(e: KeyInput, at: Cell, rows: number): GridAction | null {
  const lastRow = Math.max(0, rows - 1);
  const lastCol = GRID_COLUMNS.length - 1;
  const move = (row: number, col: number): GridAction => ({
    kind: 'move',
    to: { row: clamp(row, 0, lastRow), col: clamp(col, 0, lastCol) },
  });
  const column = GRID_COLUMNS[at.col];
  const ctrl = !!(e.ctrlKey || e.metaKey);

  switch (e.key) {
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'Home':
      return ctrl ? move(0, 0) : move(at.row, 0);
    case 'End':
      return ctrl ? move(lastRow, lastCol) : move(at.row, lastCol);
    case 'PageUp':
      return move(at.row - PAGE_ROWS, at.col);
    case 'PageDown':
      return move(at.row + PAGE_ROWS, at.col);
  }
  if (ctrl || e.altKey) return null;

  switch (e.key) {
    case ' ':
    case 'Spacebar':
      if (TICKS.includes(column) || column === 'done') return { kind: 'toggle' };
      if (column === 'history') return { kind: 'activate' };
      return { kind: 'none' };
    case 'Enter':
      if (TICKS.includes(column)) return { kind: 'toggle' };
      if (EDITABLE.includes(column)) return { kind: 'edit', initial: null };
      if (column === 'history') return { kind: 'activate' };
      return { kind: 'none' };
    case 'F2':
      return EDITABLE.includes(column) ? { kind: 'edit', initial: null } : { kind: 'none' };
    case 'Delete':
    case 'Backspace':
      return column === 'task' || column === 'history' ? { kind: 'none' } : { kind: 'clear' };
  }
  // Typing starts the editor, as in a spreadsheet: any character in the comment cell, a digit
  // in the date cell.
  if (isPrintable(e)) {
    if (column === 'comment') return { kind: 'edit', initial: e.key };
    if (column === 'done' && /^\d$/.test(e.key)) return { kind: 'edit', initial: e.key };
  }
  return null;
}

/** One change to a task, as the api takes it. */
export type CellChange =
  | { kind: 'confirm'; who: Confirmer; confirmed: boolean; date: string | null }
  | { kind: 'done'; date: string | null }
  | { kind: 'comment'; text: string };

/** `tickDate` is the "Dato for avkryssing" as typed (dd.mm.åååå); blank means today. */
function dateOrToday(tickDate: string): string | null {
  const trimmed = tickDate.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * What Space (toggle) does to the task in this column; null when the column has no toggle.
 * `today` (dd.mm.åååå) dates the task when the date field is blank.
 */
export function toggleChange(column: GridColumn, task: Task, tickDate: string, today: string): CellChange | null {
  switch (column) {
    case 'mentor':
      return { kind: 'confirm', who: 'mentor', confirmed: !task.mentorConfirmed, date: dateOrToday(tickDate) };
    case 'participant':
      return {
        kind: 'confirm',
        who: 'participant',
        confirmed: !task.participantConfirmed,
        date: dateOrToday(tickDate),
      };
    case 'done':
      // A blank date means "clear" to the core here, so the date is always spelt out.
      return task.doneOn ? { kind: 'done', date: null } : { kind: 'done', date: dateOrToday(tickDate) ?? today };
    default:
      return null;
  }
}

/** What Delete does in this column; null when the cell is already empty or cannot be emptied. */
export function clearChange(column: GridColumn, task: Task): CellChange | null {
  switch (column) {
    case 'mentor':
      return task.mentorConfirmed ? { kind: 'confirm', who: 'mentor', confirmed: false, date: null } : null;
    case 'participant':
      return task.participantConfirmed
        ? { kind: 'confirm', who: 'participant', confirmed: false, date: null }
        : null;
    case 'done':
      return task.doneOn ? { kind: 'done', date: null } : null;
    case 'comment':
      return task.comment ? { kind: 'comment', text: '' } : null;
    default:
      return null;
  }
}

/**
 * Where the active cell is after the rows changed (a plan came back from the core): the same
 * task and column if the task is still there, else the same row number within the new rows.
 */
export function relocate(
  active: { taskId: string; col: number } | null,
  previousRow: number,
  taskIds: readonly string[],
): { taskId: string; col: number } | null {
  if (taskIds.length === 0) return null;
  const col = active?.col ?? 0;
  if (active && taskIds.includes(active.taskId)) return active;
  const row = clamp(previousRow, 0, taskIds.length - 1);
  return { taskId: taskIds[row], col };
}
