// The four counts of a check: rows, valid, invalid, with warnings.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Summary } from '../excel/model';
import type { Translate } from './i18n';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: tokens.spacingHorizontalS, margin: 0 },
  // The counts on one line at the top, each label under its count: a label that wraps in a narrow pane
  // ("Non valides") must not lift its count above the others.
  cell: { display: 'flex', flexDirection: 'column-reverse', justifyContent: 'flex-end', alignItems: 'center', margin: 0 },
  // Smaller in a narrow pane, so that a five-digit count (a 20,000-row sheet) fits its quarter of 320 px.
  value: { fontSize: `clamp(${tokens.fontSizeBase500}, 7vw, ${tokens.fontSizeHero700})`, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  invalid: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
});

export function StatusHeader({ summary, t }: { summary: Summary; t: Translate }) {
  const styles = useStyles();
  const cells: [keyof Summary, string | undefined][] = [
    ['rows', undefined],
    ['valid', undefined],
    ['invalid', summary.invalid > 0 ? styles.invalid : undefined],
    ['withWarnings', summary.withWarnings > 0 ? styles.warning : undefined],
  ];
  return (
    <dl className={styles.grid} aria-label={t('status.label')}>
      {cells.map(([key, tone]) => (
        <div key={key} className={styles.cell}>
          <dt>
            <Text size={200}>{t(`summary.${key}`)}</Text>
          </dt>
          <dd className={`${styles.value} ${tone ?? ''}`}>{summary[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
