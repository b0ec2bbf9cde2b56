import { useId, useState } from 'react';
import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconLock, IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import {
  invalidConnectionFields,
  isValidDuration,
  maxValidityDays,
  validityPresets,
  type ConnectionField,
  type ConnectionFields,
} from './connectionFields';
import { downloadFile, kubeconfigText } from './downloadFile';

const fieldOrder: ConnectionField[] = ['projectID', 'vpcID', 'subnetID'];

/**
 * Step 3: a VPC endpoint to the federation API server, then a kubeconfig for it. The validity
 * is chosen once and used by both "Download kubeconfig" and "Connect and download".
 */
export function ConnectStep({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const fleetId = fleet.metadata.uid;
  const fileName = `${fleet.metadata.name ?? fleetId}_kubeconfig.json`;
  const [fields, setFields] = useState<ConnectionFields>({
    projectID: '',
    vpcID: '',
    subnetID: '',
  });
  const [checked, setChecked] = useState(false);
  const [validity, setValidity] = useState<string>('365');
  const [customDays, setCustomDays] = useState<number | string>(90);
  const connect = useApiMutation('createFederationConnection');
  const cert = useApiMutation('createFederationCert');
  const kubeconfig = useApiMutation('downloadFederationKubeconfig');
  const [downloaded, setDownloaded] = useState(false);

  const invalid = invalidConnectionFields(fields);
  const days = validity === 'custom' ? customDays : Number(validity);
  const daysValid = isValidDuration(days);
  const busy = connect.isPending || cert.isPending || kubeconfig.isPending;

  const save = (value: unknown) => {
    downloadFile(fileName, kubeconfigText(value));
    setDownloaded(true);
  };
  const trimmed = () => ({
    projectID: fields.projectID.trim(),
    vpcID: fields.vpcID.trim(),
    subnetID: fields.subnetID.trim(),
  });
  const withValidFields = (action: () => void) => {
    setChecked(true);
    if (invalid.length === 0) action();
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="md" maw={640}>
          <Title order={2} size="h4">
            {t('fleets.wizard.connect.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('fleets.wizard.connect.intro')}
          </Text>
          {fieldOrder.map((field) => (
            <TextInput
              key={field}
              label={t(`fleets.wizard.connect.fields.${field}`)}
              description={t(`fleets.wizard.connect.hints.${field}`)}
              value={fields[field]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setFields((current) => ({ ...current, [field]: value }));
              }}
              onBlur={() => fields[field] && setChecked(true)}
              error={
                checked && invalid.includes(field)
                  ? t(`fleets.wizard.connect.invalid.${field}`)
                  : undefined
              }
              // Ids are read character by character: monospace in the field, not its label.
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              spellCheck={false}
              autoComplete="off"
              withAsterisk
            />
          ))}
          {connect.isError && <ErrorState error={connect.error} />}
          {cert.isError && <ErrorState error={cert.error} />}
          {connect.data?.id && (
            <Alert color="teal" variant="light" title={t('fleets.wizard.connect.created')}>
              <Group gap="xs">
                <Text size="sm">{t('fleets.wizard.connect.endpoint')}</Text>
                <Code>{connect.data.id}</Code>
              </Group>
            </Alert>
          )}
          <Group gap="sm">
            <Button
              leftSection={<IconPlugConnected size={16} aria-hidden />}
              loading={connect.isPending}
              disabled={busy && !connect.isPending}
              onClick={() =>
                withValidFields(() => connect.mutate({ clustergroupid: fleetId, body: trimmed() }))
              }
            >
              {t('fleets.wizard.connect.submit')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={cert.isPending}
              disabled={(busy && !cert.isPending) || !daysValid}
              onClick={() =>
                withValidFields(() =>
                  cert.mutate(
                    { clustergroupid: fleetId, body: { ...trimmed(), duration: days as number } },
                    { onSuccess: (items) => save(items[0] ?? '') },
                  ),
                )
              }
            >
              {t('fleets.wizard.connect.submitAndDownload')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('fleets.wizard.kubeconfig.title')}
          </Title>
          <Alert
            // Yellow's light variant is under 4.5:1 in the light scheme; orange is not.
            color="orange"
            variant="light"
            icon={<IconLock aria-hidden />}
            title={t('fleets.wizard.kubeconfig.noticeTitle')}
          >
            {t('fleets.wizard.kubeconfig.notice')}
          </Alert>
          <ValidityPicker
            validity={validity}
            onValidity={setValidity}
            customDays={customDays}
            onCustomDays={setCustomDays}
          />
          {kubeconfig.isError && <ErrorState error={kubeconfig.error} />}
          <Group gap="sm">
            <Button
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={kubeconfig.isPending}
              disabled={(busy && !kubeconfig.isPending) || !daysValid}
              onClick={() =>
                kubeconfig.mutate(
                  { clustergroupid: fleetId, durationDays: days as number },
                  { onSuccess: save },
                )
              }
            >
              {t('fleets.wizard.kubeconfig.download')}
            </Button>
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
        </Stack>
      </Paper>
    </Stack>
  );
}

function ValidityPicker({
  validity,
  onValidity,
  customDays,
  onCustomDays,
}: {
  validity: string;
  onValidity: (value: string) => void;
  customDays: number | string;
  onCustomDays: (value: number | string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group
        value={validity}
        onChange={onValidity}
        label={t('fleets.wizard.kubeconfig.validity')}
      >
        <Group gap="md" mt={6}>
          {validityPresets.map((preset) => (
            <Radio
              key={preset.key}
              value={String(preset.days)}
              label={t(`fleets.wizard.kubeconfig.presets.${preset.key}`)}
            />
          ))}
          <Radio value="custom" label={t('fleets.wizard.kubeconfig.presets.custom')} />
        </Group>
      </Radio.Group>
      {validity === 'custom' && (
        <NumberInput
          maw={240}
          label={t('fleets.wizard.kubeconfig.customDays')}
          description={t('fleets.wizard.kubeconfig.customHint', { max: maxValidityDays })}
          value={customDays}
          onChange={onCustomDays}
          min={1}
          max={maxValidityDays}
          allowDecimal={false}
          allowNegative={false}
          error={
            isValidDuration(customDays)
              ? undefined
              : t('fleets.wizard.kubeconfig.customInvalid', { max: maxValidityDays })
          }
        />
      )}
    </Stack>
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
