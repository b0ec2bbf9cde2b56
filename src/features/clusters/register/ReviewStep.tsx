import { Code, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisterClusterRequest } from '@/api/types';
import { ErrorState } from '@/components/ErrorState';
import { redactedRequest } from './registerForm';

interface ReviewStepProps {
  request: RegisterClusterRequest | undefined;
  /** UCS's refusal when no field owns it; one that does is shown at its field instead. */
  error?: unknown;
}

/** Step 3: the request exactly as it will be sent, credentials shortened. */
export function ReviewStep({ request, error }: ReviewStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={860}>
      <Text size="sm">{t('clusters.wizard.reviewIntro')}</Text>
      {request?.metadata.annotations?.kubeconfig && (
        <Text size="sm" c="dimmed">
          {t('clusters.wizard.reviewRedacted')}
        </Text>
      )}
      <Paper withBorder radius="md">
        <Code block role="region" aria-label={t('clusters.wizard.request')}>
          {request ? JSON.stringify(redactedRequest(request), null, 2) : ''}
        </Code>
      </Paper>
      {error ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('clusters.wizard.submitFailed')}
          </Text>
          <ErrorState error={error} />
        </Stack>
      ) : null}
    </Stack>
  );
}
