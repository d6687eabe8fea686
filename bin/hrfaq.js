#!/usr/bin/env node

// The CLI entry point behind `npm run validate|export|ask|chat|eval|bench|report`.
require('./ensure-built').ensureBuilt();
require('../dist/cli/index.js');
