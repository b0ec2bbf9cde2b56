import { useTranslation } from 'react-i18next';
import classes from './AppLoading.module.css';

/** A page on its way: a spinner drawn by CSS (no Loader component in the first download). */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <div className={classes.loading} role="status" aria-label={t('common.loading')}>
      <span className={classes.spinner} />
    </div>
  );
}
