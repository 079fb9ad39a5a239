import { SignInPage } from '@backstage/core-components';
import type { SignInPageProps } from '@backstage/core-plugin-api';
import { configApiRef, githubAuthApiRef, useApi } from '@backstage/core-plugin-api';

const github = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your GitHub account',
  apiRef: githubAuthApiRef,
};

/**
 * Sign-in as the backend offers it: the guest provider for local use (`auth.environment: development`, the embedded
 * defaults), GitHub in production (app-config.production.yaml). Signs in without a click when it can.
 */
export function SignIn(props: SignInPageProps) {
  const development = useApi(configApiRef).getOptionalString('auth.environment') === 'development';
  return <SignInPage {...props} auto providers={development ? ['guest'] : [github]} />;
}
