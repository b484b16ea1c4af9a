/**
 * The CLV figures decisioning needs, as plain inputs (customers table, computed by libs/clv).
 * Any may be null for a customer CLV has not scored yet.
 */
export interface CustomerValueFigures {
  clv?: number | null;
  pAlive?: number | null;
  /** P(alive) at the previous CLV run; when higher than now, the customer is slipping away. */
  pAlivePrevious?: number | null;
  expectedPurchases?: number | null;
  segment?: string | null;
}
