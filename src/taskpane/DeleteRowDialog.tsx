// The confirmation of the joint-declaration warning's "Delete this row": which row keeps the declaration, and
// (when only the partner's row has one) the offer to copy the partner's enterprise number to column S first.
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { headerIn } from '../core';
import type { Issue, Lang } from '../core';
import type { PartnerKeep } from '../excel/engine';
import type { Translate } from './i18n';

/** The rows a partner-row warning names as holding the declaration ("2" or "3, 4"; a trailing "…" is not a row). */
function declarationRows(issue: Issue): number[] {
  return String(issue.params?.row ?? '').split(', ').map(Number).filter((n) => Number.isInteger(n) && n > 0);
}

export function DeleteRowDialog({ issue, lang, t, onDelete, onClose }: {
  issue: Issue; lang: Lang; t: Translate; onDelete: (keep: PartnerKeep) => void; onClose: () => void;
}) {
  const [copyEnterprise, setCopyEnterprise] = useState(true);
  const declarations = declarationRows(issue);
  const enterprise = issue.params?.enterpriseNumber;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('deleteRow.title', { row: issue.row })}</DialogTitle>
          <DialogContent>
            <Text block>{t('deleteRow.body', { row: issue.row })}</Text>
            <Text block>
              {t('deleteRow.keeps', { count: declarations.length, declarations: declarations.join(', '), column: headerIn('spouseRegistrationNumber', lang) })}
            </Text>
            {enterprise !== undefined && (
              <Checkbox
                checked={copyEnterprise}
                onChange={(_, d) => setCopyEnterprise(d.checked === true)}
                label={t('deleteRow.copyEnterprise', { number: String(enterprise), row: declarations.join(', '), column: headerIn('spouseEnterpriseNumber', lang) })}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => onDelete({ declarations, enterpriseNumber: copyEnterprise && enterprise !== undefined ? String(enterprise) : undefined })}
            >
              {t('deleteRow.confirm')}
            </Button>
            <Button onClick={onClose}>{t('deleteRow.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
