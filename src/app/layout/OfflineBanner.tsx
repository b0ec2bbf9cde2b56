import { useNetwork } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import classes from './AppLayout.module.css';

/**
 * Says so while the browser is offline: nothing can be sent (a save fails at once and keeps
 * what was typed), lists wait and refresh when the connection returns.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { online } = useNetwork();
  if (online) return null;
  return (
    <div role="status" className={classes.offline}>
      {t('app.offline')}
    </div>
  );
}
