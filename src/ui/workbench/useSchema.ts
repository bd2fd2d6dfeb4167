import { useEffect, useState } from 'react';
import type { SqlSession } from '../../db/database';
import type { ResultSet } from '../../db/results/cellValue';
import { cellText } from '../../queries/workbench/cellText';
import {
  rowCountQuery,
  SCHEMA_COLUMNS_SQL,
  SCHEMA_OBJECTS_SQL,
} from '../../queries/workbench/schemaObjects';

export interface SchemaObject {
  readonly name: string;
  readonly kind: 'table' | 'view';
  readonly temporary: boolean;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

export interface Schema {
  readonly objects: readonly SchemaObject[];
  /** Rows per object, as they are counted (views can take a moment). */
  readonly counts: ReadonlyMap<string, number | 'failed'>;
  readonly error: string | null;
}

const EMPTY: Schema = { objects: [], counts: new Map(), error: null };
const READ = { maxRows: 100_000, readOnly: true };

function rows(result: ResultSet): string[][] {
  return Array.from({ length: result.rowCount }, (_, r) =>
    result.columns.map((_, c) => cellText(result.cell(r, c))),
  );
}

/** The tables and views the workbench's connection sees, read again whenever `refresh` changes. */
export function useSchema(session: SqlSession | null, refresh: number): Schema {
  const [schema, setSchema] = useState<Schema>(EMPTY);
  useEffect(() => {
    if (!session) return;
    let current = true;
    (async () => {
      const objects = rows(await session.run(SCHEMA_OBJECTS_SQL, READ));
      const columns = rows(await session.run(SCHEMA_COLUMNS_SQL, READ));
      const listed: SchemaObject[] = objects.map(([name, kind, temporary]) => ({
        name: name!,
        kind: kind === 'view' ? 'view' : 'table',
        temporary: temporary === 'true',
        columns: columns
          .filter(([object]) => object === name)
          .map(([, n, t]) => ({ name: n!, type: t! })),
      }));
      if (!current) return;
      const counts = new Map<string, number | 'failed'>();
      setSchema({ objects: listed, counts, error: null });
      // Tables first: their counts are immediate; a view's runs its query.
      for (const object of [...listed].sort((a, b) => a.kind.localeCompare(b.kind))) {
        try {
          const result = await session.run(rowCountQuery(object.name), READ);
          counts.set(object.name, Number(result.cell(0, 0)));
        } catch {
          // A view over a table that is gone cannot be counted; it is still listed.
          counts.set(object.name, 'failed');
        }
        if (!current) return;
        setSchema({ objects: listed, counts: new Map(counts), error: null });
      }
    })().catch(
      (error: unknown) =>
        current &&
        setSchema({ ...EMPTY, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [session, refresh]);
  return schema;
}
