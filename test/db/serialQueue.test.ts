import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/db/serialQueue';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serialQueue', () => {
  it('runs tasks one at a time, in the order given, each answering its own caller', async () => {
    const serial = serialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await later(ms);
      events.push(`end ${name}`);
      return name;
    };
    const answers = await Promise.all([
      serial(task('a', 20)),
      serial(task('b', 1)),
      serial(task('c', 5)),
    ]);
    expect(answers).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('gives a failure to its own caller only, and goes on with the next task', async () => {
    const serial = serialQueue();
    const failed = serial(async () => {
      throw new Error('refused');
    });
    const next = serial(async () => 'ran');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('ran');
  });
});
