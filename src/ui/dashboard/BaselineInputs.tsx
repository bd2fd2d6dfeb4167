interface BaselineInputsProps {
  readonly baseline: { readonly baselineFrom: string; readonly baselineTo: string };
  readonly range: { readonly from: string; readonly to: string };
  /** One ISO day, or `from..to` for the mean of a window. */
  readonly onChange: (baseline: string) => void;
}

/** The indexed mode's 100: one day, or the mean of the days from the first to the second. */
export function BaselineInputs({ baseline, range, onChange }: BaselineInputsProps) {
  const set = (from: string, to: string) =>
    onChange(from === to || to < from ? from : `${from}..${to}`);
  return (
    <>
      <label className="control inline">
        <span>Baseline from</span>
        <input
          type="date"
          value={baseline.baselineFrom}
          min={range.from}
          max={range.to}
          onChange={(e) => e.target.value && set(e.target.value, baseline.baselineTo)}
        />
      </label>
      <label className="control inline">
        <span>to (mean of the days)</span>
        <input
          type="date"
          value={baseline.baselineTo}
          min={baseline.baselineFrom}
          max={range.to}
          onChange={(e) => e.target.value && set(baseline.baselineFrom, e.target.value)}
        />
      </label>
    </>
  );
}
