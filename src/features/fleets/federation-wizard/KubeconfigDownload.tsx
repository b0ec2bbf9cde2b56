import { useId } from 'react';
import { Alert, Code, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { SectionCard } from '../SectionCard';
import type { ConnectStepState } from './connectStepState';
import { KubeconfigButton } from './KubeconfigButton';
import { ValidityPicker, type ValidityChoice } from './ValidityPicker';

/**
 * A kubeconfig for an existing connection: the validity (shared with "Connect and download"),
 * the download, and how to use the file.
 */
export function KubeconfigDownload({
  step,
  fileName,
  kubeconfig,
  choice,
  downloaded,
}: {
  step: ConnectStepState;
  fileName: string;
  kubeconfig: ReturnType<typeof useApiMutation<'downloadFederationKubeconfig'>>;
  choice: ValidityChoice;
  /** A kubeconfig was saved, by this section or by "Connect and download". */
  downloaded: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('fleets.wizard.kubeconfig.title')}>
      <Alert
        // Yellow's light variant is under 4.5:1 in the light scheme; orange is not.
        color="orange"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={t('fleets.wizard.kubeconfig.noticeTitle')}
      >
        {t('fleets.wizard.kubeconfig.notice')}
      </Alert>
      <ValidityPicker {...choice} />
      {kubeconfig.isError && <ErrorState error={kubeconfig.error} />}
      <Group gap="sm">
        <KubeconfigButton
          step={step}
          pending={kubeconfig.isPending}
          onDays={(days) =>
            kubeconfig.mutate(
              { clustergroupid: step.fleetId, durationDays: days },
              { onSuccess: step.save },
            )
          }
        >
          {t('fleets.wizard.kubeconfig.download')}
        </KubeconfigButton>
        <Text size="sm" c="dimmed">
          {t('fleets.wizard.kubeconfig.needsConnection')}
        </Text>
      </Group>
      {downloaded && (
        <Text size="sm" c="teal" role="status">
          {t('fleets.wizard.kubeconfig.downloaded', { file: fileName })}
        </Text>
      )}
      <KubectlLines fileName={fileName} />
    </SectionCard>
  );
}

/** The reference's steps (chapter 4), run on a host in the connected VPC and subnet. */
function KubectlLines({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const lines = [
    'mkdir -p $HOME/.kube',
    `mv -f ${fileName} $HOME/.kube/config`,
    'kubectl get clusters',
  ].join('\n');
  const labelId = useId();
  return (
    <Stack gap={4} role="group" aria-labelledby={labelId}>
      <Text size="sm" id={labelId}>
        {t('fleets.wizard.kubeconfig.use')}
      </Text>
      <Code block>{lines}</Code>
    </Stack>
  );
}
