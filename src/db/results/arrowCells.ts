import {
  Precision,
  TimeUnit,
  Type,
  type Data,
  type DataType,
  type Decimal,
  type Float,
  type Time,
  type Timestamp,
  type Vector,
} from 'apache-arrow';
import { UNIT } from './arrowTypes';
import type { CellValue } from './cellValue';

const DAY_MS = 86_400_000;
const MICROS_PER: Record<'s' | 'ms' | 'us', bigint> = { s: 1_000_000n, ms: 1000n, us: 1n };

/**
 * The chunk of a column holding a row, and the row's place in it. A sliced chunk's buffers are
 * sliced with it (Arrow's Data.slice), so the place counts from the chunk's start.
 */
function locate(vector: Vector, index: number): [Data, number] {
  let local = index;
  for (const data of vector.data) {
    if (local < data.length) return [data, local];
    local -= data.length;
  }
  throw new RangeError(`Row ${index} is past the end of the result`);
}

/**
 * Timestamps and intervals are read from the column's own buffers: Arrow's accessors turn a
 * timestamp into fractional milliseconds (which loses nanoseconds) and, in the Arrow version
 * duckdb-wasm pins, misread MONTH_DAY_NANO intervals.
 */
function timestampAt(vector: Vector, index: number): CellValue {
  const [data, at] = locate(vector, index);
  const type = vector.type as Timestamp;
  const unit = UNIT[type.unit as TimeUnit];
  return {
    type: 'timestamp',
    value: BigInt((data.values as BigInt64Array)[at]!),
    unit,
    zoned: Boolean(type.timezone),
  };
}

function intervalAt(vector: Vector, index: number): CellValue {
  const [data, at] = locate(vector, index);
  const words = data.values as Int32Array;
  const nanos = (BigInt(words[at * 4 + 3]!) << 32n) | BigInt(words[at * 4 + 2]! >>> 0);
  return { type: 'interval', months: words[at * 4]!, days: words[at * 4 + 1]!, nanos };
}

function timeMicros(value: unknown, unit: 's' | 'ms' | 'us' | 'ns'): bigint {
  const n = BigInt(value as number | bigint);
  return unit === 'ns' ? n / 1000n : n * MICROS_PER[unit];
}

/**
 * A FLOAT as the shortest decimal that reads back as the same 32-bit number, which is what
 * DuckDB writes (123456789.123::FLOAT is 123456790.0, not its exact binary 123456792).
 */
function float32Digits(value: number): number {
  if (!Number.isFinite(value)) return value;
  for (let digits = 1; digits < 9; digits++) {
    const shortest = Number(value.toPrecision(digits));
    if (Math.fround(shortest) === value) return shortest;
  }
  return value;
}

/**
 * A map's entries, read through the column types of its keys and values. The vectors are made
 * with the column's own Vector class: DuckDB's copy of Arrow may not be the one imported here.
 */
function mapAt(vector: Vector, index: number): CellValue {
  const [data, at] = locate(vector, index);
  const { [at]: begin = 0, [at + 1]: end = 0 } = data.valueOffsets;
  const VectorOf = vector.constructor as new (data: Data[]) => Vector;
  const entries = new VectorOf([data.children[0]!.slice(begin, end - begin)]);
  const keys = entries.getChildAt(0)!;
  const values = entries.getChildAt(1)!;
  return {
    type: 'map',
    entries: Array.from({ length: entries.length }, (_, i) => [cellAt(keys, i), cellAt(values, i)]),
  };
}

/** A value Arrow handed over inside a union, where no column type guides it. */
function plainCell(value: unknown): CellValue {
  if (value == null) return null;
  if (typeof value === 'object') return String(value);
  return value as CellValue;
}

/** The value at a row of an Arrow column, exactly (see CellValue). */
export function cellAt(vector: Vector, index: number): CellValue {
  if (!vector.isValid(index)) return null;
  const type = vector.type as DataType;
  switch (type.typeId) {
    case Type.Null:
      return null;
    case Type.Timestamp:
      return timestampAt(vector, index);
    case Type.Interval:
      return intervalAt(vector, index);
    case Type.Date:
      return { type: 'date', days: Math.round((vector.get(index) as number) / DAY_MS) };
    case Type.Time:
      return {
        type: 'time',
        micros: timeMicros(vector.get(index), UNIT[(type as Time).unit as TimeUnit]),
      };
    case Type.Decimal:
      return {
        type: 'decimal',
        unscaled: BigInt(String(vector.get(index))),
        scale: (type as Decimal).scale,
      };
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return { type: 'blob', bytes: vector.get(index) as Uint8Array };
    case Type.List:
    case Type.FixedSizeList: {
      const items = vector.get(index) as Vector;
      return {
        type: 'list',
        items: Array.from({ length: items.length }, (_, i) => cellAt(items, i)),
      };
    }
    case Type.Struct:
      return {
        type: 'struct',
        fields: type.children.map((field, k) => [field.name, cellAt(vector.getChildAt(k)!, index)]),
      };
    case Type.Map:
      return mapAt(vector, index);
    case Type.Float:
      return (type as Float).precision === Precision.SINGLE
        ? float32Digits(vector.get(index) as number)
        : (vector.get(index) as number);
    case Type.Int:
      // Every integer is a bigint, of any width, so a number is always a floating-point one.
      return BigInt(vector.get(index) as number | bigint);
    case Type.Bool:
    case Type.Utf8:
    case Type.LargeUtf8:
    case Type.Dictionary:
      return vector.get(index) as CellValue;
    default:
      return plainCell(vector.get(index));
  }
}
