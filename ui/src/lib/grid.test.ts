import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, PAGE_ROWS, clearChange, gridKey, relocate, toggleChange } from './grid';
import type { Task } from './types';

const col = (name: (typeof GRID_COLUMNS)[number]) => GRID_COLUMNS.indexOf(name);
const last = GRID_COLUMNS.length - 1;

function task(over: Partial<Task> = {}): Task {
  return {
    id: 't1',
    text: 'Hilser på kolleger og kunder.',
    criterion: 'language',
    hint: null,
    doneOn: null,
    mentorConfirmed: false,
    participantConfirmed: false,
    comment: '',
    ...over,
  };
}

describe('moving in the grid', () => {
  const rows = 15;

  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(gridKey({ key: 'ArrowRight' }, { row: 0, col: 0 }, rows)).toEqual({ kind: 'move', to: { row: 0, col: 1 } });
    expect(gridKey({ key: 'ArrowDown' }, { row: 0, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
    expect(gridKey({ key: 'ArrowLeft' }, { row: 3, col: 0 }, rows)).toEqual({ kind: 'move', to: { row: 3, col: 0 } });
    expect(gridKey({ key: 'ArrowUp' }, { row: 0, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(gridKey({ key: 'ArrowDown' }, { row: 14, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: 14, col: 2 } });
    expect(gridKey({ key: 'ArrowRight' }, { row: 2, col: last }, rows)).toEqual({ kind: 'move', to: { row: 2, col: last } });
  });

  it('Home and End go to the ends of the row, with Ctrl to the ends of the grid', () => {
    expect(gridKey({ key: 'Home' }, { row: 4, col: 3 }, rows)).toEqual({ kind: 'move', to: { row: 4, col: 0 } });
    expect(gridKey({ key: 'End' }, { row: 4, col: 1 }, rows)).toEqual({ kind: 'move', to: { row: 4, col: last } });
    expect(gridKey({ key: 'Home', ctrlKey: true }, { row: 4, col: 3 }, rows)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
    expect(gridKey({ key: 'End', ctrlKey: true }, { row: 4, col: 1 }, rows)).toEqual({ kind: 'move', to: { row: 14, col: last } });
  });

  it('Page Up and Page Down jump several rows', () => {
    expect(gridKey({ key: 'PageDown' }, { row: 0, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: PAGE_ROWS, col: 2 } });
    expect(gridKey({ key: 'PageDown' }, { row: 12, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: 14, col: 2 } });
    expect(gridKey({ key: 'PageUp' }, { row: 2, col: 2 }, rows)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
  });

  it('leaves Tab and shortcuts to the browser', () => {
    expect(gridKey({ key: 'Tab' }, { row: 0, col: 0 }, rows)).toBeNull();
    expect(gridKey({ key: 'Tab', shiftKey: true }, { row: 0, col: 0 }, rows)).toBeNull();
    expect(gridKey({ key: 'c', ctrlKey: true }, { row: 0, col: col('comment') }, rows)).toBeNull();
    expect(gridKey({ key: ' ', altKey: true }, { row: 0, col: col('mentor') }, rows)).toBeNull();
  });

  it('works in a grid with one row', () => {
    expect(gridKey({ key: 'ArrowDown' }, { row: 0, col: 0 }, 1)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
  });
});

describe('keys in a cell', () => {
  const at = (name: (typeof GRID_COLUMNS)[number]) => ({ row: 1, col: col(name) });

  it('Space and Enter tick the fadder and deltaker cells', () => {
    for (const key of [' ', 'Enter']) {
      expect(gridKey({ key }, at('mentor'), 5)).toEqual({ kind: 'toggle' });
      expect(gridKey({ key }, at('participant'), 5)).toEqual({ kind: 'toggle' });
    }
  });

  it('Space sets or clears the date; Enter and F2 open its editor', () => {
    expect(gridKey({ key: ' ' }, at('done'), 5)).toEqual({ kind: 'toggle' });
    expect(gridKey({ key: 'Enter' }, at('done'), 5)).toEqual({ kind: 'edit', initial: null });
    expect(gridKey({ key: 'F2' }, at('done'), 5)).toEqual({ kind: 'edit', initial: null });
  });

  it('Enter and F2 open the comment editor; typing starts it with the letter', () => {
    expect(gridKey({ key: 'Enter' }, at('comment'), 5)).toEqual({ kind: 'edit', initial: null });
    expect(gridKey({ key: 'F2' }, at('comment'), 5)).toEqual({ kind: 'edit', initial: null });
    expect(gridKey({ key: 'å' }, at('comment'), 5)).toEqual({ kind: 'edit', initial: 'å' });
    expect(gridKey({ key: '3' }, at('done'), 5)).toEqual({ kind: 'edit', initial: '3' });
    expect(gridKey({ key: 'x' }, at('done'), 5)).toBeNull();
    expect(gridKey({ key: 'x' }, at('mentor'), 5)).toBeNull();
  });

  it('Delete empties every cell that holds something', () => {
    for (const name of ['done', 'mentor', 'participant', 'comment'] as const) {
      expect(gridKey({ key: 'Delete' }, at(name), 5)).toEqual({ kind: 'clear' });
      expect(gridKey({ key: 'Backspace' }, at(name), 5)).toEqual({ kind: 'clear' });
    }
    expect(gridKey({ key: 'Delete' }, at('task'), 5)).toEqual({ kind: 'none' });
  });

  it('the history cell is a button', () => {
    expect(gridKey({ key: 'Enter' }, at('history'), 5)).toEqual({ kind: 'activate' });
    expect(gridKey({ key: ' ' }, at('history'), 5)).toEqual({ kind: 'activate' });
  });

  it('Space in the task cell does nothing (and does not scroll the page)', () => {
    expect(gridKey({ key: ' ' }, at('task'), 5)).toEqual({ kind: 'none' });
  });
});

describe('what a toggle changes', () => {
  it('ticks and unticks the fadder and the deltaker with the chosen date', () => {
    expect(toggleChange('mentor', task(), '03.03.2027', '05.03.2027')).toEqual({
      kind: 'confirm', who: 'mentor', confirmed: true, date: '03.03.2027',
    });
    expect(toggleChange('participant', task({ participantConfirmed: true }), '', '05.03.2027')).toEqual({
      kind: 'confirm', who: 'participant', confirmed: false, date: null,
    });
  });

  it('sets the date (today when the field is blank) or clears it', () => {
    expect(toggleChange('done', task(), ' 03.03.2027 ', '05.03.2027')).toEqual({ kind: 'done', date: '03.03.2027' });
    expect(toggleChange('done', task(), '', '05.03.2027')).toEqual({ kind: 'done', date: '05.03.2027' });
    expect(toggleChange('done', task({ doneOn: '2027-03-01' }), '', '05.03.2027')).toEqual({ kind: 'done', date: null });
  });

  it('has nothing to toggle in the text columns', () => {
    expect(toggleChange('task', task(), '', '05.03.2027')).toBeNull();
    expect(toggleChange('comment', task(), '', '05.03.2027')).toBeNull();
  });
});

describe('what Delete changes', () => {
  it('clears what is there and nothing else', () => {
    expect(clearChange('mentor', task({ mentorConfirmed: true }))).toEqual({ kind: 'confirm', who: 'mentor', confirmed: false, date: null });
    expect(clearChange('mentor', task())).toBeNull();
    expect(clearChange('participant', task({ participantConfirmed: true }))?.kind).toBe('confirm');
    expect(clearChange('done', task({ doneOn: '2027-03-01' }))).toEqual({ kind: 'done', date: null });
    expect(clearChange('done', task())).toBeNull();
    expect(clearChange('comment', task({ comment: 'Bra!' }))).toEqual({ kind: 'comment', text: '' });
    expect(clearChange('comment', task())).toBeNull();
    expect(clearChange('task', task())).toBeNull();
  });
});

describe('keeping the active cell after an update', () => {
  it('stays on the same task and column', () => {
    expect(relocate({ taskId: 'b', col: 3 }, 1, ['a', 'b', 'c'])).toEqual({ taskId: 'b', col: 3 });
  });

  it('takes the same row when the task is gone, or the last row', () => {
    expect(relocate({ taskId: 'x', col: 2 }, 1, ['a', 'b', 'c'])).toEqual({ taskId: 'b', col: 2 });
    expect(relocate({ taskId: 'x', col: 2 }, 7, ['a', 'b'])).toEqual({ taskId: 'b', col: 2 });
  });

  it('starts at the first cell, and has none in an empty grid', () => {
    expect(relocate(null, 0, ['a'])).toEqual({ taskId: 'a', col: 0 });
    expect(relocate({ taskId: 'a', col: 1 }, 0, [])).toBeNull();
  });
});
