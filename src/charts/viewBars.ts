import { utcDay, utcFormat, type ScaleTime } from 'd3';
import { isoDay } from './isoDay';
import type { SeriesStyle } from './seriesPalette';
import { siFormat } from './siFormat';
import { svgElement, svgText } from './svg';

export interface ViewsPoint {
  readonly date: Date;
  /** Cumulative views at the day's last observation; null: not observed that day. */
  readonly views: number | null;
  /** Views gained since the previous observation, over `gapDays` days; null: not known. */
  readonly daily: number | null;
  /** Where the count went down: the (negative) change, drawn as a correction, not as a bar. */
  readonly correction: number | null;
  /** Days the gain covers: 1 after an observed day, more after days without observations. */
  readonly gapDays: number | null;
}

export interface ViewsSeries {
  readonly key: string;
  readonly hashtag: string;
  readonly platform: string;
  readonly label: string;
  readonly points: readonly ViewsPoint[];
}

export interface ViewBarsSpec {
  readonly x: ScaleTime<number, number>;
  readonly y: (value: number) => number;
  /** Where bars stand; corrections hang below it, in the correction lane. */
  readonly baseline: number;
  readonly dayWidth: number;
  readonly styles: readonly SeriesStyle[];
}

/** Height of the lane under the baseline that holds the correction markers. */
export const CORRECTION_LANE = 26;
const MAX_BAR_WIDTH = 24;
const MARKER = 5;
const formatDay = utcFormat('%-d %b %Y');

/** The per-day rate a bar shows: a gain over several unobserved days is spread evenly. */
export const perDay = (p: ViewsPoint) =>
  p.daily == null ? null : p.daily / Math.max(1, p.gapDays ?? 1);

function correctionMarker(
  document: Document,
  s: ViewsSeries,
  p: ViewsPoint,
  cx: number,
  spec: ViewBarsSpec & { color: string; labelled: boolean },
) {
  const b = spec.baseline + 4;
  const marker = svgElement(document, 'g', {
    class: 'correction',
    'data-key': s.key,
    'data-date': isoDay(p.date),
    'data-value': p.correction!,
  });
  const title = svgElement(document, 'title');
  title.textContent = `${s.label}, ${formatDay(p.date)}: a correction, the count went down by ${siFormat(-p.correction!)}`;
  marker.append(
    title,
    svgElement(document, 'path', {
      d: `M${cx - MARKER},${b}L${cx + MARKER},${b}L${cx},${b + MARKER * 1.6}Z`,
      fill: spec.color,
    }),
  );
  if (spec.labelled) {
    marker.append(
      svgText(document, siFormat(p.correction!), {
        x: cx,
        y: b + MARKER * 1.6 + 10,
        'text-anchor': 'middle',
        'font-size': 10,
        fill: 'currentColor',
      }),
    );
  }
  return marker;
}

/**
 * Daily gains as bars grouped by day, one slot per series. A gain over several days without
 * observations is one pale, dashed bar across those days at its daily average, since how it was
 * spread over them is not known. A fall in the count is a correction: a marker under the baseline.
 */
export function viewBars(
  document: Document,
  series: readonly ViewsSeries[],
  spec: ViewBarsSpec,
): { bars: SVGGElement; corrections: SVGGElement } {
  const { x, y, baseline, dayWidth, styles } = spec;
  const slot = Math.min(MAX_BAR_WIDTH, (dayWidth * 0.8) / Math.max(1, series.length));
  const slotLeft = (date: Date, k: number) => x(date) - (slot * series.length) / 2 + k * slot;
  const bars = svgElement(document, 'g', { class: 'series bars' });
  const corrections = svgElement(document, 'g', { class: 'corrections' });
  series.forEach((s, k) => {
    const { color } = styles[k]!;
    const group = svgElement(document, 'g', { class: 'hashtag', 'data-key': s.key, fill: color });
    for (const p of s.points) {
      const rate = perDay(p);
      if (rate != null && rate > 0) {
        const days = Math.max(1, p.gapDays ?? 1);
        const first = days > 1 ? utcDay.offset(p.date, 1 - days) : p.date;
        const x0 = Math.max(slotLeft(first, k), x.range()[0]! - dayWidth / 2);
        const top = y(rate);
        const spread = days > 1;
        group.append(
          svgElement(document, 'rect', {
            class: spread ? 'bar spread' : 'bar',
            x: x0,
            y: top,
            width: Math.max(1, slotLeft(p.date, k) + slot - x0),
            height: Math.max(0, baseline - top),
            'data-date': isoDay(p.date),
            'data-value': p.daily!,
            ...(spread
              ? {
                  'data-gap-days': days,
                  'fill-opacity': 0.35,
                  stroke: color,
                  'stroke-dasharray': '3,2',
                }
              : {}),
          }),
        );
      }
      if (p.correction != null && p.correction < 0) {
        const cx = slotLeft(p.date, k) + slot / 2;
        const labelled = dayWidth / series.length >= 34;
        corrections.append(correctionMarker(document, s, p, cx, { ...spec, color, labelled }));
      }
    }
    bars.append(group);
  });
  return { bars, corrections };
}
