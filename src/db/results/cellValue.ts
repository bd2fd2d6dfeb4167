/**
 * A value of a query result as DuckDB returned it, exactly: no BIGINT rounded to a double, no
 * DECIMAL turned binary, no timestamp cut to milliseconds. JavaScript has no type for most of
 * these, so they travel as small tagged records; text for reading is made from them later.
 * Integers of every width are bigints, so a `number` is always a FLOAT or DOUBLE.
 */
export type CellValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | DecimalCell
  | DateCell
  | TimestampCell
  | TimeCell
  | IntervalCell
  | BlobCell
  | ListCell
  | StructCell
  | MapCell;

export interface DecimalCell {
  readonly type: 'decimal';
  /** The digits without the point: 12.50 is 1250n at scale 2. */
  readonly unscaled: bigint;
  readonly scale: number;
}

export interface DateCell {
  readonly type: 'date';
  /** Days since 1970-01-01; DuckDB's infinite dates are ±(2^31 − 1). */
  readonly days: number;
}

export interface TimestampCell {
  readonly type: 'timestamp';
  /** Since 1970-01-01 00:00 UTC, in `unit`s. */
  readonly value: bigint;
  readonly unit: 's' | 'ms' | 'us' | 'ns';
  /** TIMESTAMP WITH TIME ZONE: an instant, written in UTC. */
  readonly zoned: boolean;
}

export interface TimeCell {
  readonly type: 'time';
  readonly micros: bigint;
}

export interface IntervalCell {
  readonly type: 'interval';
  readonly months: number;
  readonly days: number;
  readonly nanos: bigint;
}

export interface BlobCell {
  readonly type: 'blob';
  readonly bytes: Uint8Array;
}

export interface ListCell {
  readonly type: 'list';
  readonly items: readonly CellValue[];
}

export interface StructCell {
  readonly type: 'struct';
  readonly fields: readonly (readonly [string, CellValue])[];
}

export interface MapCell {
  readonly type: 'map';
  readonly entries: readonly (readonly [CellValue, CellValue])[];
}

/** How a column's values are read and shown: numbers to the right, dates as ISO text. */
export type ColumnKind =
  | 'integer'
  | 'decimal'
  | 'float'
  | 'boolean'
  | 'text'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'interval'
  | 'blob'
  | 'list'
  | 'struct'
  | 'map'
  | 'other';

export interface ResultColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The type in DuckDB's words where Arrow keeps them apart: BIGINT, DECIMAL(10,2), DATE... */
  readonly type: string;
}

/** The rows a statement returned, read cell by cell so a large result costs nothing until shown. */
export interface ResultSet {
  readonly columns: readonly ResultColumn[];
  readonly rowCount: number;
  /** The statement returned more rows than were kept. */
  readonly truncated: boolean;
  cell(row: number, column: number): CellValue;
}
