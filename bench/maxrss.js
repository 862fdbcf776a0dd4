// Preloaded into the benchmarked command: records its own peak memory (KiB) when it exits.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
