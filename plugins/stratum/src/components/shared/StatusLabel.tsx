import { makeStyles } from '@material-ui/core/styles';
import type { RunStatus, SloStatus, StackStatus } from '@stratum/plugin-stratum-common';

export type AnyStatus = RunStatus | StackStatus | SloStatus | 'pass' | 'fail' | 'not_evaluated';

const GREEN = '#2e7d32';
const RED = '#c62828';
const ORANGE = '#ef6c00';
const GREY = '#757575';
const BLUE = '#1565c0';
const PURPLE = '#6a1b9a';

/** One colour per status, shared by labels and charts (each paired with the status in words). */
export const STATUS_COLORS: Record<AnyStatus, string> = {
  running: BLUE,
  pending: GREY,
  planning: BLUE,
  applying: BLUE,
  rolling_back: PURPLE,
  succeeded: GREEN,
  unchanged: '#81c784',
  met: GREEN,
  pass: GREEN,
  failed: RED,
  rollback_failed: '#4a148c',
  breached: RED,
  fail: RED,
  rolled_back: PURPLE,
  destroyed: '#37474f',
  interrupted: ORANGE,
  skipped: ORANGE,
  no_data: GREY,
  not_evaluated: GREY,
};

/** `rolled_back` → `rolled back`. */
export function statusText(status: string): string {
  return status.replace(/_/g, ' ');
}

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' },
  dot: { width: 10, height: 10, borderRadius: '50%', marginRight: 6, flexShrink: 0 },
});

/** A status as a dot in its colour and the status in words, so colour is never the only signal. */
export function StatusLabel(props: { status: AnyStatus }) {
  const classes = useStyles();
  return (
    <span className={classes.label}>
      <span
        className={classes.dot}
        style={{ backgroundColor: STATUS_COLORS[props.status] ?? GREY }}
        aria-hidden="true"
      />
      {statusText(props.status)}
    </span>
  );
}
