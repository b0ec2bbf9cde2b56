import { Anchor, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleQueries } from '../../api/queries/rules';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { PolicyTypeBadge } from './PolicyTypeBadge';

export function PermissionsPage() {
  const { t } = useTranslation();
  const rules = useQuery(ruleQueries.list());

  return (
    <>
      <PageHeader title={t('permissions.title')} description={t('permissions.description')} />
      {rules.isPending ? (
        <TableSkeleton />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.items.length === 0 ? (
        <EmptyState message={t('permissions.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption>{t('common.total', { count: rules.data.total })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('permissions.columns.name')}</Table.Th>
                <Table.Th>{t('permissions.columns.type')}</Table.Th>
                <Table.Th>{t('permissions.columns.users')}</Table.Th>
                <Table.Th>{t('permissions.columns.description')}</Table.Th>
                <Table.Th>{t('permissions.columns.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.items.map((rule) => (
                <Table.Tr key={rule.metadata.uid}>
                  <Table.Td>
                    <Anchor component={Link} to={`/permissions/${rule.metadata.uid}`}>
                      {rule.metadata.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PolicyTypeBadge type={rule.spec.type} />
                  </Table.Td>
                  <Table.Td>{rule.spec.iamUserIDs?.length ?? 0}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {rule.spec.description || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <UcsDate value={rule.metadata.creationTimestamp} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
