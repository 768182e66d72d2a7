// One confirmation dialog for the whole window. `confirmAction` opens it and resolves to true
// when the user confirms, false on "Avbryt", Escape or closing.

import { toAppError } from './errors';
import type { AppError } from './types';

export interface ConfirmRequest {
  title: string;
  body: string;
  /** Listed under the body (e.g. what a step still lacks). */
  items?: readonly string[];
  confirmLabel: string;
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void;
}

export const confirmState = $state<{ current: Pending | null }>({ current: null });

export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  // A second request while one is open answers the first with "no".
  confirmState.current?.resolve(false);
  return new Promise((resolve) => {
    confirmState.current = { ...request, resolve };
  });
}

/**
 * Asks "delete X?" and, on yes, runs `remove`. A refusal from the core (already in Norwegian)
 * comes back as the error, to be shown at the row it concerns.
 */
export async function confirmDelete(
  request: Omit<ConfirmRequest, 'danger'>,
  remove: () => Promise<unknown>,
): Promise<'cancelled' | 'deleted' | AppError> {
  if (!(await confirmAction({ ...request, danger: true }))) return 'cancelled';
  try {
    await remove();
    return 'deleted';
  } catch (err) {
    return toAppError(err);
  }
}

export function answerConfirm(ok: boolean): void {
  const pending = confirmState.current;
  confirmState.current = null;
  pending?.resolve(ok);
}
