// Nx loads plugins as CommonJS; this shim lets the plugin be written in TypeScript (run through tsx).
'use strict';
require('tsx/cjs');
module.exports = require('./src/index.ts');
