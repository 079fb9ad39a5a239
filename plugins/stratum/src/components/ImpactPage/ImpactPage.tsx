import { EmptyState, InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { Grid, List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { ImpactReport } from '@stratum/plugin-stratum-common';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { AsyncContent, FilterSelect, useProjectNames } from '../shared';
import { ImpactGraph } from './ImpactGraph';

function DeployOrder(props: { report: ImpactReport }) {
  const byName = new Map(props.report.projects.map((p) => [p.name, p]));
  return (
    <List component="ol" aria-label="Deploy order">
      {props.report.deployOrder.map((name, index) => {
        const project = byName.get(name);
        return (
          <ListItem key={name} dense>
            <ListItemText
              primary={`${index + 1}. ${name}`}
              secondary={`${project?.layer ?? 'unknown'} layer, owner ${project?.owner ?? 'none'}`}
            />
          </ListItem>
        );
      })}
    </List>
  );
}

function Impact(props: { report: ImpactReport }) {
  const { report } = props;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={8}>
        <InfoCard title={`What a change to ${report.project} reaches`}>
          <Typography paragraph>
            {report.dependants.length === 0
              ? `No project depends on ${report.project}; a change deploys it alone.`
              : `${report.dependants.length} dependants (${report.dependants.join(', ')}); services ${
                  report.services.join(', ') || 'none'
                }; owners ${report.owners.join(', ') || 'none'}.`}
          </Typography>
          <ImpactGraph report={report} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Deploy order">
          <Typography variant="body2">
            Dependencies first; a failure skips everything after it that depends on it.
          </Typography>
          <DeployOrder report={report} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

function ImpactOf(props: { project: string }) {
  const api = useApi(stratumApiRef);
  const state = useAsync(() => api.getImpact(props.project), [api, props.project]);
  return (
    <AsyncContent state={state} what={`the impact of ${props.project}`}>
      {(report) => <Impact report={report} />}
    </AsyncContent>
  );
}

/** Pick a project: its dependants as a graph with their owners, and the order a deploy of the change takes. */
export function ImpactPage() {
  const projects = useProjectNames();
  const [params, setParams] = useSearchParams();
  const project = params.get('project') ?? '';
  return (
    <>
      <Typography variant="h4" component="h2" gutterBottom>
        Impact
      </Typography>
      <AsyncContent
        state={projects}
        what="the projects from the catalog"
        isEmpty={(names) => names.length === 0}
        empty={
          <EmptyState
            missing="data"
            title="No Stratum projects in the catalog"
            description="The catalog lists one Resource per CDKTF project once the Stratum entity provider has read the workspace: start the portal with `npm start` from the workspace root and check `npx stratum graph`."
          />
        }
      >
        {(names) => (
          <>
            <FilterSelect
              label="Project"
              value={project}
              options={names}
              allLabel="Choose a project"
              onChange={(value) => setParams(value ? { project: value } : {})}
            />
            <div style={{ marginTop: 16 }}>
              {project ? (
                <ImpactOf project={project} />
              ) : (
                <Typography>Choose a project to see what a change to it reaches.</Typography>
              )}
            </div>
          </>
        )}
      </AsyncContent>
    </>
  );
}
