import { maskEmail, maskPhone } from './mask-contact';

describe('contact masking', () => {
  it.each([
    ['jane.doe@example.com', 'j***@example.com'],
    [null, null],
  ])('email %p -> %p', (raw, masked) => expect(maskEmail(raw)).toBe(masked));

  it.each([
    ['+447700900123', '+44•••••••123'],
    ['07700 900123', '••••••••123'],
    [null, null],
  ])('phone %p -> %p', (raw, masked) => expect(maskPhone(raw)).toBe(masked));
});
