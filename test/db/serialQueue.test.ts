import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/db/serialQueue';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serialQueue', () => {
  const recorded = () => {
    const events: string[] = [];
    const task = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await later(ms);
      events.push(`end ${name}`);
      return name;
    };
    return { events, task };
  };

  it('runs tasks one at a time, in the order given, each answering its own caller', async () => {
    const serial = serialQueue();
    const { events, task } = recorded();
    const answers = await Promise.all([
      serial(task('a', 20)),
      serial(task('b', 1)),
      serial(task('c', 5)),
    ]);
    expect(answers).toEqual(['a', 'b', 'c']);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs a later task only once no task of now is waiting, and never two at once', async () => {
    const serial = serialQueue();
    const { events, task } = recorded();
    const answers = await Promise.all([
      serial(task('now 1', 10)),
      serial(task('later 1', 1), 'later'),
      serial(task('later 2', 1), 'later'),
      serial(task('now 2', 1)),
    ]);
    expect(answers).toEqual(['now 1', 'later 1', 'later 2', 'now 2']);
    expect(events).toEqual([
      'start now 1',
      'end now 1',
      'start now 2',
      'end now 2',
      'start later 1',
      'end later 1',
      'start later 2',
      'end later 2',
    ]);
  });

  it('puts the tasks given in one turn in lane order before it starts the first', async () => {
    const serial = serialQueue();
    const { events, task } = recorded();
    await Promise.all([serial(task('later', 1), 'later'), serial(task('now', 1))]);
    expect(events).toEqual(['start now', 'end now', 'start later', 'end later']);
  });

  it('starts again after it has run empty', async () => {
    const serial = serialQueue();
    await serial(async () => 'first');
    await expect(serial(async () => 'second', 'later')).resolves.toBe('second');
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
