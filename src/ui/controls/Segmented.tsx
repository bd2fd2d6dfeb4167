interface SegmentedProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly (readonly [T, string])[];
  readonly onChange: (value: T) => void;
}

/** A small group of toggle buttons for a chart's display choice (scale, mode). */
export function Segmented<T extends string>({
  label,
  value,
  choices,
  onChange,
}: SegmentedProps<T>) {
  return (
    <span className="segmented-control">
      <span className="muted">{label}</span>{' '}
      <span className="segmented" role="group" aria-label={label}>
        {choices.map(([choice, text]) => (
          <button
            key={choice}
            type="button"
            aria-pressed={choice === value}
            onClick={() => choice !== value && onChange(choice)}
          >
            {text}
          </button>
        ))}
      </span>
    </span>
  );
}
