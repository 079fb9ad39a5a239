import { render, screen } from '@testing-library/react';
import App from './App';

// The app as `npm start` serves it, with its config where the build puts it (process.env.APP_CONFIG); it renders up to
// the sign-in page, which offers guest sign-in on the embedded defaults (components/SignIn.test.tsx: GitHub in production).

function withConfig(environment: 'development' | 'production') {
  process.env = {
    ...process.env,
    NODE_ENV: 'test',
    APP_CONFIG: [
      {
        context: 'test',
        data: {
          app: { title: 'Stratum', baseUrl: 'http://localhost:3000' },
          backend: { baseUrl: 'http://localhost:7007' },
          auth: { environment },
        },
      },
    ] as unknown as string,
  };
}

describe('App', () => {
  const env = process.env;
  afterEach(() => {
    process.env = env;
  });

  it('offers guest sign-in on embedded defaults', async () => {
    withConfig('development');
    render(<App />);
    expect(await screen.findByText('Guest', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /enter/i })).toBeInTheDocument();
    expect(screen.queryByText('GitHub')).not.toBeInTheDocument();
  }, 30_000);
});
