import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import type { UcsErrorCodeInfo } from '@/api/reference/errorCodes';
import { ApiText } from './ApiText';
import { useErrorReference } from './useErrorReference';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * Explains a failed request in words: what happened, the UCS code with the reference's
 * explanation, the request id for support, and what to do next.
 */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const reference = useErrorReference(isApiError(error) ? error.code : undefined);
  const details = explain(error, t, reference);

  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('errors.title')}
    >
      <Stack gap={6}>
        {/* UCS's error_msg is the API's text: any length, any direction. */}
        <Text size="sm">
          <ApiText lines={6}>{details.message}</ApiText>
        </Text>
        {details.explanation && (
          <Text size="sm" c="dimmed">
            {details.explanation}
          </Text>
        )}
        <Group gap="md">
          {details.code && (
            <Text size="xs" ff="monospace">
              {t('errors.code', { code: details.code })}
            </Text>
          )}
          {details.status ? (
            <Text size="xs" ff="monospace">
              {t('errors.status', { status: details.status })}
            </Text>
          ) : null}
          {details.requestId && (
            <Text size="xs" ff="monospace">
              {t('errors.requestId', { id: details.requestId })}
            </Text>
          )}
        </Group>
        {onRetry && (
          <Button size="xs" variant="light" color="red" w="fit-content" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

// i18next's own type: deriving it from useTranslation's return type makes TypeScript give up
// (TS2589) once the translation tree grows past a few hundred keys.
type Translate = TFunction;

function explain(error: unknown, t: Translate, reference: UcsErrorCodeInfo | undefined) {
  if (!isApiError(error)) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
  if (error.kind === 'network')
    return {
      message: t(globalThis.navigator?.onLine === false ? 'errors.offline' : 'errors.network'),
    };
  if (error.kind === 'timeout') return { message: t('errors.timeout') };
  if (error.kind === 'unauthenticated') return { message: t('errors.unauthorized') };
  if (error.kind === 'malformed')
    return { message: t('errors.malformed', { status: error.status }), requestId: error.requestId };
  return {
    message: error.message,
    explanation:
      reference && reference.description !== error.message ? reference.description : undefined,
    code: error.code,
    status: error.status,
    requestId: error.requestId,
  };
}
