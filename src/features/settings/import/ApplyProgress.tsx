import { Alert, List, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StepResult } from '@/api/bundle/apply';
import { ApiText } from '@/components/ApiText';
import { useStepText } from './stepText';

/**
 * An apply as it runs (a bar and "3 of 7") and once it ends: one summary, the steps that failed
 * with UCS's code and message, the ones skipped and why. Never one toast per step.
 */
export function ApplyProgress({
  results,
  total,
  running,
}: {
  results: StepResult[];
  total: number;
  running: boolean;
}) {
  const { t } = useTranslation();
  const stepText = useStepText();
  const done = results.filter((result) => result.status === 'done').length;
  const failed = results.filter((result) => result.status === 'failed');
  const skipped = results.filter((result) => result.status === 'skipped');
  if (running)
    return (
      <Stack gap={4} role="status">
        <Text size="sm">{t('configuration.import.applying', { done: results.length, total })}</Text>
        <Progress value={total ? (results.length / total) * 100 : 0} aria-hidden />
      </Stack>
    );
  const allOk = failed.length === 0 && skipped.length === 0;
  return (
    <Alert
      role={allOk ? 'status' : 'alert'}
      color={allOk ? 'green' : done === 0 ? 'red' : 'orange'}
      variant="light"
      icon={allOk ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
      title={t('configuration.import.appliedTitle')}
    >
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('configuration.import.appliedSummary', {
            done,
            failed: failed.length,
            skipped: skipped.length,
          })}
        </Text>
        {failed.length + skipped.length > 0 && (
          <List size="sm" spacing={2}>
            {results.map((result, index) =>
              result.status === 'done' ? null : (
                <List.Item key={index}>
                  {stepText(result.step)}
                  {': '}
                  {result.status === 'failed' ? (
                    <>
                      {result.error.code && (
                        <Text span ff="monospace" size="sm">
                          {result.error.code}{' '}
                        </Text>
                      )}
                      <ApiText lines={6}>{result.error.message}</ApiText>
                    </>
                  ) : result.missing ? (
                    <ApiText>
                      {t(`configuration.import.skippedMissing.${result.missing.kind}`, {
                        name: result.missing.name,
                      })}
                    </ApiText>
                  ) : (
                    t('configuration.import.skippedStopped')
                  )}
                </List.Item>
              ),
            )}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
