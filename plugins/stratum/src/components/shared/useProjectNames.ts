import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { RESOURCE_TYPE_TERRAFORM_STACK } from '@stratum/plugin-stratum-common';
import useAsync from 'react-use/esm/useAsync';

/** The Stratum projects in the catalog (Resources of type terraform-stack), sorted by name. */
export function useProjectNames() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Resource', 'spec.type': RESOURCE_TYPE_TERRAFORM_STACK },
      fields: ['metadata.name'],
    });
    return items.map((r) => r.metadata.name).sort();
  }, [catalogApi]);
}
