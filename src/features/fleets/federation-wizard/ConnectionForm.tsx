import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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

const trimmed = (values: ConnectionFields): ConnectionFields => ({
  projectID: values.projectID.trim(),
  vpcID: values.vpcID.trim(),
  subnetID: values.subnetID.trim(),
});

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
  const formatRule =
    (field: ConnectionField) =>
    (_value: unknown, values: ConnectionFields): string | null =>
      invalidConnectionFields(values).includes(field)
        ? t(`fleets.wizard.connect.invalid.${field}`)
        : null;
  const form = useForm<ConnectionFields>({
    initialValues: { projectID: '', vpcID: '', subnetID: '' },
    validate: {
      projectID: formatRule('projectID'),
      vpcID: formatRule('vpcID'),
      subnetID: formatRule('subnetID'),
    },
  });

  const connectOnly = (values: ConnectionFields) => {
    if (!step.busy) connect.mutate({ clustergroupid: step.fleetId, body: trimmed(values) });
  };
  // The second button sends a different request, so it checks the rules itself.
  const connectAndDownload = (days: number) => {
    if (form.validate().hasErrors) return;
    cert.mutate(
      { clustergroupid: step.fleetId, body: { ...trimmed(form.getValues()), duration: days } },
      { onSuccess: (items) => step.save(items[0] ?? '') },
    );
  };

  return (
    <SectionCard
      title={t('fleets.wizard.connect.title')}
      intro={t('fleets.wizard.connect.intro')}
      maw={640}
    >
      <form noValidate onSubmit={form.onSubmit(connectOnly)}>
        <Stack gap="md">
          {fieldOrder.map((field) => (
            <TextInput
              key={field}
              label={t(`fleets.wizard.connect.fields.${field}`)}
              description={t(`fleets.wizard.connect.hints.${field}`)}
              {...form.getInputProps(field)}
              // A field left empty is not told off yet; one left half-typed is.
              onBlur={() => {
                if (form.getValues()[field]) form.validateField(field);
              }}
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
              type="submit"
              leftSection={<IconPlugConnected size={16} aria-hidden />}
              loading={connect.isPending}
              disabled={step.busy && !connect.isPending}
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
        </Stack>
      </form>
    </SectionCard>
  );
}
