import { ConfigReader } from '@backstage/config';
import { configApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { SignIn } from './SignIn';

async function renderSignIn(environment: string) {
  await renderInTestApp(
    <TestApiProvider apis={[[configApiRef, new ConfigReader({ app: { title: 'Stratum' }, auth: { environment } })]]}>
      <SignIn onSignInSuccess={() => undefined} />
    </TestApiProvider>,
  );
}

describe('SignIn', () => {
  it('offers the guest provider in development', async () => {
    await renderSignIn('development');
    expect(await screen.findByText('Guest')).toBeInTheDocument();
    expect(screen.queryByText('GitHub')).not.toBeInTheDocument();
  });

  it('offers GitHub in production', async () => {
    await renderSignIn('production');
    expect(await screen.findByText('GitHub')).toBeInTheDocument();
    expect(screen.queryByText('Guest')).not.toBeInTheDocument();
  });
});
