import { describe, expect, it } from 'vitest';
import { dailyDownloadsChart } from '../../src/charts/dailyDownloadsChart';
import { rankHistoryChart } from '../../src/charts/rankHistory';
import { chartFit, MAX_ZOOM, type ChartWithEvents } from '../../src/export/chartFit';
import { jsdomDocument } from '../helpers/jsdomDocument';

const document = jsdomDocument();
const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const series = [
  {
    app: 'xiaohongshu',
    label: 'Xiaohongshu (RedNote)',
    points: [412, 180, 40, 9, 3, 1, 1, 1, 2, 4].map((rank, i) => ({ date: day(6 + i), rank })),
  },
];
const events = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ date: day(6 + (i % 10)), label: `Event ${i + 1}` }));

const rankChart =
  (eventCount: number): ChartWithEvents =>
  (width, height, showEvents) =>
    rankHistoryChart(
      { series, events: events(eventCount), from: day(6), to: day(15) },
      { width, height, showEvents },
      document,
    );

describe('fitting a chart into an export', () => {
  it('keeps the chart as it is where the plot has its room', () => {
    expect(chartFit(rankChart(2), 900, 500)).toEqual({
      events: true,
      zoom: 1,
      eventsLeftOut: false,
      cramped: false,
    });
  });

  it('leaves many events out of a small export, where they would squeeze the plot', () => {
    expect(chartFit(rankChart(10), 600, 240)).toMatchObject({ events: false, eventsLeftOut: true });
    expect(chartFit(rankChart(10), 1200, 900)).toMatchObject({ events: true, zoom: 1 });
  });

  it('draws a narrow chart larger and scales it down when its legend would take the plot', () => {
    const apps = ['tiktok', 'xiaohongshu', 'lemon8'].map((app) => ({
      app,
      label: app === 'xiaohongshu' ? 'Xiaohongshu (RedNote)' : app,
      points: Array.from({ length: 10 }, (_, i) => ({
        date: day(6 + i),
        downloads: 1000 * i,
        average7: null,
        share: null,
        indexed: null,
        ofPeak: null,
      })),
    }));
    const downloads: ChartWithEvents = (width, height, showEvents) =>
      dailyDownloadsChart(
        { series: apps, events: events(3), from: day(6), to: day(15) },
        { width, height, showEvents, mode: 'daily' },
        document,
      );
    const fit = chartFit(downloads, 227, 160);
    expect(fit.zoom).toBe(MAX_ZOOM);
    expect(fit.events).toBe(false);
  });

  it('says so when the chart has no events to leave out', () => {
    expect(chartFit(rankChart(0), 600, 240)).toMatchObject({ eventsLeftOut: false });
  });
});
