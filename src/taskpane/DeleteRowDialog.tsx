// Asks before a partner's row is deleted.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { Translate } from './i18n';

export function DeleteRowDialog({ row, t, onConfirm, onClose }: { row: number; t: Translate; onConfirm(): void; onClose(): void }) {
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('deleteRow.title', { row })}</DialogTitle>
          <DialogContent>{t('deleteRow.body', { row })}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                onConfirm();
                onClose();
              }}
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
