import { Alert, Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { kindsOf, type RegisterFormApi, type RegisterValues } from './registerForm';

const categories = ['self', 'attachedcluster', 'onpremises', 'multicloud', 'partnercloud'] as const;

/** Step 1: which kind of cluster (table 5.7), and for an import which CCE cluster. */
export function KindStep({ form }: { form: RegisterFormApi }) {
  const { t } = useTranslation();
  const { category, type, cceClusterId } = form.values;
  // The kind's problem is kept at `type`, which every choice below sets (see RegisterValues).
  const kindError = form.errors.type;
  const managed = useQuery({
    ...apiQuery('listManagedClusters'),
    enabled: category === 'self',
  });
  const kinds = kindsOf(category);

  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('clusters.wizardKind.label')}
        value={category}
        onChange={(chosen) => {
          const only = kindsOf(chosen);
          form.setFieldValue('category', chosen as RegisterValues['category']);
          // One type: chosen already; several: the operator picks (CCE: from the import).
          form.setFieldValue('type', only.length === 1 ? (only[0]?.type ?? '') : '');
          form.setFieldValue('cceClusterId', '');
        }}
        error={kindError}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs">
          {categories.map((category) => (
            <Radio.Card key={category} value={category} p="md" radius="md">
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600}>{t(`clusters.wizardKind.${category}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`clusters.wizardKind.${category}Hint`)}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>

      {(category === 'attachedcluster' || category === 'partnercloud') && (
        <Select
          label={t('clusters.wizardKind.provider')}
          data={kinds.map((kind) => ({
            value: kind.type,
            label: `${kind.labels.provider} — ${kind.labels.type}`,
          }))}
          value={type || null}
          onChange={(chosen) => form.setFieldValue('type', chosen ?? '')}
          required
          maw={420}
          error={type ? undefined : kindError}
        />
      )}

      {category === 'self' &&
        (managed.isError ? (
          <ErrorState error={managed.error} onRetry={() => void managed.refetch()} />
        ) : managed.data && managed.data.length === 0 ? (
          <Alert variant="light">{t('clusters.wizardKind.cceNone')}</Alert>
        ) : (
          <Select
            label={t('clusters.wizardKind.cceCluster')}
            placeholder={managed.isPending ? t('common.loading') : undefined}
            data={(managed.data ?? []).map((cluster) => ({
              value: cluster.metadata.uid,
              label: `${cluster.metadata.name} (${cluster.spec.type}, ${cluster.spec.region ?? ''})`,
            }))}
            value={cceClusterId || null}
            onChange={(uid) => {
              const chosen = managed.data?.find((cluster) => cluster.metadata.uid === uid);
              form.setFieldValue('cceClusterId', uid ?? '');
              form.setFieldValue('type', chosen?.spec.type ?? '');
            }}
            required
            maw={520}
            error={form.errors.cceClusterId}
          />
        ))}
    </Stack>
  );
}
