import { categoryLabel, chartLabel, countryLabel, storeLabel } from '../../domain/labels';
import type { ViewState } from '../../state/viewState';
import { AppPicker } from './AppPicker';
import type { ControlOptions } from './controlOptions';
import { Select } from './Select';

interface ControlsProps {
  readonly view: ViewState;
  /** The range shown: the view's, or the data's where the view leaves it open. */
  readonly from: string;
  readonly to: string;
  readonly options: ControlOptions;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

/** The filters every chart shares. Each change is a new view, with its own URL. */
export function Controls({ view, from, to, options, onChange }: ControlsProps) {
  const eventValue = view.event ?? '';
  return (
    <form className="controls" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div className="control-row">
        <label className="control">
          <span>From</span>
          <input
            type="date"
            value={from}
            min={options.first}
            max={to}
            required
            onChange={(e) => e.target.value && onChange({ from: e.target.value })}
          />
        </label>
        <label className="control">
          <span>To</span>
          <input
            type="date"
            value={to}
            min={from}
            max={options.last}
            required
            onChange={(e) => e.target.value && onChange({ to: e.target.value })}
          />
        </label>
        <button
          type="button"
          disabled={view.from === null && view.to === null}
          onClick={() => onChange({ from: null, to: null })}
        >
          Whole range
        </button>
      </div>
      <AppPicker apps={options.apps} selected={view.apps} onChange={(apps) => onChange({ apps })} />
      <div className="control-row">
        <Select
          label="Store"
          value={view.store}
          values={options.stores}
          labelOf={storeLabel}
          onChange={(store) => onChange({ store })}
        />
        <Select
          label="Country"
          value={view.country}
          values={options.countries}
          labelOf={(code) => `${countryLabel(code)} (${code})`}
          onChange={(country) => onChange({ country })}
        />
        <Select
          label="Chart"
          value={view.chart}
          values={options.charts}
          labelOf={chartLabel}
          onChange={(chart) => onChange({ chart })}
        />
        <Select
          label="Category"
          value={view.category}
          values={options.categories}
          labelOf={categoryLabel}
          onChange={(category) => onChange({ category })}
        />
      </div>
      <div className="control-row">
        <label className="control">
          <span>Event</span>
          <select value={eventValue} onChange={(e) => onChange({ event: e.target.value || null })}>
            <option value="">None chosen</option>
            {options.events.map((event) => (
              <option key={`${event.date} ${event.label}`} value={event.date}>
                {event.date} · {event.label}
              </option>
            ))}
          </select>
        </label>
        <label className="control checkbox">
          <input
            type="checkbox"
            checked={view.align}
            disabled={!view.event}
            onChange={(e) => onChange({ align: e.target.checked })}
          />
          Align on the event (days before and after)
        </label>
        <label className="control checkbox">
          <input
            type="checkbox"
            checked={view.events}
            onChange={(e) => onChange({ events: e.target.checked })}
          />
          Show events
        </label>
      </div>
    </form>
  );
}
