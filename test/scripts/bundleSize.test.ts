// The pane's first render must stay within its JavaScript budget: a feature that grows it past the goal
// has to load lazily (as Send, Settings and the delete confirmation do). Reads the build `npm test` made.
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure, PANE_GOAL_KB } = require('../../scripts/bundle-size.js') as {
  measure(): { firstLoad: Record<string, number> };
  PANE_GOAL_KB: number;
};

test('the task pane loads at most its goal of gzipped JavaScript before its first render', () => {
  expect(fs.existsSync(path.join(__dirname, '..', '..', 'dist', 'taskpane.html'))).toBe(true); // npm test builds first
  const { firstLoad } = measure();
  expect(firstLoad['taskpane.html']).toBeGreaterThan(50);
  expect(firstLoad['taskpane.html']).toBeLessThanOrEqual(PANE_GOAL_KB);
});
