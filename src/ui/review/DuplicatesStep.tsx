// "Duplicates": per client, the fields whose import value differs; the reviewer ticks the ones to overwrite.
// Unticked fields are greyed, ticked ones highlighted (Accounton's convention); blank values are never offered.
// A client not yet in the workflow (a returning client) can be added to this season with a questionnaire.
import {
  Badge, Checkbox, Field, mergeClasses, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import { useId, type Dispatch } from 'react';
import { ShowMore, useShown } from './ShowMore';
import { headerIn } from '../../core/messages';
import type { Lang } from '../../core/lang';
import type { ClientLanguage, DuplicateEntry } from '../../api/contract/schemas';
import { BulkApply, LanguageOptions, QuestionnaireOptions } from './ImportOnlyStep';
import type { Translate } from './i18n';
import { clientName } from './names';
import { offeredDifferences, questionnairesFor, type ReviewAction, type ReviewState } from './selection';
import { displayValue } from './display';
import { useReviewStyles } from './styles';
import { RowWarnings } from './Warnings';

interface Props {
  entries: readonly DuplicateEntry[];
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  lang: Lang;
  t: Translate;
}

/** "Add to this season": the checkbox, language and questionnaire of a returning client. */
function SeasonChoice({ row, name, state, dispatch, t }: Pick<Props, 'state' | 'dispatch' | 't'> & { row: number; name: string }) {
  const styles = useReviewStyles();
  const choice = state.returning[row];
  if (!choice) return null;
  const offered = questionnairesFor(state.questionnaires, state.workflowId, choice.language);
  const missing = choice.selected && choice.questionnaireId === null;
  return (
    <div className={styles.toolbar}>
      <Checkbox
        checked={choice.selected}
        label={t('duplicates.attach')}
        aria-label={t('duplicates.attachOf', { name })}
        onChange={(_, d) => dispatch({ type: 'select', rows: [row], selected: d.checked === true, bucket: 'duplicates' })}
      />
      <Select
        className={styles.select}
        aria-label={t('importOnly.languageOf', { name })}
        value={choice.language}
        onChange={(_, d) => dispatch({ type: 'language', row, language: d.value as ClientLanguage, bucket: 'duplicates' })}
      >
        <LanguageOptions t={t} />
      </Select>
      <Field validationMessage={missing ? (offered.length === 0 ? t('importOnly.noQuestionnaire') : t('importOnly.missingQuestionnaire')) : undefined}>
        <Select
          className={styles.wideSelect}
          aria-label={t('importOnly.questionnaireOf', { name })}
          value={choice.questionnaireId ?? ''}
          onChange={(_, d) => dispatch({ type: 'questionnaire', row, questionnaireId: d.value || null, bucket: 'duplicates' })}
        >
          <QuestionnaireOptions offered={offered} t={t} />
        </Select>
      </Field>
    </div>
  );
}

function DuplicateCard({ entry, state, dispatch, lang, t }: Omit<Props, 'entries'> & { entry: DuplicateEntry }) {
  const styles = useReviewStyles();
  const headingId = useId();
  const name = clientName({ ...entry.current, ...entry.values }) || `#${entry.row}`;
  const ticked = state.fields[entry.row] ?? [];
  const offered = offeredDifferences(entry);
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.cardHeader}>
        <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
          {t('duplicates.heading', { row: entry.row, name })}
        </Text>
        <Badge appearance="tint" color="informative">{t(`duplicates.matchedBy.${entry.matchedBy}`)}</Badge>
        {offered.length > 0 && <Text className={styles.muted}>{t('duplicates.ticked', { count: ticked.length })}</Text>}
      </div>
      <RowWarnings issues={entry.issues} name={name} lang={lang} t={t} />
      <SeasonChoice row={entry.row} name={name} state={state} dispatch={dispatch} t={t} />
      {offered.length === 0 ? (
        <Text>{t('duplicates.nothing')}</Text>
      ) : (
        <div className={styles.tableWrap}>
          <Table size="small" aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{t('duplicates.col.overwrite')}</TableHeaderCell>
                <TableHeaderCell>{t('duplicates.col.field')}</TableHeaderCell>
                <TableHeaderCell>{t('duplicates.col.current')}</TableHeaderCell>
                <TableHeaderCell>{t('duplicates.col.imported')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {offered.map((d) => {
                const on = ticked.includes(d.field);
                const field = headerIn(d.field, lang);
                return (
                  <TableRow key={d.field} className={on ? styles.ticked : undefined} data-ticked={on}>
                    <TableCell>
                      <Checkbox
                        checked={on}
                        aria-label={t('duplicates.tick', { field, name })}
                        onChange={(_, data) => dispatch({ type: 'field', row: entry.row, field: d.field, ticked: data.checked === true })}
                      />
                    </TableCell>
                    <TableCell>{field}</TableCell>
                    <TableCell className={mergeClasses(!on && styles.unticked)}>
                      {displayValue(d.field, d.current, lang, t) || t('duplicates.blank')}
                    </TableCell>
                    <TableCell className={mergeClasses(!on && styles.unticked)}>{displayValue(d.field, d.imported, lang, t)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

export function DuplicatesStep({ entries, ...rest }: Props) {
  const styles = useReviewStyles();
  const [shown, more] = useShown(entries.length);
  if (entries.length === 0) return <Text>{rest.t('duplicates.empty')}</Text>;
  return (
    <div className={styles.step}>
      <Text>{rest.t('duplicates.intro')}</Text>
      {Object.keys(rest.state.returning).length > 0 && <BulkApply state={rest.state} dispatch={rest.dispatch} lang={rest.lang} t={rest.t} />}
      {entries.slice(0, shown).map((entry) => <DuplicateCard key={entry.row} entry={entry} {...rest} />)}
      <ShowMore shown={shown} total={entries.length} onMore={more} t={rest.t} />
    </div>
  );
}
