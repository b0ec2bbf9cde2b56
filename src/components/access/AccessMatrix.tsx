import { useMemo } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccessEntry } from '@/api/access/effectiveAccess';
import { paths } from '@/paths';
import { ApiText } from '../ApiText';
import { EmptyState } from '../EmptyState';
import { DataTable, type DataColumn } from '../table/DataTable';
import { matrixOf, type MatrixRow } from './accessModel';
import { GrantSources } from './GrantSources';
import { PermissionSummary } from './PermissionSummary';
import { useAccessText } from './useAccessText';

/**
 * Users × namespace scopes: in each cell what the user may do there and the policies that say
 * so. Admin-equivalent grants carry a badge with words, not only a colour.
 */
export function AccessMatrix({
  grants,
  cluster,
}: {
  /** Grants per user and scope, the same on every cluster they apply to. */
  grants: readonly AccessEntry[];
  /** The cluster shown, for grants bound on the cluster itself. */
  cluster?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const { namespace } = useAccessText();
  const matrix = useMemo(() => matrixOf(grants), [grants]);
  const columns = useMemo<DataColumn<MatrixRow>[]>(
    () => [
      {
        id: 'user',
        header: t('effectiveAccess.columns.user'),
        cell: ({ row }) => (
          <Anchor
            component={Link}
            to={paths.access('users', { user: row.original.userId })}
            ff="monospace"
            size="sm"
          >
            <ApiText lines={1} focusable={false} maxWidth="18rem">
              {row.original.userId}
            </ApiText>
          </Anchor>
        ),
      },
      ...matrix.scopes.map<DataColumn<MatrixRow>>((scope) => ({
        id: `scope:${scope}`,
        header: namespace(scope),
        cell: ({ row }) => {
          const cell = row.original.cells.get(scope);
          if (!cell)
            return (
              <Text span c="dimmed" aria-label={t('effectiveAccess.noAccess')}>
                {t('common.none')}
              </Text>
            );
          return (
            <Stack gap={4}>
              <PermissionSummary grants={cell} />
              <GrantSources grants={cell} cluster={cluster} />
            </Stack>
          );
        },
      })),
    ],
    [t, namespace, matrix.scopes, cluster],
  );
  if (matrix.rows.length === 0) return <EmptyState message={t('effectiveAccess.matrix.empty')} />;
  return (
    <DataTable
      rows={matrix.rows}
      columns={columns}
      rowKey={(row) => row.userId}
      minWidth={Math.max(480, 260 * (matrix.scopes.length + 1))}
      caption={t('effectiveAccess.matrix.caption', {
        users: matrix.rows.length,
        scopes: matrix.scopes.length,
      })}
    />
  );
}
