// Writes the template's column table into README.md, between <!-- columns:start --> and <!-- columns:end -->,
// from the column spec (src/core/template/columns.ts). Run: npm run build:node && node scripts/docs.js
const fs = require('fs');
const path = require('path');
const { withColumnTable } = require('../build/core/template/docs');

const readmePath = path.join(__dirname, '..', 'README.md');
const before = fs.readFileSync(readmePath, 'utf8');
const after = withColumnTable(before);
if (after === before) {
  console.log('README.md column table is up to date.');
} else {
  fs.writeFileSync(readmePath, after);
  console.log('README.md column table written from the column spec.');
}
