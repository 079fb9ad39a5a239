import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The catalog's Group names, sorted; empty while loading or when the catalog cannot be read. */
export function useGroupNames(): string[] {
  const catalogApi = useApi(catalogApiRef);
  const state = useAsync(async () => {
    const { items } = await catalogApi.getEntities({ filter: { kind: 'Group' }, fields: ['metadata.name'] });
    return items.map((group) => group.metadata.name).sort();
  }, [catalogApi]);
  return state.value ?? [];
}
