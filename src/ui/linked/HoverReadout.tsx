import { utcFormat } from 'd3';
import { useSharedHover } from './hoverContext';

export interface ReadoutItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly value: string;
}

interface HoverReadoutProps {
  /** The exact values a chart draws on a day. */
  readonly valuesOn: (date: Date) => readonly ReadoutItem[];
  /** How the hovered day is written (days relative to an event, when aligned). */
  readonly formatDay?: (date: Date) => string;
}

const calendarDay = utcFormat('%a %-d %b %Y');

/**
 * The exact values under the shared crosshair, as text above the chart: readable without a
 * pointer chasing a tooltip, and announced politely to screen readers.
 */
export function HoverReadout({ valuesOn, formatDay = calendarDay }: HoverReadoutProps) {
  const { date } = useSharedHover();
  return (
    <p className="readout" aria-live="polite">
      {date ? (
        <>
          <strong>{formatDay(date)}</strong>
          {valuesOn(date).map((item) => (
            <span key={item.key} className="readout-item">
              <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
              {item.label} {item.value}
            </span>
          ))}
        </>
      ) : (
        <span className="muted">Hover a chart for exact values; drag across it to zoom.</span>
      )}
    </p>
  );
}
