import { SAMPLE_OFFERS } from '../testing/sample-catalog';
import { compileCatalog } from './compile-catalog';
import { type OfferDefinition } from './offer';
import { assertPublishableOffer, validateOffer } from './validate-offer';

const good = SAMPLE_OFFERS[0];

describe('validateOffer (publish time)', () => {
  it('accepts the sample catalog', () => {
    for (const offer of SAMPLE_OFFERS) expect(validateOffer(offer)).toEqual([]);
  });

  it.each<[string, Partial<OfferDefinition>, string]>([
    ['a missing treatment', { channels: ['web', 'fax'], treatments: { web: 'x' } }, 'treatments.fax'],
    ['a negative value', { value: -1 }, 'value'],
    ['a zero lever', { lever: 0 }, 'lever'],
    ['an unknown kind', { kind: 'upsell' as never }, 'kind'],
    ['an unknown mode', { mode: 'urgent' as never }, 'mode'],
    ['a reversed validity window', { validFrom: new Date('2026-02-01'), validTo: new Date('2026-01-01') }, 'validTo'],
    ['a bad code', { code: 'has space' }, 'code'],
    ['an invalid rule', { eligibility: { '>': [{ var: 'customer.age' }, 18] } }, 'eligibility.>.0.var'],
  ])('reports %s with its field', (_name, change, field) => {
    const errors = validateOffer({ ...good, ...change });
    expect(errors.map((e) => e.field)).toContain(field);
  });

  it('throws a typed error naming the first field', () => {
    expect(() => assertPublishableOffer({ ...good, lever: -2 })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'lever' }));
  });
});

describe('compileCatalog', () => {
  it('keeps active offers only, indexes by channel, and changes version with offer versions', () => {
    const catalog = compileCatalog([...SAMPLE_OFFERS, { ...good, id: 'draft', code: 'DRAFT', status: 'draft' }]);
    expect(catalog.offers).toHaveLength(SAMPLE_OFFERS.length);
    expect(catalog.byChannel.get('app')?.map((o) => o.code)).toContain('APP_TOUR');
    expect(catalog.byChannel.get('sms')?.map((o) => o.code)).not.toContain('APP_TOUR');
    const bumped = compileCatalog(SAMPLE_OFFERS.map((o, i) => (i === 0 ? { ...o, version: 2 } : o)));
    expect(bumped.version).not.toBe(compileCatalog(SAMPLE_OFFERS).version);
  });

  it('gives offers their group rules', () => {
    const catalog = compileCatalog(SAMPLE_OFFERS, [{ issue: 'Sales', groupName: 'Cards', eligibility: { '>=': [{ var: 'customer.clv' }, 100] } }]);
    const card = catalog.offers.find((o) => o.code === 'GOLD_CARD')!;
    const group = catalog.groups[card.groupIndex];
    expect(group.rules[0]?.test({ customer: { clv: 50 } })).toBe(false);
    expect(group.rules[0]?.ruleId).toBe('group:Sales/Cards:eligibility');
  });

  it('refuses an offer with an invalid rule', () => {
    expect(() => compileCatalog([{ ...good, suitability: { nope: [] } }])).toThrow(/GOLD_CARD: suitability.nope/);
  });
});
