// The mapping step for a sheet whose headers are not the template's: each source column with its suggested
// field (or Ignore) in a dropdown and a few of its values. Required fields left without a column, or a field
// chosen twice, block the step with a message saying which. Used by the web importer and the task pane.
import {
  Button, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../../core/lang';
import { doubleTargets, unmappedRequired } from '../../core/mapping/required';
import type { Mapping } from '../../core/mapping/types';
import { mappingTranslator } from './i18n';
import { CHOICES, choiceName, type Choice } from './targets';

export interface MappingStepProps {
  mapping: Mapping;
  /** A few values of each source column, by letter. */
  samples: Record<string, string[]>;
  lang: Lang;
  /** Offer "Remember for this firm" (on by default). */
  canRemember: boolean;
  busy?: boolean;
  onConfirm(mapping: Mapping, remember: boolean): void;
  onCancel?(): void;
  /** 'stacked' for a narrow pane (Excel's is 320 px): each column's name and values above its field, full width. */
  layout?: 'table' | 'stacked';
}

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: `${tokens.spacingVerticalS} 0` },
  values: { overflowWrap: 'anywhere' },
  // A native select is as wide as its longest option (the address one): in the stack it takes the pane's width.
  select: { width: '100%', minWidth: 0 },
});

export function MappingStep({ mapping, samples, lang, canRemember, busy, onConfirm, onCancel, layout = 'table' }: MappingStepProps) {
  const t = mappingTranslator(lang);
  const styles = useStyles();
  const [fields, setFields] = useState<Choice[]>(() => mapping.columns.map((c) => c.field));
  const [remember, setRemember] = useState(true);
  const chosen = useMemo(
    () => ({ ...mapping, columns: mapping.columns.map((c, i) => (c.field === fields[i] ? c : { column: c.column, header: c.header, field: fields[i], by: 'user' as const })) }),
    [mapping, fields],
  );
  const names = (list: readonly Choice[]) => list.map((f) => choiceName(f, lang)).join(', ');
  const unmapped = unmappedRequired(chosen.columns);
  const double = doubleTargets(chosen.columns);
  const blocked = unmapped.length > 0 || double.length > 0;
  const fieldSelect = (i: number, label: string) => (
    <Select
      aria-label={label}
      className={layout === 'stacked' ? styles.select : undefined}
      select={layout === 'stacked' ? { className: styles.select } : undefined}
      value={fields[i]} onChange={(_, d) => setFields((current) => current.map((f, j) => (j === i ? (d.value as Choice) : f)))}>
      {CHOICES.map((choice) => <option key={choice} value={choice}>{choiceName(choice, lang)}</option>)}
    </Select>
  );

  return (
    <div>
      <Text as="p">{t('mapping.intro', { sheet: mapping.sheet })}</Text>
      {layout === 'stacked' ? (
        <div role="group" aria-label={t('mapping.title')} className={styles.stack}>
          {mapping.columns.map((c, i) => (
            <Field
              key={`${c.column}-${c.header}`}
              label={`${c.column} · ${c.header}`}
              hint={{ children: (samples[c.column] ?? []).join(' · '), className: styles.values }}
            >
              {fieldSelect(i, `${c.column} · ${c.header}`)}
            </Field>
          ))}
        </div>
      ) : (
        <Table size="small" aria-label={t('mapping.title')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('mapping.column')}</TableHeaderCell>
              <TableHeaderCell>{t('mapping.samples')}</TableHeaderCell>
              <TableHeaderCell>{t('mapping.field')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mapping.columns.map((c, i) => (
              <TableRow key={`${c.column}-${c.header}`}>
                <TableCell>{`${c.column} · ${c.header}`}</TableCell>
                <TableCell>{(samples[c.column] ?? []).join(' · ')}</TableCell>
                <TableCell>
                  {fieldSelect(i, `${c.column} · ${c.header}`)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {unmapped.length > 0 && (
        <MessageBar intent="error"><MessageBarBody>{t('mapping.unmapped', { fields: names(unmapped) })}</MessageBarBody></MessageBar>
      )}
      {double.length > 0 && (
        <MessageBar intent="error"><MessageBarBody>{t('mapping.double', { fields: names(double) })}</MessageBarBody></MessageBar>
      )}
      {canRemember && <Checkbox checked={remember} onChange={(_, d) => setRemember(d.checked === true)} label={t('mapping.remember')} />}
      <div>
        <Button appearance="primary" disabledFocusable={blocked || busy} onClick={() => onConfirm(chosen, canRemember && remember)}>
          {t('mapping.confirm')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('mapping.cancel')}</Button>}
      </div>
    </div>
  );
}
