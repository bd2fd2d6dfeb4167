/**
 * Runs tasks one at a time, in the order given; a task that fails does not stop the next.
 *
 * The dashboard's queries go to DuckDB's one worker as a prepare, a run and a close each. Sent
 * together, their prepares run first and then their runs, so every chart of a view waits for all
 * of them; one at a time, each chart's rows arrive as soon as its own query is done.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };
}
