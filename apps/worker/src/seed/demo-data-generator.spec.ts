import { generateDemoData, normalizeEmailForSeed, type DemoChunk } from './demo-data-generator';
import { DEMO_OFFERS } from './demo-offers';

const asOf = new Date('2026-11-01T00:00:00.000Z');

function collect(options: Parameters<typeof generateDemoData>[0]): DemoChunk {
  const all: DemoChunk = { customers: [], identities: [], events: [], transactions: [], consents: [] };
  for (const chunk of generateDemoData(options)) {
    for (const key of Object.keys(all) as Array<keyof DemoChunk>) (all[key] as unknown[]).push(...chunk[key]);
  }
  return all;
}

describe('generateDemoData', () => {
  const data = collect({ customers: 1500, seed: 7, asOf, chunkSize: 500 });

  it('is deterministic for a seed and independent of the chunk size', () => {
    expect(collect({ customers: 1500, seed: 7, asOf, chunkSize: 128 })).toEqual(data);
    const other = collect({ customers: 1500, seed: 8, asOf, chunkSize: 500 });
    expect(other.customers[0].id).not.toBe(data.customers[0].id);
  });

  it('generates shard slices that equal the whole (startIndex)', () => {
    const tail = collect({ customers: 500, seed: 7, asOf, startIndex: 1000 });
    expect(tail.customers).toEqual(data.customers.slice(1000));
  });

  it('gives every customer a CRM record plus messy records from several sources', () => {
    const sources = new Map<string, number>();
    for (const identity of data.identities) sources.set(identity.source, (sources.get(identity.source) ?? 0) + 1);
    expect(sources.get('crm')).toBe(1500);
    for (const source of ['web', 'call_center', 'whatsapp', 'loyalty'])
      expect(sources.get(source)).toBeGreaterThan(300);
    const perCustomer = data.identities.length / data.customers.length;
    expect(perCustomer).toBeGreaterThan(2.2);
    expect(perCustomer).toBeLessThan(3.5);
    // Thin WhatsApp records: a first name and a phone only.
    const whatsapp = data.identities.filter((i) => i.source === 'whatsapp');
    expect(whatsapp.every((i) => i.lastName === null && i.email === null && i.phoneNormalized?.startsWith('+44'))).toBe(
      true,
    );
    // Messy raw phones still carry the right E.164 value.
    const callCenter = data.identities.filter((i) => i.source === 'call_center');
    expect(callCenter.some((i) => i.phone?.startsWith('0'))).toBe(true);
  });

  it('has unique ids and unique source keys', () => {
    for (const rows of [data.customers, data.identities, data.events, data.transactions, data.consents]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
    expect(new Set(data.identities.map((i) => `${i.source}|${i.sourceKey}`)).size).toBe(data.identities.length);
    expect(new Set(data.events.map((e) => `${e.source}|${e.externalId}`)).size).toBe(data.events.length);
  });

  it('makes households: people who share an address and landline but are different customers', () => {
    const byAddress = new Map<string, Set<string>>();
    for (const c of data.customers) {
      const key = `${c.addressLine}|${c.postcode}`;
      byAddress.set(key, (byAddress.get(key) ?? new Set()).add(c.id));
    }
    const shared = [...byAddress.values()].filter((ids) => ids.size > 1).length;
    expect(shared).toBeGreaterThan(50);
  });

  it('produces repeat purchases in the past, with positive amounts, mirrored as purchase events', () => {
    expect(data.transactions.length / data.customers.length).toBeGreaterThan(1.5);
    expect(data.transactions.every((t) => t.amount > 0 && t.occurredAt.getTime() <= asOf.getTime())).toBe(true);
    const repeaters = new Map<string, number>();
    for (const t of data.transactions) repeaters.set(t.customerId, (repeaters.get(t.customerId) ?? 0) + 1);
    expect(repeaters.size).toBe(data.customers.length);
    expect([...repeaters.values()].filter((n) => n > 1).length).toBeGreaterThan(300);
    expect(data.events.filter((e) => e.kind === 'purchase').length).toBe(data.transactions.length);
  });

  it('includes complaints (some resolved), service requests and offer responses', () => {
    const kinds = new Map<string, number>();
    for (const e of data.events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('complaint')).toBeGreaterThan(100);
    expect(kinds.get('complaint_resolved')).toBeGreaterThan(30);
    expect(kinds.get('complaint_resolved')).toBeLessThan(kinds.get('complaint') as number);
    expect(kinds.get('service_request')).toBeGreaterThan(100);
    expect(kinds.get('offer_presented')).toBeGreaterThan(100);
    expect(data.events.filter((e) => e.kind === 'complaint').every((e) => (e.sentiment ?? 0) < 0 && e.topic)).toBe(
      true,
    );
  });

  it('records explicit marketing consent per channel', () => {
    const marketing = data.consents.filter((c) => c.purpose === 'marketing');
    expect(marketing.length).toBe(1500 * 4);
    const granted = marketing.filter((c) => c.status === 'granted').length / marketing.length;
    expect(granted).toBeGreaterThan(0.5);
    expect(granted).toBeLessThan(0.7);
  });
});

describe('demo catalog', () => {
  it('has about 30 offers of every kind with unique codes', () => {
    expect(DEMO_OFFERS.length).toBeGreaterThanOrEqual(28);
    expect(new Set(DEMO_OFFERS.map((o) => o.code)).size).toBe(DEMO_OFFERS.length);
    for (const kind of ['sales', 'retention', 'service', 'education']) {
      expect(DEMO_OFFERS.filter((o) => o.kind === kind).length).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('normalizeEmailForSeed', () => {
  it.each([
    ['John.Smith+shop@Gmail.com', 'johnsmith@gmail.com'],
    ['  a.b@Outlook.com ', 'a.b@outlook.com'],
    ['x+tag@proton.me', 'x@proton.me'],
  ])('%s -> %s', (raw, expected) => expect(normalizeEmailForSeed(raw)).toBe(expected));
});
