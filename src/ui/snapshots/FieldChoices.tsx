import type { FieldWithoutColumn } from '../../ingest/pipeline/planFields';
import type { PendingFile } from './pendingFile';

type Options = PendingFile['options'];

const LABELS: Record<FieldWithoutColumn['field'], string> = {
  store: 'Store',
  country: 'Country',
  chart: 'Chart',
  category: 'Category',
  platform: 'Platform',
};

const CHOICES: Partial<Record<FieldWithoutColumn['field'], readonly [string, string][]>> = {
  store: [
    ['ios', 'App Store (iOS)'],
    ['google_play', 'Google Play'],
  ],
  chart: [
    ['top_free', 'Top free'],
    ['top_paid', 'Top paid'],
    ['top_grossing', 'Top grossing'],
  ],
};

interface FieldChoicesProps {
  readonly fields: readonly FieldWithoutColumn[];
  readonly options: Options;
  readonly onChange: (options: Options) => void;
}

/** One value for every row, for each field the file has no column for; defaults stated. */
export function FieldChoices({ fields, options, onChange }: FieldChoicesProps) {
  if (fields.length === 0) return null;
  const set = (field: string, value: string) =>
    onChange({ ...options, values: { ...options.values, [field]: value || undefined } });
  return (
    <fieldset className="field-choices">
      <legend>The file has no column for these: every row takes the value below</legend>
      {fields.map(({ field, fallback }) => {
        const value = options.values?.[field] ?? '';
        const choices = CHOICES[field];
        return (
          <label key={field}>
            {LABELS[field]}
            {choices ? (
              <select
                value={value || (fallback ?? '')}
                onChange={(e) => set(field, e.target.value)}
              >
                {choices.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                    {id === fallback ? ' (default)' : ''}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type="text"
                value={value}
                required={fallback === null}
                placeholder={fallback === null ? 'required' : `${fallback} (default)`}
                onChange={(e) => set(field, e.target.value.trim())}
              />
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
