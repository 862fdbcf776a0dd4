// "Map to the template" in the Check view: the web importer's mapping step over the active sheet, then what
// was written to the new template sheet and what was left out. Loaded on first use.
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { PRESETS } from '../core/mapping/presets';
import { AppliedMapping, MappingStep } from '../ui/mapping';
import { mappingTranslator } from '../ui/mapping/i18n';
import { usePane } from './context';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export function MapView() {
  const { pane, state, lang, t } = usePane();
  const styles = useStyles();
  const m = mappingTranslator(lang);
  const map = state.map;
  switch (map.step) {
    case 'idle':
      return null;
    case 'reading':
    case 'writing':
      return <Spinner size="tiny" label={t(`map.${map.step}`)} />;
    case 'noHeader':
      return <Text role="alert">{t('map.noHeader', { sheet: map.sheet })}</Text>;
    case 'failed':
      return <Text role="alert">{t('map.failed', { reason: map.reason })}</Text>;
    case 'mapping': {
      const preset = PRESETS.find((p) => p.id === map.mapping.preset)?.name ?? '';
      return (
        <section className={styles.box} aria-labelledby="map-title">
          <h2 id="map-title" className={styles.heading}>{m('mapping.title')}</h2>
          {map.applied && <Text>{m(`applied.${map.applied}`, { preset })}</Text>}
          <MappingStep
            key={map.mapping.signature}
            mapping={map.mapping}
            samples={map.samples}
            lang={lang}
            canRemember={map.canRemember}
            onConfirm={(mapping, remember) => void pane.confirmMapping(mapping, remember)}
            onCancel={pane.cancelMapping}
            layout="stacked"
          />
        </section>
      );
    }
    case 'noRows':
      return (
        <section className={styles.box} aria-label={m('mapping.title')}>
          <Text role="alert">{t('map.noRows', { source: map.source })}</Text>
          <AppliedMapping applied={map.applied} lang={lang} />
          <div><Button onClick={pane.cancelMapping}>{t('map.close')}</Button></div>
        </section>
      );
    case 'done':
      return (
        <section className={styles.box} aria-label={m('mapping.title')}>
          <Text role="status">{t('map.done', { count: map.count, source: map.source, sheet: map.sheet })}</Text>
          {map.saved && <Text>{t('map.saved')}</Text>}
          {map.notSaved !== null && <Text role="alert">{t('map.notSaved', { reason: map.notSaved })}</Text>}
          <AppliedMapping applied={map.applied} lang={lang} />
          <div><Button onClick={pane.cancelMapping}>{t('map.close')}</Button></div>
        </section>
      );
  }
}
