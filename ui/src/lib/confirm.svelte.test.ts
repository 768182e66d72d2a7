import { describe, expect, it } from 'vitest';
import { answerConfirm, confirmAction, confirmDelete, confirmState } from './confirm.svelte';

describe('confirmAction', () => {
  const request = { title: 'Slette Åse?', body: 'Kan ikke angres.', confirmLabel: 'Ja, slett', danger: true };

  it('opens the dialog and resolves with the answer', async () => {
    const answer = confirmAction(request);
    expect(confirmState.current?.title).toBe('Slette Åse?');
    answerConfirm(true);
    await expect(answer).resolves.toBe(true);
    expect(confirmState.current).toBeNull();
  });

  it('answers an earlier question with no when a new one is asked', async () => {
    const first = confirmAction(request);
    const second = confirmAction({ ...request, title: 'Slette Øystein?' });
    await expect(first).resolves.toBe(false);
    expect(confirmState.current?.title).toBe('Slette Øystein?');
    answerConfirm(false);
    await expect(second).resolves.toBe(false);
  });
});

describe('confirmDelete', () => {
  const request = { title: 'Slette Åse?', body: 'Kan ikke angres.', confirmLabel: 'Ja, slett' };

  it('deletes nothing when the user says no', async () => {
    let calls = 0;
    const outcome = confirmDelete(request, async () => calls++);
    expect(confirmState.current?.danger).toBe(true);
    answerConfirm(false);
    await expect(outcome).resolves.toBe('cancelled');
    expect(calls).toBe(0);
  });

  it('deletes on yes', async () => {
    let calls = 0;
    const outcome = confirmDelete(request, async () => calls++);
    answerConfirm(true);
    await expect(outcome).resolves.toBe('deleted');
    expect(calls).toBe(1);
  });

  it('hands back the core’s refusal to show at the row', async () => {
    const refusal = { code: 'personInGroups', message: 'Åse er med i 1 arbeidsgruppe. Ta personen ut av den først.', field: null };
    const outcome = confirmDelete(request, () => Promise.reject(refusal));
    answerConfirm(true);
    await expect(outcome).resolves.toEqual(refusal);
  });
});
