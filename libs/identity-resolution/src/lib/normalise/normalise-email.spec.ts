import { normaliseEmail } from './normalise-email';

describe('normaliseEmail', () => {
  it.each([
    ['John.Smith+shop@GMail.com', 'johnsmith@gmail.com'],
    ['j.o.h.n@googlemail.com', 'john@gmail.com'],
    ['john.smith+news@outlook.com', 'john.smith@outlook.com'],
    ['john.smith-news@yahoo.co.uk', 'john.smith@yahoo.co.uk'],
    ['John.Smith+x@company.com', 'john.smith+x@company.com'],
    ['  mailto:ANN@Example.ORG ', 'ann@example.org'],
    ['zoë@example.com', 'zoë@example.com'],
    ['', ''],
    [null, ''],
    ['not an email', ''],
    ['a@b', ''],
    ['+tag@gmail.com', '+tag@gmail.com'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it('handles very long addresses', () => {
    const local = 'x'.repeat(5000);
    expect(normaliseEmail(`${local}@example.com`)).toBe(`${local}@example.com`);
  });
});
