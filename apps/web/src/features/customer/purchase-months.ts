/** Purchases summed per calendar month, oldest first, for the purchase-history chart. */
export function purchasesByMonth(transactions: ReadonlyArray<{ occurredAt: string; amount: number }>): Array<{ month: string; spend: number; purchases: number }> {
  const months = new Map<string, { spend: number; purchases: number }>();
  for (const { occurredAt, amount } of transactions) {
    const month = occurredAt.slice(0, 7);
    const entry = months.get(month) ?? { spend: 0, purchases: 0 };
    entry.spend += amount;
    entry.purchases += 1;
    months.set(month, entry);
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { spend, purchases }]) => ({ month, spend: Math.round(spend * 100) / 100, purchases }));
}
