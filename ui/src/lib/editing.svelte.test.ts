import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerConfirm, confirmState } from './confirm.svelte';
import { DeletableList, EditableList, type Change } from './editing.svelte';

interface Thing {
  id: string;
  name: string;
}

const ase: Thing = { id: 'p1', name: 'Åse' };
const oystein: Thing = { id: 'p2', name: 'Øystein' };

const texts = {
  added: (name: string) => `${name} er lagt til.`,
  updated: (name: string) => `Endringene for ${name} er lagret.`,
  deleted: (name: string) => `${name} er slettet.`,
  confirmDeleteTitle: (name: string) => `Slette ${name}?`,
  confirmDeleteBody: 'Kan ikke angres.',
};

/** A list whose reloads and deletes are recorded, with `remove` failing as `refusal` when set. */
function setup(refusal?: unknown) {
  const reloads: [string, Change][] = [];
  const deletes: string[] = [];
  const list = new EditableList<Thing>({
    idPrefix: 'thing',
    name: (thing) => thing.name,
    texts,
    delete: async (thing) => {
      if (refusal) throw refusal;
      deletes.push(thing.id);
    },
    reload: async (thing, change) => {
      reloads.push([thing.id, change]);
    },
  });
  return { list, reloads, deletes };
}

/** Stands in for the document: records which element got focus. */
function stubDocument() {
  const focused: string[] = [];
  vi.stubGlobal('document', {
    getElementById: (id: string) => ({ focus: () => focused.push(id) }),
  });
  return focused;
}

afterEach(() => {
  vi.unstubAllGlobals();
  answerConfirm(false);
});

describe('EditableList', () => {
  it('puts a row in the form, clears the old messages and scrolls the form into view', async () => {
    const { list } = setup();
    const scrolled: ScrollIntoViewOptions[] = [];
    list.formContainer = { scrollIntoView: (o: ScrollIntoViewOptions) => scrolled.push(o) } as unknown as HTMLElement;
    list.status = 'Bent er lagt til.';
    list.rowErrors = { p1: 'Åse er med i 1 arbeidsgruppe.', p2: 'Øystein er med i 2 arbeidsgrupper.' };

    await list.startEdit(ase);
    expect(list.editing).toBe(ase);
    expect(list.focusForm).toBe(true);
    expect(list.generation).toBe(1);
    expect(list.status).toBe('');
    expect(list.rowErrors).toEqual({ p2: 'Øystein er med i 2 arbeidsgrupper.' });
    expect(scrolled).toEqual([{ block: 'nearest', behavior: 'smooth' }]);
  });

  it('on cancel, empties the form and returns focus to the row’s edit button', async () => {
    const focused = stubDocument();
    const { list } = setup();
    await list.startEdit(ase);
    await list.cancel();
    expect(list.editing).toBeNull();
    expect(list.focusForm).toBe(false);
    expect(list.generation).toBe(2);
    expect(focused).toEqual(['thing-edit-p1']);
  });

  it('on cancel while adding, gives a fresh form and leaves focus alone', async () => {
    const focused = stubDocument();
    const { list } = setup();
    await list.cancel();
    expect(list.generation).toBe(1);
    expect(focused).toEqual([]);
  });

  it('after adding, reloads, says so and gives a fresh form that takes the cursor', async () => {
    const focused = stubDocument();
    const { list, reloads } = setup();
    await list.saved(ase, true);
    expect(reloads).toEqual([['p1', 'added']]);
    expect(list.status).toBe('Åse er lagt til.');
    expect(list.editing).toBeNull();
    expect(list.focusForm).toBe(true);
    expect(list.generation).toBe(1);
    expect(focused).toEqual([]);
  });

  it('after editing, reloads, says so, closes the form and returns focus to the row', async () => {
    const focused = stubDocument();
    const { list, reloads } = setup();
    await list.startEdit(ase);
    await list.saved(ase, false);
    expect(reloads).toEqual([['p1', 'updated']]);
    expect(list.status).toBe('Endringene for Åse er lagret.');
    expect(list.editing).toBeNull();
    expect(list.focusForm).toBe(false);
    expect(focused).toEqual(['thing-edit-p1']);
  });

  it('deletes nothing when the user says no', async () => {
    const { list, reloads, deletes } = setup();
    list.status = 'Bent er lagt til.';
    const removing = list.remove(ase);
    expect(confirmState.current?.title).toBe('Slette Åse?');
    expect(confirmState.current?.body).toBe('Kan ikke angres.');
    expect(confirmState.current?.danger).toBe(true);
    answerConfirm(false);
    await removing;
    expect(deletes).toEqual([]);
    expect(reloads).toEqual([]);
    expect(list.status).toBe('');
    expect(list.rowErrors).toEqual({});
  });

  it('deletes on yes, closes the form if it held that row, reloads and says so', async () => {
    const focused = stubDocument();
    const { list, reloads, deletes } = setup();
    await list.startEdit(ase);
    const removing = list.remove(ase);
    answerConfirm(true);
    await removing;
    expect(deletes).toEqual(['p1']);
    expect(list.editing).toBeNull();
    expect(reloads).toEqual([['p1', 'deleted']]);
    expect(list.status).toBe('Åse er slettet.');
    // The row is gone; focus is not sent to its button.
    expect(focused).toEqual([]);
  });

  it('keeps the form when another row is deleted', async () => {
    const { list } = setup();
    await list.startEdit(ase);
    const generation = list.generation;
    const removing = list.remove(oystein);
    answerConfirm(true);
    await removing;
    expect(list.editing).toBe(ase);
    expect(list.generation).toBe(generation);
  });

  it('shows the core’s refusal at the row', async () => {
    const refusal = { code: 'personInGroups', message: 'Åse er med i 1 arbeidsgruppe. Ta personen ut av den først.', field: null };
    const { list, reloads } = setup(refusal);
    const removing = list.remove(ase);
    answerConfirm(true);
    await removing;
    expect(list.rowErrors).toEqual({ p1: refusal.message });
    expect(list.status).toBe('');
    expect(reloads).toEqual([]);

    // Trying again clears the old refusal while the user is asked.
    const again = list.remove(ase);
    expect(list.rowErrors).toEqual({});
    answerConfirm(false);
    await again;
  });
});

describe('DeletableList', () => {
  it('deletes after asking and reloads, with no form to close', async () => {
    const reloads: [string, Change][] = [];
    const list = new DeletableList<Thing>({
      name: (thing) => thing.name,
      texts,
      delete: async () => {},
      reload: async (thing, change) => {
        reloads.push([thing.id, change]);
      },
    });
    const removing = list.remove(oystein);
    expect(confirmState.current?.title).toBe('Slette Øystein?');
    answerConfirm(true);
    await removing;
    expect(reloads).toEqual([['p2', 'deleted']]);
    expect(list.status).toBe('Øystein er slettet.');
  });
});
