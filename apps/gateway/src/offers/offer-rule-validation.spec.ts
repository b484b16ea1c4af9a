// Offer rules are validated by the decisioning engine's own validator (offer.service, publish check):
// these cases pin what the catalog API accepts and where it reports errors.
import { validateRule as validateRuleSyntax } from '@rapport/decisioning';

describe('validateRuleSyntax', () => {
  it.each([
    [null],
    [true],
    [{ '>=': [{ var: 'customer.attributes.age' }, 18] }],
    [{ and: [{ '!': { var: 'conversation.hasOpenComplaint' } }, { in: ['web', { var: 'context.channels' }] }] }],
  ])('accepts %j', (rule) => expect(validateRuleSyntax(rule, 'eligibility')).toEqual([]));

  it.each([
    ['not a rule', 'eligibility'],
    [[1, 2], 'eligibility'],
    [{ '>=': [1, 2], '<': [1, 2] }, 'eligibility'],
    [{ eval: 'process.exit()' }, 'eligibility.eval'],
    [{ and: [{ var: { x: 1 } }] }, 'eligibility.and.0.var.0.x'],
    [{ '>=': [{ var: 'custmer.age' }, 18] }, 'eligibility.>=.0.var'],
  ])('rejects %j at %s', (rule, field) => {
    expect(validateRuleSyntax(rule, 'eligibility')[0].field).toBe(field);
  });
});
