/** What the controls can offer: the values the loaded data holds. */
export interface ControlOptions {
  readonly apps: readonly { readonly id: string; readonly label: string }[];
  readonly stores: readonly string[];
  readonly countries: readonly string[];
  readonly charts: readonly string[];
  readonly categories: readonly string[];
  readonly events: readonly { readonly date: string; readonly label: string }[];
  /** ISO dates: the first and last day of any data. */
  readonly first: string;
  readonly last: string;
}
