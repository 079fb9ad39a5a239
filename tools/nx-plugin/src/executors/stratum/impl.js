'use strict';
// CommonJS shim so Nx can load the TypeScript executor.
require('tsx/cjs');
module.exports = require('./impl.ts');
