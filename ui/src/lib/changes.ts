// What the editors of a list share when they change it through the core: putting focus on an
// element once the page shows the change, and sending one change at a time.
import { tick } from 'svelte';
import { toAppError } from './errors';

/** Puts focus on the element with `id` once the page has been brought up to date. */
export async function focusId(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}

/**
 * A runner of changes, one at a time: a change asked for while another is under way is dropped
 * (a double click moves a row once), and the message of a refusal is handed to `onrefused`.
 */
export function oneChangeAtATime(onrefused: (message: string) => void): (change: () => Promise<void>) => Promise<void> {
  let busy = false;
  return async (change) => {
    if (busy) return;
    busy = true;
    try {
      await change();
    } catch (e) {
      onrefused(toAppError(e).message);
    } finally {
      busy = false;
    }
  };
}
