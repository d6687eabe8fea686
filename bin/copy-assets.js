#!/usr/bin/env node

// `node bin/copy-assets.js <folder>`: copies the data files tsc doesn't (the matcher's word vectors) into
// another compiled tree, such as the bench's `bench/dist/src`.
const path = require('node:path');
const { copyAssets } = require('./ensure-built');

const into = process.argv[2];
if (into === undefined) {
  process.stderr.write('usage: node bin/copy-assets.js <compiled src folder>\n');
  process.exit(1);
}
copyAssets(path.resolve(into));
