import { incompleteConditions, parseRule as parseOrNull, toJsonLogic, type RuleGroup } from './rule-model';

/** parseRule for rules the builder must understand: fails the test instead of returning null. */
function parseRule(rule: unknown): RuleGroup {
  const group = parseOrNull(rule);
  if (!group) throw new Error(`builder could not read ${JSON.stringify(rule)}`);
  return group;
}

describe('rule model', () => {
  it.each([
    ['a comparison', { '>=': [{ var: 'customer.clv' }, 100] }],
    ['a list membership', { in: [{ var: 'customer.segment' }, ['champions', 'loyal']] }],
    ['a negated flag', { '!': [{ var: 'conversation.hasOpenComplaint' }] }],
    ['nested groups', { or: [{ '==': [{ var: 'context.channel' }, 'web'] }, { and: [{ '<': [{ var: 'customer.pAlive' }, 0.5] }, { '!!': [{ var: 'conversation.quiet' }] }] }] }],
  ])('round-trips %s', (_name, rule) => {
    expect(toJsonLogic(parseRule(rule))).toEqual(rule);
  });

  it('reads a bare negation and a bare variable', () => {
    expect(toJsonLogic(parseRule({ '!': { var: 'conversation.quiet' } }))).toEqual({ '!': [{ var: 'conversation.quiet' }] });
    expect(toJsonLogic(parseRule({ var: 'conversation.quiet' }))).toEqual({ '!!': [{ var: 'conversation.quiet' }] });
  });

  it.each([null, undefined, true])('treats %p as "no rule"', (rule) => {
    expect(parseRule(rule).children).toEqual([]);
    expect(toJsonLogic(parseRule(rule))).toBeNull();
  });

  it.each([
    ['arithmetic', { '>': [{ '+': [{ var: 'a' }, 1] }, 2] }],
    ['a scoped operator', { some: [{ var: 'conversation.openTopics' }, { '==': [{ var: '' }, 'billing'] }] }],
    ['two operators in one object', { '==': [{ var: 'a' }, 1], '!=': [{ var: 'b' }, 2] }],
  ])('leaves %s to the JSON editor', (_name, rule) => {
    expect(parseOrNull(rule)).toBeNull();
  });

  it('counts unfinished conditions', () => {
    const group = parseRule({ and: [{ '==': [{ var: 'customer.segment' }, 'loyal'] }] });
    group.children.push({ type: 'condition', id: 'x', variable: '', operator: '==', value: '' });
    expect(incompleteConditions(group)).toBe(1);
  });
});
