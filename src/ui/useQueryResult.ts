import { useEffect, useState } from 'react';
import { trackRead } from './pendingReads';

export type QueryResult<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Runs an async read whenever `run` changes (memoise it on its inputs) and keeps only the
 * latest answer, so a slow earlier query never overwrites a newer one.
 */
export function useQueryResult<T>(run: () => Promise<T>): QueryResult<T> {
  const [result, setResult] = useState<QueryResult<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    trackRead(run()).then(
      (value) => current && setResult({ status: 'done', value }),
      (error: unknown) =>
        current &&
        setResult({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [run]);
  return result;
}
