import { describe, expect, it } from 'vitest';
import { isAppError, toAppError } from './errors';

describe('toAppError', () => {
  it('passes the core’s errors through unchanged', () => {
    const e = { code: 'duplicateMember', message: 'Åse Bråten er allerede med i arbeidsgruppen.', field: 'member' };
    expect(toAppError(e)).toEqual(e);
  });

  it('fills in a missing field as null', () => {
    expect(toAppError({ code: 'io', message: 'Kunne ikke lagre filen.' })).toEqual({
      code: 'io',
      message: 'Kunne ikke lagre filen.',
      field: null,
    });
  });

  it('wraps Tauri’s own string errors in a Norwegian sentence and keeps the detail', () => {
    const e = toAppError('command print_work_group not found');
    expect(e.code).toBe('unexpected');
    expect(e.field).toBeNull();
    expect(e.message).toBe('Noe uventet gikk galt. (command print_work_group not found)');
  });

  it('explains a missing shell (TypeError) and other JavaScript errors', () => {
    expect(toAppError(new TypeError("Cannot read properties of undefined (reading 'invoke')")).message).toMatch(
      /^Stegvis fikk ikke kontakt med programkjernen\./,
    );
    expect(toAppError(new Error('boom')).message).toBe('Noe uventet gikk galt. (boom)');
  });

  it('always gives the one shape, whatever was thrown', () => {
    for (const thrown of [undefined, null, 42, '', { message: 'no code' }, { code: 1, message: 'x' }]) {
      const e = toAppError(thrown);
      expect(isAppError(e)).toBe(true);
      expect(e).toEqual({ code: 'unexpected', message: 'Noe uventet gikk galt.', field: null });
    }
  });
});
