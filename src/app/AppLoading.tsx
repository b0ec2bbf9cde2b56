import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AppLoading() {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}
