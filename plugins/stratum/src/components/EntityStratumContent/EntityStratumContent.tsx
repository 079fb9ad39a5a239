import { EmptyState, InfoCard } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { catalogApiRef, EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { Grid, List, ListItem, ListItemText, Typography } from '@material-ui/core';
import { ANNOTATION_LAYER, RESOURCE_TYPE_TERRAFORM_STACK } from '@stratum/plugin-stratum-common';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { createTemplateRouteRef } from '../../routes';
import { ServiceAdoptionCard } from '../AdoptionPage';
import { AsyncContent, compareLayers } from '../shared';
import { EnvironmentSelect, StackHistory, useEnvironmentChoice } from '../StackHistory';

interface ComponentStack {
  readonly name: string;
  readonly layer: string;
}

function Adoption(props: { component: string }) {
  const api = useApi(stratumApiRef);
  const templateRoute = useRouteRef(createTemplateRouteRef);
  const state = useAsync(() => api.getAdoption(), [api]);
  return (
    <AsyncContent state={state} what="the adoption report">
      {(report) => {
        const service = report.services.find((s) => s.component === props.component);
        if (!service)
          return (
            <InfoCard title="Adoption">
              <Typography>
                Stratum does not know this component as a service: it needs a folder under services/ whose
                catalog-info.yaml names it.
              </Typography>
            </InfoCard>
          );
        return <ServiceAdoptionCard service={service} templateRoute={templateRoute} />;
      }}
    </AsyncContent>
  );
}

function Stacks(props: { stacks: readonly ComponentStack[] }) {
  return (
    <InfoCard title="Stacks">
      <List dense aria-label="Stacks of this component">
        {props.stacks.map((stack) => (
          <ListItem key={stack.name} disableGutters>
            <ListItemText
              primary={
                <EntityRefLink entityRef={{ kind: 'resource', namespace: 'default', name: stack.name }} />
              }
              secondary={`${stack.layer} layer`}
            />
          </ListItem>
        ))}
      </List>
    </InfoCard>
  );
}

/** A Component's Stratum tab: its stacks by layer, their deploy history per environment, its adoption phase. */
export function EntityStratumContent() {
  const { entity } = useEntity();
  const catalogApi = useApi(catalogApiRef);
  const choice = useEnvironmentChoice();
  const name = entity.metadata.name;
  const namespace = entity.metadata.namespace ?? 'default';
  const state = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: {
        kind: 'Resource',
        'spec.type': RESOURCE_TYPE_TERRAFORM_STACK,
        'spec.dependencyOf': `component:${namespace}/${name}`,
      },
    });
    return items
      .map((r) => ({ name: r.metadata.name, layer: r.metadata.annotations?.[ANNOTATION_LAYER] ?? 'unknown' }))
      .sort((a, b) => compareLayers(a.layer, b.layer) || a.name.localeCompare(b.name));
  }, [catalogApi, name, namespace]);
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={6}>
        <Adoption component={name} />
      </Grid>
      <Grid item xs={12} md={6}>
        <AsyncContent
          state={state}
          what={`the stacks of ${name} from the catalog`}
          isEmpty={(stacks) => stacks.length === 0}
          empty={
            <EmptyState
              missing="content"
              title="No Stratum stacks belong to this component"
              description="Add a project under services/<service>/ (a folder with stratum.yaml and src/stack.ts, see the README's 'Add a service'), or open the phase-2-app-infrastructure template from the Adoption card."
            />
          }
        >
          {(stacks) => <Stacks stacks={stacks} />}
        </AsyncContent>
      </Grid>
      {state.value && state.value.length > 0 ? (
        <Grid item xs={12}>
          <EnvironmentSelect choice={choice} />
          {choice.env ? (
            <div style={{ marginTop: 16 }}>
              <StackHistory
                projects={state.value.map((s) => s.name)}
                env={choice.env}
                title={`Deploy history of ${name}`}
              />
            </div>
          ) : null}
        </Grid>
      ) : null}
    </Grid>
  );
}
