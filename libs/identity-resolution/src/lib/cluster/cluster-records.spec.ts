import { resolveIdentities } from '../pipeline/resolve-identities';
import { type SourceRecord } from '../record/source-record';
import { generateCustomerRecords } from '../datasets/generate-customer-records';

describe('clustering', () => {
  // A background population trains the model; the cases below are appended to it.
  const background = generateCustomerRecords({ people: 1500, seed: 3 }).records;
  const household: SourceRecord[] = [
    { source: 'crm', sourceId: 'h1', firstName: 'Margaret', lastName: 'Thistlewood', phone: '01603 555123', dateOfBirth: '12/03/1961', addressLine: '4 Rose Lane', postcode: 'NR2 4AB', city: 'Norwich' },
    { source: 'crm', sourceId: 'h2', firstName: 'Gerald', lastName: 'Thistlewood', phone: '01603 555123', dateOfBirth: '01/09/1958', addressLine: '4 Rose Lane', postcode: 'NR2 4AB', city: 'Norwich' },
    { source: 'call_center', sourceId: 'h3', firstName: 'Peggy', lastName: 'Thistlewood', phone: '+44 1603 555123', postcode: 'NR2 4AB' },
    { source: 'call_center', sourceId: 'h4', firstName: 'Gerry', lastName: 'Thistlewood', phone: '01603555123', postcode: 'NR2 4AB' },
    { source: 'whatsapp', sourceId: 'h5', firstName: 'peggy', phone: '+447700900461' },
    { source: 'web', sourceId: 'h6', firstName: 'Margaret', lastName: 'Thistlewood', email: 'mags.t@gmail.com', phone: '07700 900461' },
  ];

  it('keeps a household sharing address and landline apart, and joins nicknames and thin records', () => {
    const result = resolveIdentities([...background, ...household]);
    const id = (sourceId: string): string => result.customerIds[background.length + household.findIndex((r) => r.sourceId === sourceId)];
    expect(result.model.personalConflictRate).toBeGreaterThan(0.05);
    expect(id('h1')).not.toBe(id('h2'));
    expect(id('h3')).toBe(id('h1'));
    expect(id('h4')).toBe(id('h2'));
    expect(id('h5')).toBe(id('h6'));
    expect(id('h6')).toBe(id('h1'));
    expect(result.clustering.vetoes.some((v) => v.reason === 'personal-conflict')).toBe(true);
  });

  it('applies deterministic rules (same verified email) even against the model', () => {
    const pair: SourceRecord[] = [
      { source: 'web', sourceId: 'v1', firstName: 'Ann', email: 'ann.x@example.com', verified: ['email'] },
      { source: 'shop', sourceId: 'v2', firstName: 'Zed', email: 'ANN.X@example.com', verified: ['email'] },
    ];
    const result = resolveIdentities([...background, ...pair]);
    const n = background.length;
    expect(result.customerIds[n]).toBe(result.customerIds[n + 1]);
    expect(result.clustering.merges.some((m) => m.reason === 'rule:same-verified-email')).toBe(true);
  });
});
