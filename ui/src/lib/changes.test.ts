import { describe, expect, it } from 'vitest';
import { oneChangeAtATime } from './changes';

describe('oneChangeAtATime', () => {
  it('drops a change asked for while another is under way, and takes the next one after', async () => {
    const done: string[] = [];
    const run = oneChangeAtATime(() => {});
    let finishFirst = () => {};
    const first = run(() => new Promise<void>((resolve) => (finishFirst = () => (done.push('first'), resolve()))));
    await run(async () => {
      done.push('double click');
    });
    finishFirst();
    await first;
    await run(async () => {
      done.push('next');
    });
    expect(done).toEqual(['first', 'next']);
  });

  it("hands the core's refusal on as its message, and is free again after it", async () => {
    const refused: string[] = [];
    const run = oneChangeAtATime((message) => refused.push(message));
    await run(() => Promise.reject({ code: 'refused', message: 'Raden brukes i 1.2.', field: null }));
    let ran = false;
    await run(async () => {
      ran = true;
    });
    expect(refused).toEqual(['Raden brukes i 1.2.']);
    expect(ran).toBe(true);
  });
});
