import { validateRule } from './validate-rule';

describe('validateRule', () => {
  it.each<[string, unknown, Array<{ field: string; message: RegExp }>]>([
    ['a valid rule', { and: [{ '>=': [{ var: 'customer.clv' }, 100] }, { '!': { var: 'conversation.quiet' } }] }, []],
    ['null and booleans', null, []],
    ['a context variable of any name', { '==': [{ var: 'context.intent' }, 'x'] }, []],
    ['a customer attribute', { var: 'customer.attributes.region' }, []],
    ['a typo in a variable', { '==': [{ var: 'custmer.segment' }, 'x'] }, [{ field: 'suitability.==.0.var', message: /unknown variable "custmer.segment"/ }]],
    ['an unknown operator', { and: [{ regex: ['a', 'b'] }] }, [{ field: 'suitability.and.0.regex', message: /unknown operator/ }]],
    ['wrong arity', { '==': [1] }, [{ field: 'suitability.==', message: /takes 2 argument/ }]],
    ['two operators in one object', { '==': [1, 1], '!=': [1, 2] }, [{ field: 'suitability', message: /exactly one operator/ }]],
    ['a prototype path', { var: 'customer.constructor' }, [{ field: 'suitability.var', message: /not allowed/ }]],
    ['a string instead of a rule', 'customer.segment == 1', [{ field: 'suitability', message: /JSON Logic object/ }]],
    ['element vars inside some are not checked', { some: [{ var: 'conversation.openTopics' }, { '==': [{ var: '' }, 'billing'] }] }, []],
  ])('%s', (_name, rule, expected) => {
    const errors = validateRule(rule, 'suitability');
    expect(errors).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(errors[i].field).toBe(e.field);
      expect(errors[i].message).toMatch(e.message);
    });
  });

  it('bounds nesting depth', () => {
    let rule: unknown = true;
    for (let i = 0; i < 50; i++) rule = { '!': [rule] };
    expect(validateRule(rule, 'eligibility').some((e) => /deeper than/.test(e.message))).toBe(true);
  });
});
