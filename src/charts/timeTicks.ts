/** Where the ticks of a time axis go and how each is written. */
export interface TimeTicks {
  readonly values: readonly Date[];
  readonly format: (date: Date, index: number) => string;
}
