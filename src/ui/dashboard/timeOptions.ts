import { utcFormat } from 'd3';
import type { TimeFrameOptions } from '../../charts/timeFrame';
import type { ViewState } from '../../state/viewState';

const DAY = 86_400_000;
const calendar = utcFormat('%-d %b %Y');

/** The parts of the view every time chart draws by. */
export type TimeView = Pick<ViewState, 'events' | 'align' | 'event'>;

const eventDay = (view: TimeView) =>
  view.align && view.event ? new Date(`${view.event}T00:00:00Z`) : undefined;

/** What every time chart takes from the view: event markers, and the axis aligned on an event. */
export function timeOptions(view: TimeView): Pick<TimeFrameOptions, 'showEvents' | 'alignOn'> {
  return { showEvents: view.events, alignOn: eventDay(view) };
}

/** A hovered day as the axes write it: "day −3 (15 Jan 2025)" when aligned on an event. */
export function hoverDayFormat(view: TimeView): (date: Date) => string {
  const origin = eventDay(view);
  if (!origin) return calendar;
  return (date) => {
    const days = Math.round((date.getTime() - origin.getTime()) / DAY);
    const relative = days === 0 ? 'event day' : `day ${days > 0 ? '+' : '−'}${Math.abs(days)}`;
    return `${relative} (${calendar(date)})`;
  };
}

/** How an export asks for a chart: a height where the chart's own is free, and events left out. */
export interface RenderSize {
  readonly height?: number;
  readonly events?: boolean;
}

/** The chart options a RenderSize sets; spread after timeOptions. */
export function sizeOptions(size: RenderSize | undefined): { height?: number; showEvents?: false } {
  return {
    ...(size?.height ? { height: size.height } : {}),
    ...(size?.events === false ? { showEvents: false } : {}),
  };
}
