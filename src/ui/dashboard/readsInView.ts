import type { Database, ReadOptions, SqlQuery } from '../../db/database';

/** Whether some of the figure is inside the window; yes while it is not drawn at all. */
function inView(figure: string): boolean {
  const element = document.querySelector(`[data-figure="${CSS.escape(figure)}"]`);
  if (!element) return true;
  const { top, bottom } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight;
}

/**
 * A panel's database: while the panel is out of view when it reads, its reads wait for those of
 * the panels in view, so a change redraws what a person sees first (issue 7). They still run
 * right after those: a panel scrolled to has its answer, or gets it next.
 */
export function readsInView(db: Database, figure: string): Database {
  return {
    ...db,
    query: <T>(query: SqlQuery | string, options?: ReadOptions) =>
      db.query<T>(query, { ...options, outOfView: !inView(figure) }),
  };
}
