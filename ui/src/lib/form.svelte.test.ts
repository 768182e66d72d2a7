import { describe, expect, it, vi } from 'vitest';
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

describe('FormState.submit', () => {
  const event = () => new Event('submit', { cancelable: true });

  it('stops at the first field with a message, focuses it and saves nothing', async () => {
    const f = new FormState(['name', 'email']);
    const focused: (string | null)[] = [];
    let saves = 0;
    const e = event();
    const saved = await f.submit(e, { name: null, email: 'E-postadressen ser ikke riktig ut.' }, (x) => focused.push(x), async () => {
      saves++;
    });
    expect(saved).toBe(false);
    expect(e.defaultPrevented).toBe(true);
    expect(saves).toBe(0);
    expect(focused).toEqual(['email']);
    expect(f.error('email', 'E-postadressen ser ikke riktig ut.')).toBe('E-postadressen ser ikke riktig ut.');
  });

  it('saves while busy when nothing is wrong', async () => {
    const f = new FormState(['name']);
    let busyDuringSave = false;
    const saved = await f.submit(event(), { name: null }, () => {}, async () => {
      busyDuringSave = f.busy;
    });
    expect(saved).toBe(true);
    expect(busyDuringSave).toBe(true);
    expect(f.busy).toBe(false);
  });

  it('puts the core’s refusal at its field and focuses it', async () => {
    const f = new FormState(['name']);
    const focused: (string | null)[] = [];
    const refusal = { code: 'invalid', message: 'Det finnes allerede en enhet som heter «Nav».', field: 'name' };
    const saved = await f.submit(event(), {}, (x) => focused.push(x), () => Promise.reject(refusal));
    expect(saved).toBe(false);
    expect(f.error('name', null)).toBe(refusal.message);
    expect(focused).toEqual(['name']);
    expect(f.busy).toBe(false);
  });

  it('keeps a refusal that belongs to no field of the form as the form’s error', async () => {
    const f = new FormState(['member']);
    const saved = await f.submit(event(), {}, () => {}, () =>
      Promise.reject({ code: 'notFound', message: 'Fant ikke arbeidsgruppen.', field: null }),
    );
    expect(saved).toBe(false);
    expect(f.formError).toBe('Fant ikke arbeidsgruppen.');
  });

  it('does not show a message on leaving a field while its submit button is pressed', () => {
    // Otherwise the message grows the form, the button slides away and the click is lost.
    class FakeElement {
      constructor(private submit: boolean) {}
      closest() {
        return this.submit ? this : null;
      }
    }
    const listeners: Record<string, () => void> = {};
    vi.stubGlobal('Element', FakeElement);
    vi.stubGlobal('window', {
      addEventListener: (type: string, f: () => void) => (listeners[type] = f),
    });
    vi.useFakeTimers();
    const message = 'Navn må fylles ut.';

    const f = new FormState(['name']);
    f.edited('name');
    f.pointerDown({ target: new FakeElement(false) } as unknown as PointerEvent);
    f.blur('name');
    expect(f.error('name', message)).toBe(message);

    const g = new FormState(['name']);
    g.edited('name');
    g.pointerDown({ target: new FakeElement(true) } as unknown as PointerEvent);
    g.blur('name');
    expect(g.error('name', message)).toBeNull();
    listeners.pointerup();
    vi.runAllTimers();
    g.blur('name');
    expect(g.error('name', message)).toBe(message);
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
});
