import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import { type ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Client, Provider as UrqlProvider } from 'urql';

/** A urql client without exchanges never answers: components under test get data through props. */
const idleClient = new Client({ url: 'http://test.invalid/graphql', exchanges: [] });

export function renderWithProviders(ui: ReactElement, client: Client = idleClient): RenderResult {
  return render(
    <MantineProvider>
      <UrqlProvider value={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </UrqlProvider>
    </MantineProvider>,
  );
}
