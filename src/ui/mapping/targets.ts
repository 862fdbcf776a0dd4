// What a source column can be mapped to, and how each choice is named in the user's language.
import type { Lang } from '../../core/lang';
import { IGNORE, type MappedColumn, type MappingTarget } from '../../core/mapping/types';
import { HEADER_TARGETS, targetName } from '../../core/template/headerNames';
import { mappingTranslator } from './i18n';

export type Choice = MappedColumn['field'];
export const CHOICES: readonly Choice[] = [IGNORE, ...HEADER_TARGETS, 'entityType'];

export function choiceName(choice: Choice, lang: Lang): string {
  const t = mappingTranslator(lang);
  if (choice === IGNORE) return t('mapping.ignore');
  if (choice === 'entityType') return t('mapping.entityType');
  if (choice === 'address') return t('mapping.address');
  return targetName(choice as Exclude<MappingTarget, 'entityType'>, lang);
}
