// The Stratum portal backend on :7007. Start it with `npm start` in this folder (or `node tools/scripts/portal.mjs`
// from the repository root); configuration comes from tools/portal/app-config.yaml (+ app-config.production.yaml).
import { createBackend } from '@backstage/backend-defaults';
import { portalFeatures } from './features';

const backend = createBackend();
for (const feature of portalFeatures()) backend.add(feature);
backend.start();
