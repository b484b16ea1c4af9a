import { normaliseRecord } from './normalise-record';

describe('normaliseRecord', () => {
  it('normalises every attribute and keeps missing ones empty', () => {
    const r = normaliseRecord(
      {
        source: 'crm',
        sourceId: '1',
        firstName: 'Zoë',
        lastName: "O'Neil",
        email: 'Z.ONeil+x@gmail.com',
        phone: '020 7946 0018',
        dateOfBirth: '03/04/1980',
        addressLine: '12 High Street',
        postcode: 'sw1a 1aa',
        city: 'London',
        identifiers: { national_id: 'AB 12-34', empty: '' },
        verified: ['email'],
      },
      { dateOrder: 'mdy' },
    );
    expect(r).toEqual({
      source: 'crm',
      sourceId: '1',
      firstName: 'zoe',
      lastName: 'oneil',
      email: 'zoneil@gmail.com',
      phone: '+442079460018',
      dateOfBirth: '19800304',
      houseNumber: '12',
      street: 'high st',
      postcode: 'SW1A1AA',
      city: 'london',
      identifiers: { national_id: 'ab1234' },
      verified: ['email'],
    });
    const thin = normaliseRecord({ source: 'whatsapp', sourceId: '2', firstName: 'Bob', phone: '+44 7911 123456' });
    expect(thin.lastName).toBe('');
    expect(thin.dateOfBirth).toBe('');
    expect(thin.phone).toBe('+447911123456');
  });
});
