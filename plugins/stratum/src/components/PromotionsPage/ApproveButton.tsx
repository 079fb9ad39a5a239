import { Button, Typography } from '@material-ui/core';
import type { ApprovingState } from '@stratum/plugin-stratum-common';
import { useState } from 'react';

export interface ApproveButtonProps {
  readonly approving: ApprovingState;
  /** What is approved, for the button's accessible name. */
  readonly label: string;
  readonly onApprove: () => Promise<unknown>;
  /** Called after an approval was stored (reload the list). */
  readonly onApproved: () => void;
}

/**
 * Approves as the signed-in user: there is no name to type, the backend takes the identity from the session.
 * Disabled (with the backend's reason) for guests and while the portal has no signing key.
 */
export function ApproveButton({ approving, label, onApprove, onApproved }: ApproveButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onApprove();
      onApproved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        size="small"
        disabled={!approving.enabled || busy}
        aria-label={`Approve ${label}`}
        onClick={approve}
      >
        Approve
      </Button>
      {error && (
        <Typography color="error" variant="body2" role="alert">
          {error}
        </Typography>
      )}
    </>
  );
}
