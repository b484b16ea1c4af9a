import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ExplanationPanel } from './explanation-panel';
import { SuppressedOffers } from './suppressed-offers';
import userEvent from '@testing-library/user-event';

const recommendation = {
  priority: 12.6,
  propensity: 0.42,
  contextWeight: 1.5,
  value: 40,
  lever: 0.5,
  reasons: ['High CLV customer with falling P(alive): retention is worth more', 'Inbound call: service up-weighted'],
  modelVersion: 'ts-2026-11',
  source: 'realtime',
  control: false,
  generatedAt: '2026-11-01T10:00:00.000Z',
};

describe('ExplanationPanel', () => {
  it('shows every factor of priority = P × C × V × L', () => {
    renderWithProviders(<ExplanationPanel recommendation={recommendation} />);
    expect(screen.getByText(/Priority 12\.60 = P 0\.420 × C 1\.50 × V 40\.00 × L 0\.50/)).toBeInTheDocument();
    expect(within(screen.getByTestId('factor-Propensity')).getByText('42.0 %')).toBeInTheDocument();
    expect(within(screen.getByTestId('factor-Context')).getByText('× 1.50')).toBeInTheDocument();
    expect(within(screen.getByTestId('factor-Value')).getByText('€40')).toBeInTheDocument();
    expect(within(screen.getByTestId('factor-Lever')).getByText('× 0.50')).toBeInTheDocument();
  });

  it('lists the reasons and where the decision came from', () => {
    renderWithProviders(<ExplanationPanel recommendation={recommendation} />);
    const reasons = screen.getByLabelText('Reasons');
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/Real time · model ts-2026-11/)).toBeInTheDocument();
    expect(screen.queryByText('Control group')).not.toBeInTheDocument();
  });

  it('marks control-group decisions and says when there are no reasons', () => {
    renderWithProviders(<ExplanationPanel recommendation={{ ...recommendation, reasons: [], control: true, source: 'batch' }} />);
    expect(screen.getByText('Control group')).toBeInTheDocument();
    expect(screen.getByText('The engine gave no further reasons.')).toBeInTheDocument();
    expect(screen.getByText(/Batch · model/)).toBeInTheDocument();
  });
});

describe('SuppressedOffers', () => {
  it('explains each dropped offer', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <SuppressedOffers
        suppressed={[
          { offer: { id: 'o1', code: 'CARD-GOLD', name: 'Gold card', kind: 'SALES' }, reasons: ['suitability: no selling while a complaint is open'] },
          { offer: { id: 'o2', code: 'LOAN', name: 'Personal loan', kind: 'SALES' }, reasons: ['contact policy: rejected twice in 15 days'] },
        ]}
      />,
    );
    await user.click(screen.getByText('2 offers not shown, and why'));
    expect(screen.getByText('Gold card')).toBeInTheDocument();
    expect(screen.getByText('contact policy: rejected twice in 15 days')).toBeInTheDocument();
  });

  it('renders nothing when nothing was suppressed', () => {
    const { container } = renderWithProviders(<SuppressedOffers suppressed={[]} />);
    expect(container.querySelector('[data-testid="suppressed-offers"]')).toBeNull();
  });
});
