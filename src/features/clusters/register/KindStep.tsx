import { Alert, Group, Radio, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { kindsOf, type FormErrors, type RegisterForm } from './registerForm';
import { useProblemText } from './problemText';

const categories = ['self', 'attachedcluster', 'onpremises', 'multicloud', 'partnercloud'] as const;

interface KindStepProps {
  form: RegisterForm;
  change: (change: Partial<RegisterForm>) => void;
  errors: FormErrors;
}

/** Step 1: which kind of cluster (table 5.7), and for an import which CCE cluster. */
export function KindStep({ form, change, errors }: KindStepProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const managed = useQuery({
    ...apiQuery('listManagedClusters'),
    enabled: form.category === 'self',
  });
  const kinds = kindsOf(form.category);

  return (
    <Stack gap="lg">
      <Radio.Group
        label={t('clusters.wizardKind.label')}
        value={form.category}
        onChange={(category) => {
          const only = kindsOf(category);
          change({
            category: category as RegisterForm['category'],
            // One type: chosen already; several: the operator picks (CCE: from the import).
            type: only.length === 1 ? (only[0]?.type ?? '') : '',
            cceClusterId: '',
          });
        }}
        error={problemText(errors.kind)}
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

      {(form.category === 'attachedcluster' || form.category === 'partnercloud') && (
        <Select
          label={t('clusters.wizardKind.provider')}
          data={kinds.map((kind) => ({
            value: kind.type,
            label: `${kind.labels.provider} — ${kind.labels.type}`,
          }))}
          value={form.type || null}
          onChange={(type) => change({ type: type ?? '' })}
          required
          maw={420}
          error={form.type ? undefined : problemText(errors.kind)}
        />
      )}

      {form.category === 'self' &&
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
            value={form.cceClusterId || null}
            onChange={(uid) => {
              const chosen = managed.data?.find((cluster) => cluster.metadata.uid === uid);
              change({ cceClusterId: uid ?? '', type: chosen?.spec.type ?? '' });
            }}
            required
            maw={520}
            error={problemText(errors.cce)}
          />
        ))}
    </Stack>
  );
}
