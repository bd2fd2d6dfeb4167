import {
  axisBottom,
  axisLeft,
  line,
  scaleLinear,
  scaleLog,
  scaleUtc,
  select,
  type Selection,
} from 'd3';
import { appColor } from './appColors';
import { eventKey, eventMarkers, markerLaneCount, type ChartEvent } from './eventMarkers';
import { legend } from './legend';
import { svgElement, svgText } from './svg';
import { utcTickFormat } from './utcTickFormat';

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

export interface RankHistoryData {
  readonly series: readonly RankSeries[];
  readonly events: readonly ChartEvent[];
  /** The days shown, inclusive (UTC midnights). */
  readonly from: Date;
  readonly to: Date;
}

export interface RankHistoryOptions {
  readonly width?: number;
  readonly height?: number;
  readonly scale?: 'log' | 'linear';
  readonly title?: string;
  readonly colorOf?: (app: string) => string;
}

const MARGIN = { top: 8, right: 16, bottom: 28, left: 48 };
const GAP = 10;

/** d3's axes set their own font; let them use the chart's. */
function inheritFont(g: Selection<SVGGElement, unknown, null, undefined>) {
  g.attr('font-family', null).attr('font-size', null);
}

function rankScale(kind: 'log' | 'linear', maxRank: number, top: number, bottom: number) {
  const domain: [number, number] = [1, Math.max(10, maxRank)];
  return kind === 'log'
    ? scaleLog().domain(domain).range([top, bottom]).nice()
    : scaleLinear().domain(domain).range([top, bottom]).nice();
}

/** Log ticks at 1, 2 and 5 of each decade; linear ticks as d3 chooses, always with #1. */
function rankTicks(scale: ReturnType<typeof rankScale>, kind: 'log' | 'linear', height: number) {
  const ticks = scale.ticks(Math.max(2, Math.floor(height / 40)));
  if (kind === 'log') {
    return ticks.filter((t) => [1, 2, 5].includes(t / 10 ** Math.floor(Math.log10(t) + 1e-9)));
  }
  return [1, ...ticks.filter((t) => t > 1)];
}

/**
 * Rank history: one line per app, rank 1 at the top, a gap on days an app is not ranked,
 * numbered event markers with a key below. Pure: the same data and options give the same SVG.
 */
export function rankHistoryChart(
  data: RankHistoryData,
  options: RankHistoryOptions,
  document: Document,
): SVGSVGElement {
  const {
    width = 900,
    height = 420,
    scale = 'log',
    title = 'Rank history',
    colorOf = appColor,
  } = options;
  const innerWidth = width - MARGIN.left - MARGIN.right;

  const x = scaleUtc()
    .domain([data.from, data.to])
    .range([MARGIN.left, width - MARGIN.right]);
  const key = legend(
    document,
    data.series.map((s) => ({ key: s.app, label: s.label, color: colorOf(s.app) })),
    innerWidth,
  );
  const { lanes, height: markersHeight } = markerLaneCount(data.events, x);
  const plotTop = MARGIN.top + key.height + GAP + markersHeight;
  const plotBottom = height - MARGIN.bottom;

  const ranks = data.series.flatMap((s) =>
    s.points.flatMap((p) => (p.rank == null ? [] : [p.rank])),
  );
  const y = rankScale(scale, Math.max(...ranks, 1), plotTop, plotBottom);

  const events = eventKey(document, data.events, innerWidth);
  const totalHeight = height + (events.height ? events.height + GAP : 0);
  const svg = svgElement(document, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height: totalHeight,
    viewBox: `0 0 ${width} ${totalHeight}`,
    role: 'img',
    'aria-label': title,
    'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
    'font-size': 12,
    class: 'chart rank-history',
  });
  const titleElement = svgElement(document, 'title');
  titleElement.textContent = title;
  svg.append(titleElement);

  key.element.setAttribute('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  svg.append(key.element);

  const root = select(svg);
  root
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${plotBottom})`)
    .call(
      axisBottom(x)
        .offset(0)
        .ticks(Math.max(3, Math.floor(innerWidth / 90)))
        .tickFormat((d, i) => utcTickFormat(d as Date, i))
        .tickSizeOuter(0),
    )
    .call(inheritFont);
  root
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .offset(0)
        .tickValues(rankTicks(y, scale, plotBottom - plotTop))
        .tickFormat((d) => `#${d}`)
        .tickSize(-innerWidth),
    )
    .call(inheritFont)
    .call((g) => g.select('.domain').remove())
    .call((g) => g.selectAll('.tick line').attr('stroke-opacity', 0.12));

  svg.append(eventMarkers(document, data.events, x, lanes, plotTop, plotBottom));

  const path = line<RankPoint>()
    .defined((p) => p.rank != null)
    .x((p) => x(p.date))
    .y((p) => y(p.rank ?? 1));
  const lines = root.append('g').attr('class', 'series').attr('fill', 'none');
  for (const series of data.series) {
    const group = lines.append('g').attr('class', 'app').attr('data-app', series.app);
    group
      .append('path')
      .attr('class', 'line')
      .attr('stroke', colorOf(series.app))
      .attr('stroke-width', 2)
      .attr('stroke-linejoin', 'round')
      .attr('d', path(series.points as RankPoint[]) ?? '');
    // A day ranked between two unranked days has no segment: show it as a dot.
    const isolated = series.points.filter(
      (p, i, all) => p.rank != null && all[i - 1]?.rank == null && all[i + 1]?.rank == null,
    );
    for (const p of isolated) {
      group
        .append('circle')
        .attr('class', 'isolated')
        .attr('cx', x(p.date))
        .attr('cy', y(p.rank!))
        .attr('r', 2.5)
        .attr('fill', colorOf(series.app));
    }
  }

  if (ranks.length === 0) {
    svg.append(
      svgText(document, 'No app in the selection is ranked in this chart and range', {
        class: 'empty',
        x: MARGIN.left + innerWidth / 2,
        y: (plotTop + plotBottom) / 2,
        'text-anchor': 'middle',
        fill: 'currentColor',
      }),
    );
  }

  if (events.height) {
    events.element.setAttribute('transform', `translate(${MARGIN.left},${height + GAP})`);
    svg.append(events.element);
  }
  return svg;
}
