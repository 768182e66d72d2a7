// Printing to PDF from a screen: confirm a warning first when there is one, open the save
// dialog, have the core write the file, and show where it went or why it failed. One state per
// print button; the roster, the template and the plan all print this way.

import { confirmAction, type ConfirmRequest } from './confirm.svelte';
import { toAppError } from './errors';

export type PrintState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; path: string }
  | { kind: 'error'; text: string };

export class PrintJob {
  state: PrintState = $state({ kind: 'idle' });

  get busy(): boolean {
    return this.state.kind === 'busy';
  }

  /**
   * Runs `save` (which resolves to the path written, or null when the dialog was cancelled).
   * With `confirmFirst` the user is asked first and nothing happens on "Avbryt". A second press
   * while a print is under way is ignored.
   */
  async run(save: () => Promise<string | null>, confirmFirst: ConfirmRequest | null = null): Promise<void> {
    if (this.busy) return;
    if (confirmFirst && !(await confirmAction(confirmFirst))) return;
    this.state = { kind: 'busy' };
    try {
      const path = await save();
      this.state = path ? { kind: 'saved', path } : { kind: 'idle' };
    } catch (e) {
      this.state = { kind: 'error', text: toAppError(e).message };
    }
  }
}
