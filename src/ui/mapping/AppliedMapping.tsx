// What an upload's columns were read through (a remembered mapping, a preset, the user's), and what it left out.
import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { AppliedMapping as Applied } from '../../api/contract/schemas';
import type { Lang } from '../../core/lang';
import { PRESETS } from '../../core/mapping/presets';
import { IGNORE } from '../../core/mapping/types';
import { mappingTranslator } from './i18n';
import { choiceName, type Choice } from './targets';

export function AppliedMapping({ applied, lang }: { applied: Applied; lang: Lang }) {
  const t = mappingTranslator(lang);
  const preset = PRESETS.find((p) => p.id === applied.mapping.preset)?.name ?? '';
  const used = applied.mapping.columns.filter((c) => c.field !== IGNORE);
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <Text as="p">{t(`applied.${applied.applied}`, { preset })}</Text>
        <Text as="p" size={200}>
          {used.map((c) => t('applied.column', { column: c.column, header: c.header, field: choiceName(c.field as Choice, lang) })).join('; ')}
        </Text>
        {applied.issues.length > 0 && <ul>{applied.issues.map((i, n) => <li key={n}>{i.message}</li>)}</ul>}
      </MessageBarBody>
    </MessageBar>
  );
}
