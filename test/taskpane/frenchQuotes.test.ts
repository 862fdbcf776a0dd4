// French guillemets hold their word with a no-break space: in a 320 px pane, a plain space let "»" wrap
// onto a line of its own ("la feuille « Résultats Accounton" / "»."), as the Chromium suite's screenshots showed.
import { fr as pane } from '../../src/taskpane/i18n/fr';
import { fr as review } from '../../src/ui/review/i18n/fr';

test.each([['pane', pane], ['review', review]] as const)('the %s catalog never breaks a line inside « »', (_name, catalog) => {
  const texts = Object.values(catalog as Record<string, string>);
  expect(texts.filter((t) => t.includes('«')).length).toBeGreaterThan(0);
  expect(texts.filter((t) => /«[ \t]|[ \t]»/.test(t))).toEqual([]);
});
