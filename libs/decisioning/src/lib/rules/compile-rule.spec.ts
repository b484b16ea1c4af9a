import jsonLogic from 'json-logic-js';
import { compilePredicate, compileRule } from './compile-rule';
import { type RuleExpression } from './rule-expression';

const data = {
  customer: { segment: 'champions', clv: 1500, pAlive: 0.4, attributes: { age: 42, tags: ['vip', 'paperless'] } },
  conversation: { openTopics: ['billing'], hasOpenComplaint: true, daysSinceLastComplaint: 2, moodTrend: -0.5, quiet: true, daysSinceLastPurchase: null },
  context: { channel: 'web', intent: 'complaint', hourOfDay: 14 },
};

describe('compileRule', () => {
  // Every case is also run through json-logic-js: our compiler must agree with the reference.
  it.each<[string, RuleExpression]>([
    ['var', { var: 'customer.segment' }],
    ['var with default', { var: ['customer.missing', 'fallback'] }],
    ['deep var', { var: 'customer.attributes.age' }],
    ['array index', { var: 'customer.attributes.tags.1' }],
    ['missing var is null', { var: 'nothing.here' }],
    ['==', { '==': [{ var: 'customer.segment' }, 'champions'] }],
    ['loose ==', { '==': [1, '1'] }],
    ['!==', { '!==': [{ var: 'conversation.daysSinceLastPurchase' }, null] }],
    ['>=', { '>=': [{ var: 'customer.clv' }, 1000] }],
    ['between', { '<': [10, { var: 'context.hourOfDay' }, 18] }],
    ['between inclusive', { '<=': [14, { var: 'context.hourOfDay' }, 14] }],
    ['null < 30 is true in JSON Logic', { '<': [{ var: 'conversation.daysSinceLastPurchase' }, 30] }],
    ['and returns last truthy', { and: [true, { var: 'customer.clv' }] }],
    ['and short-circuits', { and: [false, { var: 'customer.clv' }] }],
    ['or', { or: [0, '', { var: 'customer.segment' }] }],
    ['!', { '!': { var: 'conversation.quiet' } }],
    ['!! of empty array', { '!!': [[]] }],
    ['if chain', { if: [{ '<': [{ var: 'customer.pAlive' }, 0.3] }, 'lost', { '<': [{ var: 'customer.pAlive' }, 0.6] }, 'at risk', 'fine'] }],
    ['in array', { in: ['billing', { var: 'conversation.openTopics' }] }],
    ['in string', { in: ['pion', { var: 'customer.segment' }] }],
    ['arithmetic', { '*': [{ '+': [1, 2, '3'] }, { '-': [10, 4] }, { '/': [9, 3] }, { '%': [7, 4] }] }],
    ['unary minus', { '-': [{ var: 'customer.clv' }] }],
    ['min max', { '+': [{ min: [3, 1, 2] }, { max: [3, 1, 2] }] }],
    ['cat', { cat: ['segment:', { var: 'customer.segment' }] }],
    ['some', { some: [{ var: 'customer.attributes.tags' }, { '==': [{ var: '' }, 'vip'] }] }],
    ['all', { all: [{ var: 'customer.attributes.tags' }, { in: ['p', { var: '' }] }] }],
    ['none', { none: [{ var: 'customer.attributes.tags' }, { '==': [{ var: '' }, 'gold'] }] }],
    ['filter', { filter: [[1, 2, 3, 4], { '>': [{ var: '' }, 2] }] }],
    ['map', { map: [[1, 2], { '*': [{ var: '' }, 10] }] }],
    ['merge', { merge: [[1], 2, [3]] }],
    ['missing', { missing: ['customer.segment', 'customer.nope', 'context.channel'] }],
    ['constant', true],
  ])('%s agrees with json-logic-js', (_name, rule) => {
    expect(compileRule(rule)(data)).toEqual(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
  });

  it('treats null as always true', () => {
    expect(compilePredicate(null)(data)).toBe(true);
  });

  it('refuses prototype paths and unknown operators', () => {
    expect(() => compileRule({ var: 'customer.__proto__.polluted' })).toThrow(/not allowed/);
    expect(() => compileRule({ eval: ['1+1'] })).toThrow(/unknown rule operator "eval"/);
  });
});
