import { join } from 'node:path';

/** This CLI's bin: synthesizes a base commit whose tree has no tools/cli of its own (`deploy --affected`). */
export const STRATUM_BIN = join(__dirname, '..', 'bin', 'stratum.cjs');
