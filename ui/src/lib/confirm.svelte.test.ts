import { describe, expect, it } from 'vitest';
import { answerConfirm, confirmAction, confirmState } from './confirm.svelte';

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
