// "Mandate file": MyMinfin's bulk Tax-on-web mandate file built from validated rows, saved as a download,
// with the rows left out (or changed) listed in the user's language.
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { RowResult } from '../../core';
import type { Lang } from '../../core/lang';
import { buildMandates, type MandateNote } from '../../core/mandates';
import { noteMessage } from '../../core/mandates/messages';
import type { ImportPreview } from '../../api/contract/schemas';
import { saveBlob } from '../download';
import { translate } from './i18n';

export const MANDATE_FILE = 'tax-on-web-mandates.csv';

/** A preview's rows as validation results: importOnly and duplicates hold validated rows; invalid ones get no line. */
export function previewResults(preview: Pick<ImportPreview, 'importOnly' | 'duplicates' | 'invalid'>): RowResult[] {
  return [
    ...[...preview.importOnly, ...preview.duplicates].map((e) => ({ row: e.row, valid: true, values: e.values, issues: [] })),
    ...preview.invalid.map((e) => ({ row: e.row, valid: false, values: e.values, issues: [] })),
  ];
}

interface Props {
  /** The validated rows, read when the button is clicked. */
  results: () => readonly RowResult[] | Promise<readonly RowResult[]>;
  lang: Lang;
}

export function MandateDownload({ results, lang }: Props) {
  const t = translate.in(lang);
  const [done, setDone] = useState<{ lines: number; notes: MandateNote[] } | null>(null);
  const build = async () => {
    const file = buildMandates(await results(), { today: new Date() });
    // UTF-8 without BOM (a Blob of a string is UTF-8), CRLF line ends from the core.
    saveBlob(new Blob([file.text], { type: 'text/csv;charset=utf-8' }), MANDATE_FILE);
    setDone({ lines: file.lines, notes: file.notes });
  };
  return (
    <div>
      <Button onClick={() => void build()}>{t('mandates.button')}</Button>
      {done && (
        <MessageBar intent={done.notes.length ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <div>{t('mandates.done', { count: done.lines, file: MANDATE_FILE })}</div>
            {done.notes.length > 0 && <ul>{done.notes.map((n, i) => <li key={i}>{noteMessage(n, lang)}</li>)}</ul>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
