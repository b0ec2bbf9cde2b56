import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { apiSentence } from '@/components/ApiText';

/** What the cluster page hands to the inventory after a deregistration (router state). */
export interface DeregisteredNotice {
  name: string;
  cleanup?: string;
}

/**
 * "web-prod was deregistered", with the cleanup command to run in the cluster: the page of a
 * cluster that no longer exists has nothing left to show, so the inventory says it.
 */
export function DeregisteredAlert() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = (location.state as { deregistered?: DeregisteredNotice } | null)?.deregistered;
  if (!notice) return null;
  return (
    <Alert
      color="green"
      variant="light"
      mb="md"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={() => void navigate(location, { replace: true, state: null })}
      title={apiSentence({ name: notice.name }, (slots) => t('clusters.deregister.done', slots))}
    >
      {notice.cleanup ? (
        <Stack gap={4}>
          <Text size="sm">{t('clusters.deregister.cleanupIntro')}</Text>
          <Code block>{notice.cleanup}</Code>
        </Stack>
      ) : (
        <Text size="sm">{t('clusters.deregister.noCleanup')}</Text>
      )}
    </Alert>
  );
}
