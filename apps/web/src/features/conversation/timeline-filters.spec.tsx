import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { toEventFilter } from './conversation-timeline';
import { NO_TIMELINE_FILTER, TimelineFilters, type TimelineFilterValue } from './timeline-filters';

function Harness({ onChange }: { onChange: (value: TimelineFilterValue) => void }) {
  const [value, setValue] = useState(NO_TIMELINE_FILTER);
  return (
    <TimelineFilters
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('TimelineFilters', () => {
  it('filters by channel and by kind group', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    await user.click(screen.getByLabelText('WhatsApp'));
    await user.click(screen.getByLabelText('Call center'));
    await user.click(screen.getByLabelText('Complaints'));
    const last: TimelineFilterValue = onChange.mock.calls[onChange.mock.calls.length - 1][0];
    expect(last).toEqual({ channels: ['WHATSAPP', 'CALL_CENTER'], kindGroups: ['complaints'] });
    expect(toEventFilter(last)).toEqual({ channels: ['WHATSAPP', 'CALL_CENTER'], kinds: ['COMPLAINT', 'COMPLAINT_RESOLVED'] });
  });

  it('clears every filter at once', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Offers'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith(NO_TIMELINE_FILTER);
    expect(screen.getByLabelText('Offers')).not.toBeChecked();
  });

  it('asks for everything when nothing is selected', () => {
    expect(toEventFilter(NO_TIMELINE_FILTER)).toEqual({ channels: null, kinds: null });
  });
});
