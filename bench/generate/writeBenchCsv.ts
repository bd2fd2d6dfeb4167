import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { BENCH_LAYOUT, CSV_HEADER, dayLines, rowsPerDay } from './benchRankings';

export interface GeneratedFile {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
  readonly days: number;
}

/** Writes a canonical ranking CSV of `rows` rows (rounded up to whole days) to `path`. */
export async function writeBenchCsv(path: string, rows: number, seed = 7): Promise<GeneratedFile> {
  const perDay = rowsPerDay(BENCH_LAYOUT);
  const days = Math.ceil(rows / perDay);
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(CSV_HEADER);
  for (let day = 0; day < days; day++) await write(dayLines(BENCH_LAYOUT, day, seed));
  out.end();
  await once(out, 'finish');
  return { path, rows: days * perDay, bytes, days };
}
