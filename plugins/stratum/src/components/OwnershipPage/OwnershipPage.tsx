import { EmptyState, Progress, WarningPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { Grid, Typography } from '@material-ui/core';
import { RESOURCE_TYPE_TERRAFORM_STACK } from '@stratum/plugin-stratum-common';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent } from '../shared';
import { GroupCard } from './GroupCard';
import { OrphanCard } from './OrphanCard';
import { ownershipView } from './ownership';

function Orphans() {
  const api = useApi(stratumApiRef);
  const state = useAsync(() => api.getOrphans(), [api]);
  if (state.loading) return <Progress />;
  if (state.error)
    return (
      <WarningPanel
        title="Could not load the orphan report from the Stratum backend"
        message={state.error.message}
      />
    );
  return state.value ? <OrphanCard report={state.value} /> : null;
}

/** Groups → the services they own → each service's stacks by layer; stacks without an owner flagged. */
export function OwnershipPage() {
  const catalogApi = useApi(catalogApiRef);
  const state = useAsync(async () => {
    const list = async (filter: Record<string, string>) => (await catalogApi.getEntities({ filter })).items;
    const [groups, components, resources] = await Promise.all([
      list({ kind: 'Group' }),
      list({ kind: 'Component' }),
      list({ kind: 'Resource', 'spec.type': RESOURCE_TYPE_TERRAFORM_STACK }),
    ]);
    return ownershipView(groups, components, resources);
  }, [catalogApi]);
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Ownership
      </Typography>
      <AsyncContent
        state={state}
        what="groups, services and stacks from the catalog"
        isEmpty={(view) => view.groups.length === 0 && view.unowned.length === 0}
        empty={
          <EmptyState
            missing="data"
            title="No groups or Stratum projects in the catalog yet"
            description="Groups come from services/org.yaml and one Resource per CDKTF project from the Stratum entity provider: start the portal with `npm start` from the workspace root and wait for the first catalog refresh."
          />
        }
      >
        {(view) => (
          <Grid container spacing={2}>
            {view.unowned.length > 0 ? (
              <Grid item xs={12}>
                <WarningPanel
                  title={`${view.unowned.length} stack(s) without an owner in the catalog`}
                  defaultExpanded
                >
                  <ul aria-label="Stacks without an owner in the catalog">
                    {view.unowned.map((stack) => (
                      <li key={stack.name}>
                        {stack.name}: {stack.orphanReason}
                      </li>
                    ))}
                  </ul>
                </WarningPanel>
              </Grid>
            ) : null}
            {view.groups.map((group) => (
              <Grid item xs={12} md={6} key={group.group}>
                <GroupCard view={group} />
              </Grid>
            ))}
          </Grid>
        )}
      </AsyncContent>
      <Typography variant="h5" component="h3" style={{ marginTop: 24 }} gutterBottom>
        Owner problems
      </Typography>
      <Orphans />
    </>
  );
}
