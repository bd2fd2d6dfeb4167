import { rankColor } from './rankColor';
import { UNRANKED_OPACITY } from './rankColorLegend';
import { svgElement } from './svg';

/** Hundredths of a pixel: finer than any screen or print shows, and short to write. */
const at = (n: number) => String(Math.round(n * 100) / 100);

interface Run {
  readonly rank: number | null;
  readonly x0: number;
  x1: number;
  readonly y: number;
  readonly height: number;
}

/**
 * Collects a heat map's cells row by row and writes them as one path per rank (null: not
 * ranked). Where days touch (no hairline between them), neighbours of the same rank in a row
 * become one rectangle.
 */
export class CellShapes {
  private readonly byRank = new Map<number | null, string[]>();
  private run: Run | null = null;

  constructor(private readonly merge: boolean) {}

  add(rank: number | null, x: number, width: number, y: number, height: number): void {
    const run = this.run;
    if (this.merge && run && run.rank === rank && Math.abs(run.x1 - x) < 0.01) {
      run.x1 = x + width;
      return;
    }
    this.endRow();
    this.run = { rank, x0: x, x1: x + width, y, height };
  }

  /** Ends the row: its last rectangle is written, and the next cell starts a new one. */
  endRow(): void {
    const run = this.run;
    if (!run) return;
    const shape = `M${at(run.x0)} ${at(run.y)}H${at(run.x1)}V${at(run.y + run.height)}H${at(run.x0)}Z`;
    const list = this.byRank.get(run.rank);
    if (list) list.push(shape);
    else this.byRank.set(run.rank, [shape]);
    this.run = null;
  }

  /** Not ranked first, then by rank, so the same cells always give the same SVG. */
  paths(document: Document): SVGPathElement[] {
    this.endRow();
    const ranks = [...this.byRank.keys()].sort((a, b) => (a ?? 0) - (b ?? 0));
    return ranks.map((rank) => {
      const d = this.byRank.get(rank)!.join('');
      return rank === null
        ? svgElement(document, 'path', {
            class: 'unranked',
            d,
            fill: 'currentColor',
            'fill-opacity': UNRANKED_OPACITY,
          })
        : svgElement(document, 'path', {
            class: 'cell',
            d,
            fill: rankColor(rank),
            'data-rank': rank,
          });
    });
  }
}
