import type { PropsWithChildren } from 'react';
import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarPage,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { Settings as SidebarSettings, UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import CreateComponentIcon from '@material-ui/icons/AddCircleOutline';
import AccountTreeIcon from '@material-ui/icons/AccountTree';
import CallSplitIcon from '@material-ui/icons/CallSplit';
import CloudUploadIcon from '@material-ui/icons/CloudUpload';
import GroupIcon from '@material-ui/icons/People';
import HomeIcon from '@material-ui/icons/Home';
import MenuIcon from '@material-ui/icons/Menu';
import TimelineIcon from '@material-ui/icons/Timeline';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import { SidebarLogo } from './SidebarLogo';

/**
 * The sidebar around every page: the catalog (home), its graph and the scaffolder; the Stratum views, one item per
 * tab of the Stratum page; settings at the bottom.
 */
export function Root({ children }: PropsWithChildren) {
  return (
    <SidebarPage>
      <Sidebar>
        <SidebarLogo />
        <SidebarDivider />
        <SidebarGroup label="Menu" icon={<MenuIcon />}>
          <SidebarItem icon={HomeIcon} to="catalog" text="Home" />
          <SidebarItem icon={AccountTreeIcon} to="catalog-graph" text="Catalog graph" />
          <SidebarItem icon={CreateComponentIcon} to="create" text="Create..." />
          <SidebarDivider />
          <SidebarScrollWrapper>
            <SidebarItem icon={CloudUploadIcon} to="stratum/deployments" text="Deployments" />
            <SidebarItem icon={GroupIcon} to="stratum/ownership" text="Ownership" />
            <SidebarItem icon={TimelineIcon} to="stratum/slos" text="Platform SLOs" />
            <SidebarItem icon={TrendingUpIcon} to="stratum/adoption" text="Adoption" />
            <SidebarItem icon={CallSplitIcon} to="stratum/impact" text="Impact" />
          </SidebarScrollWrapper>
        </SidebarGroup>
        <SidebarSpace />
        <SidebarDivider />
        <SidebarGroup label="Settings" icon={<UserSettingsSignInAvatar />} to="/settings">
          <SidebarSettings />
        </SidebarGroup>
      </Sidebar>
      {children}
    </SidebarPage>
  );
}
