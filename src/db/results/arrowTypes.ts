import { TimeUnit, Type, type DataType, type Dictionary } from 'apache-arrow';
import type { ColumnKind } from './cellValue';

const INTEGER_NAMES: Record<string, string> = {
  Int8: 'TINYINT',
  Int16: 'SMALLINT',
  Int32: 'INTEGER',
  Int64: 'BIGINT',
  Uint8: 'UTINYINT',
  Uint16: 'USMALLINT',
  Uint32: 'UINTEGER',
  Uint64: 'UBIGINT',
};

export const UNIT: Record<TimeUnit, 's' | 'ms' | 'us' | 'ns'> = {
  [TimeUnit.SECOND]: 's',
  [TimeUnit.MILLISECOND]: 'ms',
  [TimeUnit.MICROSECOND]: 'us',
  [TimeUnit.NANOSECOND]: 'ns',
};

const TIMESTAMP_NAMES = {
  s: 'TIMESTAMP_S',
  ms: 'TIMESTAMP_MS',
  us: 'TIMESTAMP',
  ns: 'TIMESTAMP_NS',
};

/** What kind of values an Arrow column holds, for reading and showing them. */
export function columnKind(type: DataType): ColumnKind {
  switch (type.typeId) {
    case Type.Int:
      return 'integer';
    case Type.Decimal:
      return 'decimal';
    case Type.Float:
      return 'float';
    case Type.Bool:
      return 'boolean';
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'text';
    case Type.Dictionary:
      return columnKind((type as Dictionary).dictionary);
    case Type.Date:
      return 'date';
    case Type.Timestamp:
      return 'timestamp';
    case Type.Time:
      return 'time';
    case Type.Interval:
      return 'interval';
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return 'blob';
    case Type.List:
    case Type.FixedSizeList:
      return 'list';
    case Type.Struct:
      return 'struct';
    case Type.Map:
      return 'map';
    default:
      return 'other';
  }
}

/** The column's type as DuckDB names it, as far as Arrow tells (HUGEINT arrives as DECIMAL(38,0)). */
export function duckdbTypeName(type: DataType): string {
  const t = type as DataType & Record<string, unknown>;
  switch (type.typeId) {
    case Type.Int:
      return INTEGER_NAMES[String(type)] ?? String(type);
    case Type.Decimal:
      return `DECIMAL(${String(t.precision)},${String(t.scale)})`;
    case Type.Float:
      return String(type) === 'Float32' ? 'FLOAT' : 'DOUBLE';
    case Type.Bool:
      return 'BOOLEAN';
    case Type.Utf8:
    case Type.LargeUtf8:
      return 'VARCHAR';
    case Type.Dictionary:
      return 'ENUM';
    case Type.Date:
      return 'DATE';
    case Type.Timestamp: {
      const unit = UNIT[t.unit as TimeUnit];
      return t.timezone ? 'TIMESTAMP WITH TIME ZONE' : TIMESTAMP_NAMES[unit];
    }
    case Type.Time:
      return 'TIME';
    case Type.Interval:
      return 'INTERVAL';
    case Type.Binary:
    case Type.LargeBinary:
    case Type.FixedSizeBinary:
      return 'BLOB';
    case Type.List:
    case Type.FixedSizeList:
      return `${duckdbTypeName(type.children[0]!.type)}[]`;
    case Type.Struct:
      return `STRUCT(${type.children.map((f) => `${f.name} ${duckdbTypeName(f.type)}`).join(', ')})`;
    case Type.Map: {
      const entry = type.children[0]!.type.children;
      return `MAP(${duckdbTypeName(entry[0]!.type)}, ${duckdbTypeName(entry[1]!.type)})`;
    }
    default:
      return String(type).toUpperCase();
  }
}
