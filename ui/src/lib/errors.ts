// Turning whatever a failed call threw into the one error shape the components know.

import { strings } from './strings';
import type { AppError } from './types';

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    typeof v.message === 'string' &&
    (v.field === null || v.field === undefined || typeof v.field === 'string')
  );
}

/**
 * The core's errors arrive as `{ code, message, field }` already. Anything else (a plain string
 * from Tauri itself, a JavaScript `Error`, a missing shell while developing) is wrapped so that
 * the user still gets a Norwegian sentence and the detail is kept for support.
 */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) {
    return { code: value.code, message: value.message, field: value.field ?? null };
  }
  if (typeof value === 'string' && value.trim() !== '') {
    // Tauri's own errors (unknown command, bad arguments) are English strings.
    return { code: 'unexpected', message: `${strings.errors.unexpected} (${value})`, field: null };
  }
  if (value instanceof Error) {
    // A TypeError here almost always means the page runs outside the Tauri window.
    const lead = value instanceof TypeError ? strings.errors.noCore : strings.errors.unexpected;
    return { code: 'unexpected', message: `${lead} (${value.message})`, field: null };
  }
  return { code: 'unexpected', message: strings.errors.unexpected, field: null };
}
