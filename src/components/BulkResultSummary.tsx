import type { ReactNode } from 'react';
import { Alert, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BulkResult } from '@/api/bulk';
import { ApiText } from './ApiText';

interface BulkResultSummaryProps<T> {
  title: ReactNode;
  result: BulkResult<T>;
  /** How to name an item to a person, e.g. the cluster's name. */
  label: (item: T) => ReactNode;
  itemKey: (item: T) => string;
}

/**
 * One summary for a bulk action: which items succeeded and which failed with their UCS code
 * and message. Never one toast per item, never "all failed" when one did.
 */
export function BulkResultSummary<T>({ title, result, label, itemKey }: BulkResultSummaryProps<T>) {
  const { t } = useTranslation();
  const { succeeded, failed } = result;
  const allOk = failed.length === 0;

  return (
    <Alert
      role={allOk ? 'status' : 'alert'}
      color={allOk ? 'green' : succeeded.length === 0 ? 'red' : 'orange'}
      variant="light"
      icon={allOk ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={title}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {allOk
            ? t('bulk.allSucceeded', { count: succeeded.length })
            : t('bulk.summary', { succeeded: succeeded.length, failed: failed.length })}
        </Text>
        {failed.length > 0 && (
          <div>
            <Text size="sm">{t('bulk.failedHeading')}</Text>
            <List size="sm" spacing={2}>
              {failed.map(({ item, error }) => (
                <List.Item key={itemKey(item)}>
                  <Text span fw={600} size="sm">
                    <ApiText>{label(item)}</ApiText>
                  </Text>
                  {': '}
                  {error.code && (
                    <Text span ff="monospace" size="sm">
                      {error.code}{' '}
                    </Text>
                  )}
                  <ApiText lines={6}>{error.message}</ApiText>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {succeeded.length > 0 && failed.length > 0 && (
          <div>
            <Text size="sm">{t('bulk.succeededHeading')}</Text>
            <List size="sm" spacing={2}>
              {succeeded.map((item) => (
                <List.Item key={itemKey(item)}>
                  <ApiText>{label(item)}</ApiText>
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
