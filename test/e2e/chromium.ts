// Debian's Chromium as the end-to-end tests launch it: headless, no sandbox (root in CI), nothing fetched.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];
