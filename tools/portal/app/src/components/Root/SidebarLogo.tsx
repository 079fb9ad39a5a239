import { Link, sidebarConfig, useSidebarOpenState } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles((theme) => ({
  root: {
    width: sidebarConfig.drawerWidthClosed,
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    flexFlow: 'row nowrap',
    alignItems: 'center',
    marginBottom: -14,
  },
  link: {
    width: sidebarConfig.drawerWidthClosed,
    marginLeft: 24,
    color: theme.palette.common.white,
    fontSize: 24,
    fontWeight: theme.typography.fontWeightBold as number,
    letterSpacing: '0.02em',
    textDecoration: 'none',
    whiteSpace: 'nowrap',
  },
}));

/** The wordmark at the top of the sidebar: "Stratum" when open, "S" when collapsed; links home (the catalog). */
export function SidebarLogo() {
  const classes = useStyles();
  const { isOpen } = useSidebarOpenState();
  return (
    <div className={classes.root}>
      <Link to="/" underline="none" className={classes.link} aria-label="Stratum home">
        {isOpen ? 'Stratum' : 'S'}
      </Link>
    </div>
  );
}
