import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RuleBuilder } from './rule-builder';

function setup(value: unknown) {
  const onChange = jest.fn();
  renderWithProviders(<RuleBuilder label="Suitability" value={value} onChange={onChange} />);
  return { onChange, lastRule: () => onChange.mock.calls[onChange.mock.calls.length - 1]?.[0] };
}

describe('RuleBuilder', () => {
  it('shows an existing rule as conditions', () => {
    setup({ and: [{ '>=': [{ var: 'customer.clv' }, 100] }, { in: [{ var: 'customer.segment' }, ['champions', 'loyal']] }] });
    expect(screen.getAllByTestId('rule-condition')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Variable of condition 1' })).toHaveValue('customer.clv');
    expect(screen.getByLabelText('Value of condition 1')).toHaveValue('100');
    expect(screen.getByLabelText('Value of condition 2')).toHaveValue('champions, loyal');
  });

  it('builds JSON Logic from a new condition, typing numbers as numbers', async () => {
    const user = userEvent.setup();
    const { lastRule } = setup(null);
    expect(screen.getByText('No conditions: always true.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Variable of condition 1' }), { target: { value: 'customer.pAlive' } });
    fireEvent.change(screen.getByLabelText('Value of condition 1'), { target: { value: '0.4' } });
    expect(lastRule()).toEqual({ '==': [{ var: 'customer.pAlive' }, 0.4] });
  });

  it('combines conditions with "any of" and removes one', async () => {
    const user = userEvent.setup();
    const { lastRule } = setup({ and: [{ '==': [{ var: 'context.channel' }, 'web'] }, { '!': [{ var: 'conversation.quiet' }] }] });
    await user.click(screen.getByText('Any of'));
    expect(lastRule()).toEqual({ or: [{ '==': [{ var: 'context.channel' }, 'web'] }, { '!': [{ var: 'conversation.quiet' }] }] });
    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(lastRule()).toEqual({ or: [{ '!': [{ var: 'conversation.quiet' }] }] });
  });

  it('opens rules it cannot show in the JSON editor and reports invalid JSON', () => {
    const { onChange } = setup({ some: [{ var: 'conversation.openTopics' }, { '==': [{ var: '' }, 'billing'] }] });
    const editor = screen.getByLabelText('Suitability as JSON Logic');
    expect(screen.getByText(/uses operators the builder cannot show/)).toBeInTheDocument();
    fireEvent.change(editor, { target: { value: '{"==": [' } });
    expect(screen.getByText('Not valid JSON yet')).toBeInTheDocument();
    fireEvent.change(editor, { target: { value: '{"==": [{"var": "customer.segment"}, "new"]}' } });
    expect(onChange).toHaveBeenLastCalledWith({ '==': [{ var: 'customer.segment' }, 'new'] });
  });

  it('switches from JSON back to the builder when the rule allows it', async () => {
    const user = userEvent.setup();
    setup({ '<': [{ var: 'conversation.outboundLast7Days' }, 5] });
    await user.click(screen.getByText('JSON'));
    fireEvent.change(screen.getByLabelText('Suitability as JSON Logic'), { target: { value: '{"<": [{"var": "conversation.outboundLast7Days"}, 3]}' } });
    await user.click(screen.getByText('Builder'));
    const row = screen.getByTestId('rule-condition');
    expect(within(row).getByLabelText('Value of condition 1')).toHaveValue('3');
  });
});
