import { KolAlert } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { Loading } from './require-session';
import type { Loaded } from './use-load';

/** Loading, "not found" and failure states of a page's data (see useLoad); children once the data is there. */
export function LoadState<T>({
  loaded,
  missing,
  failed,
  testId,
  children,
}: {
  loaded: Loaded<T>;
  missing: string;
  failed: string;
  /** data-testid of the "not found" message. */
  testId: string;
  children: (data: T) => ReactNode;
}) {
  switch (loaded.status) {
    case 'loading':
      return <Loading />;
    case 'missing':
      return (
        <KolAlert data-testid={testId} _type="warning" _variant="msg">
          {missing}
        </KolAlert>
      );
    case 'failed':
      return (
        <KolAlert _type="error" _variant="msg" _alert>
          {failed}
        </KolAlert>
      );
    case 'ready':
      return children(loaded.data);
  }
}
