/** A statement stopped at the person's request, not a failure of the statement. */
export class QueryCancelled extends Error {
  constructor() {
    super('The query was cancelled.');
    this.name = 'QueryCancelled';
  }
}
