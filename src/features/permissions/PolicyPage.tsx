import { Alert, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { findRule, ruleQueries } from '../../api/queries/rules';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PropertyList } from '../../components/PropertyList';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PolicyTypeBadge } from './PolicyTypeBadge';

export function PolicyPage() {
  const { t } = useTranslation();
  const { ruleId = '' } = useParams();
  const rules = useQuery(ruleQueries.list());

  if (rules.isPending) return <TableSkeleton rows={4} />;
  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  const rule = findRule(rules.data, ruleId);
  if (!rule) return <NotFoundPage />;

  return (
    <>
      <PageHeader
        title={t('permissions.detailTitle', { name: rule.metadata.name })}
        description={rule.spec.description}
        actions={<PolicyTypeBadge type={rule.spec.type} />}
      />
      <Alert variant="light" mb="lg">
        {t('common.comingSoon')}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <PropertyList
          properties={[
            { label: 'ID', value: rule.metadata.uid },
            { label: t('permissions.columns.users'), value: rule.spec.iamUserIDs?.length ?? 0 },
            {
              label: t('permissions.columns.created'),
              value: <UcsDate value={rule.metadata.creationTimestamp} />,
            },
          ]}
        />
      </Paper>
    </>
  );
}
