// customerByIdentifier and recordInteraction normalise with the identity lib, so lookups find
// what resolution stored: these cases pin that contract for the gateway.
import { normaliseEmail, normalisePhone } from '@rapport/identity-resolution';

describe('identifier normalisation (adapter of the identity-resolution rules)', () => {
  it.each([
    ['  J.Smith+shop@GoogleMail.com ', 'jsmith@gmail.com'],
    ['Anna.Lee@example.com', 'anna.lee@example.com'],
    ['bob-news@yahoo.com', 'bob@yahoo.com'],
    ['not an email', ''],
    ['', ''],
  ])('email %p -> %p', (raw, expected) => expect(normaliseEmail(raw)).toBe(expected));

  it.each([
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['07700 900123', '+447700900123'],
    ['+44 (0)20 7946 0018', '+442079460018'],
    ['12', ''],
  ])('phone %p -> %p', (raw, expected) => expect(normalisePhone(raw)).toBe(expected));
});
