// Per-form bookkeeping of which messages to show: fields the user has left, whether a save was
// attempted, and the messages the core sent back for particular fields.

import { toAppError } from './errors';
import { hasErrors, shownError, type FieldErrors } from './validate';
import type { AppError } from './types';

export class FormState {
  touched: Record<string, boolean> = $state({});
  /** Fields the user has typed in or changed. */
  dirty: Record<string, boolean> = $state({});
  server: Record<string, string> = $state({});
  submitted = $state(false);
  /** A save is under way. */
  busy = $state(false);
  /** A message from the core that belongs to no field of this form. */
  formError: string | null = $state(null);

  readonly fields: readonly string[];

  /** Between pressing a submit button and the click that follows (see `pointerDown`). */
  #pressingSubmit = false;

  constructor(fields: readonly string[]) {
    this.fields = fields;
  }

  /**
   * Call on blur: from now on the field is checked as the user types. A field the user only
   * passed through (tabbed into and out of without typing) is not marked.
   *
   * Skipped while a submit button is being pressed: pressing it takes focus out of the field,
   * a message shown then grows the form, the button slides away from under the pointer and the
   * click is lost. The submit that follows checks every field anyway.
   */
  blur(field: string): void {
    if (this.#pressingSubmit) return;
    if (this.dirty[field]) this.touched[field] = true;
  }

  /** Give every form `onpointerdowncapture={form.pointerDown}`. */
  pointerDown = (e: PointerEvent): void => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target?.closest('button[type="submit"], input[type="submit"]')) return;
    this.#pressingSubmit = true;
    // The click comes right after the pointer is released; let it through first.
    const release = () => setTimeout(() => (this.#pressingSubmit = false), 0);
    window.addEventListener('pointerup', release, { once: true, capture: true });
    window.addEventListener('pointercancel', release, { once: true, capture: true });
  };

  /** Call on input: the core's earlier message for this field no longer applies. */
  edited(field: string): void {
    this.dirty[field] = true;
    if (field in this.server) delete this.server[field];
    this.formError = null;
  }

  error(field: string, clientError: string | null | undefined): string | null {
    return shownError(clientError, this.server[field], !!this.touched[field], this.submitted);
  }

  /** Puts an error from the core beside its field, or at the form when it has none here. */
  showServerError(e: AppError): void {
    if (e.field && this.fields.includes(e.field)) {
      this.server[e.field] = e.message;
      this.formError = null;
    } else {
      this.formError = e.message;
    }
  }

  /** The first field that currently shows a message, to move focus there after a failed save. */
  firstErrorField(clientErrors: FieldErrors): string | null {
    for (const f of this.fields) {
      if (this.error(f, clientErrors[f])) return f;
    }
    return null;
  }

  /**
   * The one way a form saves. It marks the attempt, and if a field has a message the user can
   * fix, moves focus there and stops. Otherwise it runs `save` while `busy`; a refusal from the
   * core is shown beside its field (or as `formError`) and focus goes to that field. What the
   * user typed is never cleared here. Resolves to whether the save went through.
   */
  async submit(
    e: Event,
    clientErrors: FieldErrors,
    focus: (field: string | null) => void,
    save: () => Promise<void>,
  ): Promise<boolean> {
    e.preventDefault();
    this.submitted = true;
    if (hasErrors(clientErrors)) {
      focus(this.firstErrorField(clientErrors));
      return false;
    }
    this.busy = true;
    try {
      await save();
      return true;
    } catch (err) {
      const appError = toAppError(err);
      this.showServerError(appError);
      focus(appError.field);
      return false;
    } finally {
      this.busy = false;
    }
  }

  reset(): void {
    this.touched = {};
    this.dirty = {};
    this.server = {};
    this.submitted = false;
    this.formError = null;
  }
}
