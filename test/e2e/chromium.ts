// Debian's Chromium as the end-to-end tests launch it: headless, no sandbox (root in CI), nothing fetched;
// and the accessibility scan they share.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];

/**
 * axe-core's serious and critical violations on the page, one line each. Fluent's focus helpers (Tabster
 * "dummy" elements) are aria-hidden yet focusable by design: a known false positive (microsoft/tabster#288),
 * left out the way Accessibility Insights does it; any other node still counts.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
