import { InfoCard, Link } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { stratumApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { AsyncContent } from '../shared';

/** The projects a change to this one reaches, with owners, and a link to the Impact page's graph. */
export function DependantsCard(props: { project: string }) {
  const { project } = props;
  const api = useApi(stratumApiRef);
  const root = useRouteRef(rootRouteRef);
  const state = useAsync(() => api.getImpact(project), [api, project]);
  return (
    <InfoCard title="Dependants">
      <AsyncContent state={state} what={`the dependants of ${project}`}>
        {(report) => {
          const byName = new Map(report.projects.map((p) => [p.name, p]));
          return (
            <>
              {report.dependants.length === 0 ? (
                <Typography>No project depends on {project}.</Typography>
              ) : (
                <List dense aria-label={`Projects that depend on ${project}`}>
                  {report.dependants.map((name) => (
                    <ListItem key={name} disableGutters>
                      <ListItemText
                        primary={
                          <EntityRefLink entityRef={{ kind: 'resource', namespace: 'default', name }} />
                        }
                        secondary={`${byName.get(name)?.layer ?? 'unknown'} layer, owner ${
                          byName.get(name)?.owner ?? 'none'
                        }`}
                      />
                    </ListItem>
                  ))}
                </List>
              )}
              <Typography variant="body2" paragraph>
                Deploy order of a change: {report.deployOrder.join(' → ')}
              </Typography>
              <Typography variant="body2">
                <Link to={`${root()}/impact?project=${encodeURIComponent(project)}`}>
                  Open the impact graph of {project}
                </Link>
              </Typography>
            </>
          );
        }}
      </AsyncContent>
    </InfoCard>
  );
}
