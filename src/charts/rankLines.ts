import type { ScaleTime } from 'd3';
import { gappedLine } from './gappedLine';
import { svgElement } from './svg';

export interface RankPoint {
  readonly date: Date;
  /** null: not ranked in this chart that day. */
  readonly rank: number | null;
}

export interface RankSeries {
  readonly app: string;
  readonly label: string;
  readonly points: readonly RankPoint[];
}

export interface RankLinesSpec {
  readonly x: ScaleTime<number, number>;
  readonly y: (rank: number) => number;
  readonly colorOf: (app: string) => string;
  readonly markNumberOne: boolean;
}

const MARK_RADIUS = 4;

/** All the #1 days of an app as one path of dots: one element per app, not one per day. */
function numberOneMarks(document: Document, series: RankSeries, spec: RankLinesSpec) {
  const d = series.points
    .filter((p) => p.rank === 1)
    .map((p) => {
      const [cx, cy, r] = [spec.x(p.date), spec.y(1), MARK_RADIUS];
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    })
    .join('');
  if (!d) return [];
  return [svgElement(document, 'path', { class: 'number-one', fill: spec.colorOf(series.app), d })];
}

/** One group per app (`data-app`) with its rank line, broken on days it is not ranked. */
export function rankLines(
  document: Document,
  series: readonly RankSeries[],
  spec: RankLinesSpec,
): SVGGElement {
  const lines = svgElement(document, 'g', { class: 'series', fill: 'none' });
  for (const s of series) {
    const group = svgElement(document, 'g', { class: 'app', 'data-app': s.app });
    group.append(
      ...gappedLine(document, s.points, {
        x: (p) => spec.x(p.date),
        y: (p) => (p.rank == null ? null : spec.y(p.rank)),
        color: spec.colorOf(s.app),
        width: 2,
      }),
      ...(spec.markNumberOne ? numberOneMarks(document, s, spec) : []),
    );
    lines.append(group);
  }
  return lines;
}
