import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import type { ReactNode } from 'react';

/** The state `useAsync` / `useAsyncRetry` from react-use returns. */
export interface AsyncState<T> {
  readonly loading: boolean;
  readonly error?: Error;
  readonly value?: T;
}

export interface AsyncContentProps<T> {
  readonly state: AsyncState<T>;
  /** What was being loaded, for the error title: "Could not load <what>". */
  readonly what: string;
  /** Whether the loaded value has nothing to show. @default () => false */
  readonly isEmpty?: (value: T) => boolean;
  /** Shown instead of `children` when `isEmpty` says so: tell a newcomer what to run. */
  readonly empty?: ReactNode;
  readonly children: (value: T) => ReactNode;
}

/** Progress while loading, an error panel naming what failed, the empty state, or the content. */
export function AsyncContent<T>(props: AsyncContentProps<T>) {
  const { state, what, isEmpty = () => false, empty = null, children } = props;
  if (state.loading) return <Progress aria-label={`Loading ${what}`} />;
  if (state.error) return <ResponseErrorPanel error={state.error} title={`Could not load ${what}`} />;
  if (state.value === undefined) return null;
  if (isEmpty(state.value)) return <>{empty}</>;
  return <>{children(state.value)}</>;
}
