import { describe, expect, it } from 'vitest';
import { FormState } from './form.svelte';

describe('FormState', () => {
  it('does not mark a field the user only passed through', () => {
    const f = new FormState(['name']);
    f.blur('name');
    expect(f.error('name', 'Navn må fylles ut.')).toBeNull();
  });

  it('checks a field after the user typed in it and left it', () => {
    const f = new FormState(['name']);
    f.edited('name');
    expect(f.error('name', 'Navn må fylles ut.')).toBeNull();
    f.blur('name');
    expect(f.error('name', 'Navn må fylles ut.')).toBe('Navn må fylles ut.');
  });

  it('checks every field after a save attempt', () => {
    const f = new FormState(['name', 'email']);
    f.submitted = true;
    expect(f.error('email', 'E-post feil')).toBe('E-post feil');
    expect(f.firstErrorField({ email: 'E-post feil' })).toBe('email');
  });

  it('puts the core’s error at its field until the user edits that field', () => {
    const f = new FormState(['name', 'email']);
    f.showServerError({ code: 'invalid', message: 'E-postadressen ser ikke riktig ut.', field: 'email' });
    expect(f.error('email', null)).toBe('E-postadressen ser ikke riktig ut.');
    expect(f.formError).toBeNull();
    f.edited('name');
    expect(f.error('email', null)).toBe('E-postadressen ser ikke riktig ut.');
    f.edited('email');
    expect(f.error('email', null)).toBeNull();
  });

  it('shows errors for other or no fields at the form', () => {
    const f = new FormState(['name']);
    f.showServerError({ code: 'database', message: 'Databasefeil: låst', field: null });
    expect(f.formError).toBe('Databasefeil: låst');
    f.showServerError({ code: 'invalid', message: 'Ukjent felt', field: 'phone' });
    expect(f.formError).toBe('Ukjent felt');
  });

  it('starts afresh after reset', () => {
    const f = new FormState(['name']);
    f.submitted = true;
    f.edited('name');
    f.blur('name');
    f.showServerError({ code: 'empty', message: 'Navn må fylles ut.', field: 'name' });
    f.reset();
    expect(f.error('name', 'Navn må fylles ut.')).toBeNull();
    expect(f.submitted).toBe(false);
  });
});
