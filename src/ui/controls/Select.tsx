interface SelectProps {
  readonly label: string;
  readonly value: string;
  readonly values: readonly string[];
  readonly labelOf: (value: string) => string;
  readonly onChange: (value: string) => void;
}

/** A labelled select; a value the data no longer holds stays listed, so the view never jumps. */
export function Select({ label, value, values, labelOf, onChange }: SelectProps) {
  const all = values.includes(value) ? values : [value, ...values];
  return (
    <label className="control">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {all.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
            {values.includes(v) ? '' : ' (no data)'}
          </option>
        ))}
      </select>
    </label>
  );
}
