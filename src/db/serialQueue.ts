/** `now`: in the order given. `later`: a read for what is out of view, run once `now` is empty. */
export type QueueLane = 'now' | 'later';

/**
 * Runs tasks one at a time, in the order given within each lane, every `now` task before any
 * `later` one still waiting; a task that fails does not stop the next. The first task waits for
 * the end of the turn it was given in, so the tasks given with it (the reads of every panel a
 * render updates) are put in lane order before any starts.
 *
 * The dashboard's queries go to DuckDB's one worker as a prepare, a run and a close each. Sent
 * together, their prepares run first and then their runs, so every chart of a view waits for all
 * of them; one at a time, each chart's rows arrive as soon as its own query is done, and the
 * charts in view do not wait for the reads of those below them.
 */
export function serialQueue(): <T>(task: () => Promise<T>, lane?: QueueLane) => Promise<T> {
  const waiting: Record<QueueLane, (() => Promise<void>)[]> = { now: [], later: [] };
  let running = false;
  const next = async () => {
    for (let task = take(); task; task = take()) await task();
    running = false;
  };
  const take = () => waiting.now.shift() ?? waiting.later.shift();
  return (task, lane = 'now') =>
    new Promise((resolve, reject) => {
      waiting[lane].push(async () => {
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
      });
      if (running) return;
      running = true;
      queueMicrotask(() => void next());
    });
}
