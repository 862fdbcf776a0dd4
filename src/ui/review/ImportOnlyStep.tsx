// "Only in the import": choose the new clients to add, each with a language and a questionnaire of it.
import {
  Button, Checkbox, Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
} from '@fluentui/react-components';
import { useId, useState, type Dispatch } from 'react';
import { ShowMore, useShown } from './ShowMore';
import type { Lang } from '../../core/lang';
import type { ClientLanguage, ImportOnlyEntry, Questionnaire } from '../../api/contract/schemas';
import { CLIENT_LANGUAGES } from '../../api/contract/languages';
import type { Translate } from './i18n';
import { clientName } from './names';
import { attachCount, questionnairesFor, selectedCount, type ReviewAction, type ReviewState } from './selection';
import { useReviewStyles } from './styles';
import { RowWarnings } from './Warnings';

interface Props {
  entries: readonly ImportOnlyEntry[];
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  lang: Lang;
  t: Translate;
}

const LANGUAGE_OF_UI: Record<Lang, ClientLanguage> = { en: 'english', fr: 'french', nl: 'dutch' };

export function LanguageOptions({ t }: { t: Translate }) {
  return <>{CLIENT_LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}</>;
}

export function QuestionnaireOptions({ offered, t }: { offered: Questionnaire[]; t: Translate }) {
  return (
    <>
      {offered.length !== 1 && <option value="">{t('importOnly.chooseQuestionnaire')}</option>}
      {offered.map((q) => <option key={q.id} value={q.id}>{q.name}</option>)}
    </>
  );
}

/** Language and questionnaire for every selected client, new or returning (shown on both tabs). */
export function BulkApply({ state, dispatch, lang, t }: Omit<Props, 'entries'>) {
  const styles = useReviewStyles();
  const [language, setLanguage] = useState<ClientLanguage>(LANGUAGE_OF_UI[lang]);
  const offered = questionnairesFor(state.questionnaires, state.workflowId, language);
  const [questionnaireId, setQuestionnaireId] = useState<string>('');
  const chosen = offered.some((q) => q.id === questionnaireId) ? questionnaireId : (offered[0]?.id ?? '');
  const [applied, setApplied] = useState<number | null>(null);
  const selected = selectedCount(state) + attachCount(state);
  const headingId = useId();
  return (
    <section className={styles.bulk} aria-labelledby={headingId}>
      <Text id={headingId} weight="semibold" as="h3" className={styles.heading}>{t('bulk.title')}</Text>
      <Field label={t('bulk.language')}>
        <Select className={styles.select} value={language} onChange={(_, d) => { setLanguage(d.value as ClientLanguage); setApplied(null); }}>
          <LanguageOptions t={t} />
        </Select>
      </Field>
      <Field label={t('bulk.questionnaire')} validationMessage={offered.length === 0 ? t('importOnly.noQuestionnaire') : undefined}>
        <Select className={styles.wideSelect} value={chosen} onChange={(_, d) => { setQuestionnaireId(d.value); setApplied(null); }}>
          <QuestionnaireOptions offered={offered} t={t} />
        </Select>
      </Field>
      <Button
        disabled={selected === 0}
        onClick={() => {
          dispatch({ type: 'applyToSelected', language, questionnaireId: chosen || null });
          setApplied(selected);
        }}
      >
        {t('bulk.apply')}
      </Button>
      <Text role="status">{applied !== null ? t('bulk.applied', { count: applied }) : ''}</Text>
    </section>
  );
}

export function ImportOnlyStep({ entries, state, dispatch, lang, t }: Props) {
  const styles = useReviewStyles();
  const [shown, more] = useShown(entries.length);
  if (entries.length === 0) return <Text>{t('importOnly.empty')}</Text>;
  const selected = selectedCount(state);
  return (
    <div className={styles.step}>
      <Text>{t('importOnly.intro')}</Text>
      <div className={styles.toolbar}>
        <Button onClick={() => dispatch({ type: 'selectAll', selected: true })}>{t('importOnly.selectAll')}</Button>
        <Button onClick={() => dispatch({ type: 'selectAll', selected: false })}>{t('importOnly.selectNone')}</Button>
        <Text role="status">{t('importOnly.selected', { selected, total: entries.length })}</Text>
      </div>
      <BulkApply state={state} dispatch={dispatch} lang={lang} t={t} />
      <div className={styles.tableWrap}>
        <Table size="small" aria-label={t('steps.importOnly')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.narrow}>{t('importOnly.col.add')}</TableHeaderCell>
              <TableHeaderCell className={styles.rowNumber}>{t('importOnly.col.row')}</TableHeaderCell>
              <TableHeaderCell>{t('importOnly.col.name')}</TableHeaderCell>
              <TableHeaderCell>{t('importOnly.col.email')}</TableHeaderCell>
              <TableHeaderCell className={styles.languageColumn}>{t('importOnly.col.language')}</TableHeaderCell>
              <TableHeaderCell className={styles.questionnaireColumn}>{t('importOnly.col.questionnaire')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.slice(0, shown).map((entry) => {
              const choice = state.clients[entry.row];
              if (!choice) return null;
              const name = clientName(entry.values) || `#${entry.row}`;
              const offered = questionnairesFor(state.questionnaires, state.workflowId, choice.language);
              const missing = choice.selected && choice.questionnaireId === null;
              return (
                <TableRow key={entry.row}>
                  <TableCell>
                    <Checkbox
                      checked={choice.selected}
                      aria-label={t('importOnly.select', { name, row: entry.row })}
                      onChange={(_, d) => dispatch({ type: 'select', rows: [entry.row], selected: d.checked === true })}
                    />
                  </TableCell>
                  <TableCell>{entry.row}</TableCell>
                  <TableCell>
                    {name}
                    <RowWarnings issues={entry.issues} name={name} lang={lang} t={t} />
                  </TableCell>
                  <TableCell>{entry.values.email ?? ''}</TableCell>
                  <TableCell>
                    <Select
                      className={styles.fill}
                      aria-label={t('importOnly.languageOf', { name })}
                      value={choice.language}
                      onChange={(_, d) => dispatch({ type: 'language', row: entry.row, language: d.value as ClientLanguage })}
                    >
                      <LanguageOptions t={t} />
                    </Select>
                  </TableCell>
                  <TableCell>
                    <Field
                      validationMessage={missing ? (offered.length === 0 ? t('importOnly.noQuestionnaire') : t('importOnly.missingQuestionnaire')) : undefined}
                    >
                      <Select
                        className={styles.fill}
                        aria-label={t('importOnly.questionnaireOf', { name })}
                        value={choice.questionnaireId ?? ''}
                        onChange={(_, d) => dispatch({ type: 'questionnaire', row: entry.row, questionnaireId: d.value || null })}
                      >
                        <QuestionnaireOptions offered={offered} t={t} />
                      </Select>
                    </Field>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <ShowMore shown={shown} total={entries.length} onMore={more} t={t} />
    </div>
  );
}
