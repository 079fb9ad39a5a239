import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { GroupView, StackView } from './ownership';

function StackList(props: { stacks: readonly StackView[]; label: string }) {
  if (props.stacks.length === 0) return <Typography variant="body2">No stacks.</Typography>;
  return (
    <List dense aria-label={props.label} disablePadding>
      {props.stacks.map((stack) => (
        <ListItem key={stack.name} disableGutters>
          <ListItemText
            primary={
              <>
                {stack.layer}:{' '}
                <EntityRefLink entityRef={{ kind: 'resource', namespace: 'default', name: stack.name }} />
                {stack.orphanReason ? <strong> (no owner: {stack.orphanReason})</strong> : null}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

/** One group: the services it owns with their stacks by layer, and the shared stacks it owns directly. */
export function GroupCard(props: { view: GroupView }) {
  const { group, services, shared } = props.view;
  return (
    <InfoCard title={group}>
      {services.length === 0 && shared.length === 0 ? (
        <Typography variant="body2">Owns no service and no stack.</Typography>
      ) : null}
      {services.map((service) => (
        <div key={service.component}>
          <Typography variant="h6" component="h3">
            Service{' '}
            <EntityRefLink entityRef={{ kind: 'component', namespace: 'default', name: service.component }} />
          </Typography>
          <StackList stacks={service.stacks} label={`Stacks of ${service.component}`} />
        </div>
      ))}
      {shared.length > 0 ? (
        <>
          <Typography variant="h6" component="h3">
            Shared stacks
          </Typography>
          <StackList stacks={shared} label={`Shared stacks of ${group}`} />
        </>
      ) : null}
    </InfoCard>
  );
}
