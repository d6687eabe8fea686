#!/usr/bin/env node

// `npm start`: builds if needed, then runs the bot (Socket Mode, or HTTP on PORT; see README).
require('./ensure-built').ensureBuilt();
require('../dist/app.js');
