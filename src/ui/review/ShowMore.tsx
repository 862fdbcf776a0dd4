// Long buckets (thousands of rows) render a page at a time, so the review stays responsive.
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Translate } from './i18n';
import { useReviewStyles } from './styles';

export const PAGE_SIZE = 200;

/** How many items to render, and a way to render more. */
export function useShown(total: number): [number, () => void] {
  const [shown, setShown] = useState(PAGE_SIZE);
  return [Math.min(shown, total), () => setShown((n) => n + PAGE_SIZE)];
}

export function ShowMore({ shown, total, onMore, t }: { shown: number; total: number; onMore: () => void; t: Translate }) {
  const styles = useReviewStyles();
  if (shown >= total) return null;
  return (
    <div className={styles.toolbar}>
      <Text>{t('list.shown', { shown, total })}</Text>
      <Button onClick={onMore}>{t('list.more', { count: Math.min(PAGE_SIZE, total - shown) })}</Button>
    </div>
  );
}
