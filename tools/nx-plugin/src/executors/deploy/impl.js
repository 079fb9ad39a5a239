'use strict';
// CommonJS shim so Nx can load the TypeScript executor (default export and `batchDeploy`).
require('tsx/cjs');
module.exports = require('./impl.ts');
