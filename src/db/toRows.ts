import { Type, type Field, type Table, type Vector } from 'apache-arrow';
import type { Row } from './database';

type Convert = (value: unknown) => unknown;

const identity: Convert = (value) => value;

function bigintToNumber(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  const n = Number(value);
  // Counts here (ranks, downloads, views) stay far below 2^53; a larger one would be mangled.
  if (!Number.isSafeInteger(n))
    throw new RangeError(`Integer ${value} is too large to show exactly`);
  return n;
}

/** A DECIMAL as the nearest double: charts and key figures want numbers (the workbench does not). */
function decimalToNumber(scale: number): Convert {
  const divisor = 10 ** scale;
  return (value) => (value == null ? value : Number(String(value)) / divisor);
}

function epochToDate(value: unknown): unknown {
  return typeof value === 'number' ? new Date(value) : value;
}

function converterFor(field: Field): Convert {
  const { type } = field;
  switch (type.typeId) {
    case Type.Int:
      return (type as { bitWidth: number }).bitWidth === 64 ? bigintToNumber : identity;
    case Type.Decimal:
      return decimalToNumber((type as { scale: number }).scale);
    case Type.Date:
    case Type.Timestamp:
      // duckdb-wasm hands DATE and TIMESTAMP over as epoch milliseconds, in UTC.
      return epochToDate;
    case Type.List:
    case Type.FixedSizeList: {
      const child = field.type.children[0];
      const convertChild = child ? converterFor(child) : identity;
      return (value) =>
        value == null ? value : Array.from(value as Vector, (item) => convertChild(item));
    }
    default:
      return identity;
  }
}

/**
 * The one place where Arrow results become plain rows (BIGINT, DECIMAL, DATE, TIMESTAMP, lists).
 * Read a column at a time, each batch in turn: `Vector.get(row)` looks for the row's batch on
 * every call, and made this the longest step between an answer and its chart.
 */
export function toRows<T>(table: Table): T[] {
  const rows: Row[] = Array.from({ length: table.numRows }, () => ({}));
  table.schema.fields.forEach((field, c) => {
    const convert = converterFor(field);
    const column = table.getChildAt(c);
    let r = 0;
    if (column) for (const value of column) rows[r++]![field.name] = convert(value ?? null);
    else for (const row of rows) row[field.name] = null;
  });
  return rows as T[];
}
