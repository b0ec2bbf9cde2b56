import { useState } from 'react';
import { Alert, Button, Code, Group, Text, TextInput } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { SectionCard } from '../SectionCard';
import {
  invalidConnectionFields,
  type ConnectionField,
  type ConnectionFields,
} from './connectionFields';
import type { ConnectStepState } from './connectStepState';
import { KubeconfigButton } from './KubeconfigButton';

const fieldOrder: ConnectionField[] = ['projectID', 'vpcID', 'subnetID'];

/**
 * The VPC endpoint to the federation API server: project, VPC and subnet ids, then "Connect" or
 * "Connect and download" (a certificate for the chosen validity, saved as a kubeconfig).
 */
export function ConnectionForm({
  step,
  connect,
  cert,
}: {
  step: ConnectStepState;
  connect: ReturnType<typeof useApiMutation<'createFederationConnection'>>;
  cert: ReturnType<typeof useApiMutation<'createFederationCert'>>;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<ConnectionFields>({
    projectID: '',
    vpcID: '',
    subnetID: '',
  });
  const [checked, setChecked] = useState(false);
  const invalid = invalidConnectionFields(fields);

  const trimmed = () => ({
    projectID: fields.projectID.trim(),
    vpcID: fields.vpcID.trim(),
    subnetID: fields.subnetID.trim(),
  });
  const withValidFields = (action: () => void) => {
    setChecked(true);
    if (invalid.length === 0) action();
  };
  const connectAndDownload = (days: number) =>
    withValidFields(() =>
      cert.mutate(
        { clustergroupid: step.fleetId, body: { ...trimmed(), duration: days } },
        { onSuccess: (items) => step.save(items[0] ?? '') },
      ),
    );

  return (
    <SectionCard
      title={t('fleets.wizard.connect.title')}
      intro={t('fleets.wizard.connect.intro')}
      maw={640}
    >
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
          disabled={step.busy && !connect.isPending}
          onClick={() =>
            withValidFields(() => connect.mutate({ clustergroupid: step.fleetId, body: trimmed() }))
          }
        >
          {t('fleets.wizard.connect.submit')}
        </Button>
        <KubeconfigButton
          step={step}
          pending={cert.isPending}
          onDays={connectAndDownload}
          variant="default"
        >
          {t('fleets.wizard.connect.submitAndDownload')}
        </KubeconfigButton>
      </Group>
    </SectionCard>
  );
}
