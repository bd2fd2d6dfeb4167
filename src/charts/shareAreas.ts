import { area, stack, type ScaleLinear, type ScaleTime } from 'd3';
import { isoDay } from './isoDay';
import { svgElement } from './svg';

export interface ShareSeries {
  readonly app: string;
  readonly points: readonly { readonly date: Date; readonly share: number | null }[];
}

export interface ShareAreasSpec {
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly colorOf: (app: string) => string;
}

interface Day {
  readonly date: Date;
  readonly shares: (number | null)[];
}

const ISOLATED_WIDTH = 8;

/** The days of all series, in order, with each app's share (null when it has none). */
function daysOf(series: readonly ShareSeries[]): Day[] {
  const byTime = new Map<number, Day>();
  series.forEach((s, i) =>
    s.points.forEach((p) => {
      let day = byTime.get(p.date.getTime());
      if (!day)
        byTime.set(p.date.getTime(), (day = { date: p.date, shares: series.map(() => null) }));
      day.shares[i] = p.share;
    }),
  );
  return [...byTime.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * Stacked areas of each app's share of the selection's downloads, the first app at the bottom.
 * A day on which no app has a value is a gap in every area, not a drop to zero; a day with
 * values between two gaps has no width, so it is drawn as a thin bar.
 */
export function shareAreas(
  document: Document,
  series: readonly ShareSeries[],
  { x, y, colorOf }: ShareAreasSpec,
): SVGGElement {
  const days = daysOf(series);
  const known = days.map((d) => d.shares.some((s) => s != null));
  const layers = stack<Day, number>()
    .keys(series.map((_, i) => i))
    .value((day, i) => day.shares[i] ?? 0)(days);
  const shape = area<[number, number]>()
    .defined((_, i) => known[i]!)
    .x((_, i) => x(days[i]!.date))
    .y0(([low]) => y(low))
    .y1(([, high]) => y(high));
  const isolated = days.flatMap((_, i) => (known[i] && !known[i - 1] && !known[i + 1] ? [i] : []));

  const group = svgElement(document, 'g', { class: 'series share' });
  layers.forEach((layer, k) => {
    const app = series[k]!.app;
    const color = colorOf(app);
    const appGroup = svgElement(document, 'g', { class: 'app', 'data-app': app });
    appGroup.append(
      svgElement(document, 'path', {
        class: 'area',
        fill: color,
        'fill-opacity': 0.85,
        d: shape(layer.map(([low, high]) => [low, high])) ?? '',
      }),
      ...isolated.map((i) => {
        const [low, high] = layer[i]!;
        return svgElement(document, 'rect', {
          class: 'isolated',
          x: x(days[i]!.date) - ISOLATED_WIDTH / 2,
          y: y(high),
          width: ISOLATED_WIDTH,
          height: y(low) - y(high),
          fill: color,
          'data-date': isoDay(days[i]!.date),
        });
      }),
    );
    group.append(appGroup);
  });
  return group;
}
