// The box of a review table, which scrolls sideways when the pane is narrower than the table (a data table
// may, WCAG 1.4.10). A named region in the Tab order, so that keyboard users can scroll it with the arrow
// keys even when the table holds nothing focusable (axe: scrollable-region-focusable).
import type { ReactNode } from 'react';
import { useReviewStyles } from './styles';

export function TableBox({ label, children }: { label: string; children: ReactNode }) {
  const styles = useReviewStyles();
  return (
    <div className={styles.tableWrap} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
