// Helpers of the portal's browser tests and of bench/portal-frontend.bench.ts.
export { describeViolations, seriousViolations, type AxeViolation } from './axe';
export {
  CHROMIUM,
  chromiumSkipReason,
  launchChromium,
  screenshot,
  SCREENSHOTS,
  signInAsGuest,
} from './browser';
export { demoLedger, demoLedgerSkipReason, removeDemoLedger } from './demoLedger';
export { REPO_ROOT, startPortal, waitForCatalog, type RunningPortal } from './portal';
export { prometheusSkipReason, startPrometheus, type RunningPrometheus } from './prometheus';
