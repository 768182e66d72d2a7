// The bookkeeping of a table whose rows can be deleted (after asking) and, for most tables, edited
// in a form beside it: the status line, the core's refusals shown at their rows, which row is in
// the form, and where focus goes when the form closes.

import { tick } from 'svelte';
import { confirmDelete } from './confirm.svelte';
import { strings } from './strings';

export interface Row {
  id: string;
}

export type Change = 'added' | 'updated' | 'deleted';

/** The texts a list needs, as in `strings` (each given the row's name). */
export interface DeleteTexts {
  deleted: (name: string) => string;
  confirmDeleteTitle: (name: string) => string;
  confirmDeleteBody: string;
}

export interface EditTexts extends DeleteTexts {
  added: (name: string) => string;
  updated: (name: string) => string;
}

export interface DeletableListOptions<T extends Row, Texts extends DeleteTexts = DeleteTexts> {
  /** What the texts call the row (a person's name, a placement's workplace). */
  name: (item: T) => string;
  texts: Texts;
  /** Asks the core to delete the row. */
  delete: (item: T) => Promise<unknown>;
  /** Brings the table up to date after a row was added, changed or deleted. */
  reload: (item: T, change: Change) => Promise<void>;
}

/** The status line above a table and the refusals at its rows; deleting a row after asking. */
export class DeletableList<T extends Row, Texts extends DeleteTexts = DeleteTexts> {
  status = $state('');
  /** Refusals from the core, by row id, shown under the row they concern. */
  rowErrors: Record<string, string> = $state({});

  protected readonly options: DeletableListOptions<T, Texts>;

  constructor(options: DeletableListOptions<T, Texts>) {
    this.options = options;
  }

  /** Forgets the earlier status and the row's earlier refusal. */
  protected clearMessages(item: T): void {
    this.status = '';
    delete this.rowErrors[item.id];
  }

  /** Asks first; a refusal from the core is shown at the row. */
  async remove(item: T): Promise<void> {
    const { name, texts } = this.options;
    this.clearMessages(item);
    const outcome = await confirmDelete(
      { title: texts.confirmDeleteTitle(name(item)), body: texts.confirmDeleteBody, confirmLabel: strings.confirm.yesDelete },
      () => this.options.delete(item),
    );
    if (outcome === 'deleted') {
      await this.deleted(item);
      this.status = texts.deleted(name(item));
    } else if (outcome !== 'cancelled') {
      this.rowErrors[item.id] = outcome.message;
    }
  }

  protected async deleted(item: T): Promise<void> {
    await this.options.reload(item, 'deleted');
  }
}

export interface EditableListOptions<T extends Row> extends DeletableListOptions<T, EditTexts> {
  /** The rows' edit buttons have the id `<idPrefix>-edit-<row id>`; focus returns there. */
  idPrefix: string;
}

/**
 * A table with one form for adding and editing its rows. The form is re-created (keyed on
 * `generation`) whenever it should start afresh: on editing a row, after a save, on cancel.
 */
export class EditableList<T extends Row> extends DeletableList<T, EditTexts> {
  /** The row in the form, or null while the form adds a new one. */
  editing: T | null = $state(null);
  /** Bumped to give the form a fresh start. */
  generation = $state(0);
  /** Whether the form, when it appears, takes the cursor. */
  focusForm = $state(false);
  /** Holds the form, to scroll it into view. */
  formContainer: HTMLElement | undefined = $state();

  readonly idPrefix: string;

  constructor(options: EditableListOptions<T>) {
    super(options);
    this.idPrefix = options.idPrefix;
  }

  /** The id of a row's edit button. */
  editButtonId(id: string): string {
    return `${this.idPrefix}-edit-${id}`;
  }

  /** Puts the row in the form and scrolls the form into view. */
  async startEdit(item: T): Promise<void> {
    this.editing = item;
    this.focusForm = true;
    this.generation++;
    this.clearMessages(item);
    await tick();
    this.formContainer?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  /** Empties the form; focus goes back to the edit button of the row `returnFocusTo`, if any. */
  async endEdit(returnFocusTo: string | null): Promise<void> {
    this.editing = null;
    this.focusForm = false;
    this.generation++;
    if (returnFocusTo) {
      await tick();
      document.getElementById(this.editButtonId(returnFocusTo))?.focus();
    }
  }

  /** The form's cancel: back to adding, focus back at the row that was edited. */
  cancel = (): Promise<void> => this.endEdit(this.editing?.id ?? null);

  /** The form's `onsaved`: after adding, the form is ready for the next row; after editing, it closes. */
  saved = async (item: T, wasNew: boolean): Promise<void> => {
    const { name, texts, reload } = this.options;
    await reload(item, wasNew ? 'added' : 'updated');
    this.status = wasNew ? texts.added(name(item)) : texts.updated(name(item));
    if (wasNew) {
      this.focusForm = true;
      this.generation++;
    } else {
      await this.endEdit(item.id);
    }
  };

  protected override async deleted(item: T): Promise<void> {
    if (this.editing?.id === item.id) await this.endEdit(null);
    await super.deleted(item);
  }
}
