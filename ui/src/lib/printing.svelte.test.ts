import { describe, expect, it } from 'vitest';
import { answerConfirm, confirmState } from './confirm.svelte';
import { PrintJob } from './printing.svelte';

describe('PrintJob', () => {
  it('shows where the file was saved, and nothing when the dialog was cancelled', async () => {
    const job = new PrintJob();
    await job.run(async () => '/home/kari/Arbeidsgruppe.pdf');
    expect(job.state).toEqual({ kind: 'saved', path: '/home/kari/Arbeidsgruppe.pdf' });
    await job.run(async () => null);
    expect(job.state).toEqual({ kind: 'idle' });
  });

  it('shows the core’s message when printing fails', async () => {
    const job = new PrintJob();
    await job.run(async () => {
      throw { code: 'io', message: 'Kunne ikke skrive filen x.pdf: mangler skrivetilgang', field: null };
    });
    expect(job.state).toEqual({ kind: 'error', text: 'Kunne ikke skrive filen x.pdf: mangler skrivetilgang' });
  });

  it('asks first when there is a warning, and prints nothing on Avbryt', async () => {
    const job = new PrintJob();
    let saves = 0;
    const save = async () => (saves++, 'plan.pdf');
    const warning = { title: 'Fasen er tom', body: 'Fase 2 har ingen arbeidsoppgaver.', confirmLabel: 'Skriv ut likevel' };

    const cancelled = job.run(save, warning);
    expect(confirmState.current?.title).toBe('Fasen er tom');
    answerConfirm(false);
    await cancelled;
    expect(saves).toBe(0);
    expect(job.state.kind).toBe('idle');

    const confirmed = job.run(save, warning);
    answerConfirm(true);
    await confirmed;
    expect(saves).toBe(1);
  });

  it('ignores a second press while printing', async () => {
    const job = new PrintJob();
    let finish: (path: string) => void = () => {};
    let saves = 0;
    const first = job.run(() => (saves++, new Promise<string>((r) => (finish = r))));
    expect(job.busy).toBe(true);
    await job.run(async () => (saves++, 'again.pdf'));
    finish('first.pdf');
    await first;
    expect(saves).toBe(1);
    expect(job.state).toEqual({ kind: 'saved', path: 'first.pdf' });
  });
});
