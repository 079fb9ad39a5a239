import { ConfigReader } from '@backstage/config';
import { configApiRef, discoveryApiRef, githubAuthApiRef } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { SignIn } from './SignIn';

async function renderSignIn(environment: string) {
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          configApiRef,
          new ConfigReader({
            app: { title: 'Stratum' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: { environment },
          }),
        ],
        [discoveryApiRef, { getBaseUrl: async (id: string) => `http://localhost:7007/api/${id}` }],
        // the GitHub card only needs the API when clicked
        [githubAuthApiRef, {}],
      ]}
    >
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
