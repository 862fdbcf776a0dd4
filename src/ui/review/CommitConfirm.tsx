// What a commit will do, said before it is done: the commit button's words ("Add 3 new clients and update 1")
// and the confirmation listing who, counted over every tab, since one commit sends the choices of all of them.
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text,
} from '@fluentui/react-components';
import type { Lang } from '../../core/lang';
import { headerIn } from '../../core/messages';
import type { ImportPreview } from '../../api/contract/schemas';
import type { Translate } from './i18n';
import { clientName } from './names';
import type { CommitPlan } from './selection';
import { useReviewStyles } from './styles';

type Request = CommitPlan['request'];

/** "Add 3 new clients, update 1 and attach 2 to this season"; '' when the request does nothing. */
export function commitAction(request: Request, lang: Lang, t: Translate): string {
  const clauses: string[] = [];
  const { add, update, attach } = request;
  if (add.length) clauses.push(t('commit.action.add', { count: add.length }));
  if (update.length) clauses.push(t(clauses.length ? 'commit.action.updateNext' : 'commit.action.update', { count: update.length }));
  if (attach.length) clauses.push(t(clauses.length ? 'commit.action.attachNext' : 'commit.action.attach', { count: attach.length }));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(clauses);
}

/** Each row's client name as the review shows it (the import's values over Accounton's for a duplicate). */
export function namesByRow(preview: Pick<ImportPreview, 'importOnly' | 'duplicates'>): Map<number, string> {
  const names = new Map<number, string>();
  for (const e of preview.importOnly) names.set(e.row, clientName(e.values) || `#${e.row}`);
  for (const d of preview.duplicates) names.set(d.row, clientName({ ...d.current, ...d.values }) || `#${d.row}`);
  return names;
}

// A long import lists its first names only: the counts say the rest.
const LISTED = 10;

function Section({ heading, items, t }: { heading: string; items: string[]; t: Translate }) {
  const styles = useReviewStyles();
  if (items.length === 0) return null;
  const rest = items.length - LISTED;
  return (
    <div>
      <Text weight="semibold">{heading}</Text>
      <ul className={styles.confirmList}>
        {items.slice(0, LISTED).map((item, n) => <li key={n}>{item}</li>)}
        {rest > 0 && <li>{t('confirm.more', { count: rest })}</li>}
      </ul>
    </div>
  );
}

interface Props {
  open: boolean;
  request: Request;
  names: ReadonlyMap<number, string>;
  lang: Lang;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

export function CommitConfirm({ open, request, names, lang, t, onConfirm, onCancel }: Props) {
  const styles = useReviewStyles();
  const name = (row: number) => names.get(row) ?? `#${row}`;
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (
    // An alert dialog: a stray click outside (the second click of a double-click) does not close it.
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => { if (!d.open) onCancel(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('confirm.title')}</DialogTitle>
          <DialogContent className={styles.confirm}>
            <Text>{t('confirm.intro')}</Text>
            <Section heading={t('confirm.add', { count: request.add.length })} items={request.add.map((a) => name(a.row))} t={t} />
            <Section heading={t('confirm.attach', { count: request.attach.length })} items={request.attach.map((a) => name(a.row))} t={t} />
            <Section
              heading={t('confirm.update', { count: request.update.length })}
              items={request.update.map((u) => t('summary.client', { name: name(u.row), row: u.row, detail: list.format(u.fields.map((f) => headerIn(f, lang))) }))}
              t={t}
            />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>{t('confirm.go')}</Button>
            <Button onClick={onCancel}>{t('confirm.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
