/** One purchase. `date` is a calendar day: an ISO 'YYYY-MM-DD' string (a time part is ignored) or a Date (UTC day). */
export interface Transaction {
  readonly customerId: string;
  readonly date: string | Date;
  readonly amount: number;
}
