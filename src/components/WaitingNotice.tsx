import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { useWaitingFor, type Waiting } from './useWaitingFor';

function reasonText(reason: unknown, t: TFunction): string {
  if (!isApiError(reason)) return t('waiting.reason.other');
  if (reason.kind === 'timeout') return t('waiting.reason.timeout');
  if (reason.kind === 'network') return t('waiting.reason.network');
  if (reason.kind === 'malformed') return t('waiting.reason.malformed');
  return t('waiting.reason.status', { status: reason.status });
}

function message(waiting: Waiting, t: TFunction): string | undefined {
  if (waiting.kind === 'slow') return t('waiting.slow', { seconds: waiting.seconds });
  if (waiting.kind !== 'retrying') return undefined;
  const when =
    waiting.inSeconds > 0
      ? t('waiting.retryIn', { count: waiting.inSeconds })
      : t('waiting.retryNow');
  const attempt = t('waiting.attempt', { attempt: waiting.attempt, tries: waiting.tries });
  if (isApiError(waiting.reason) && waiting.reason.status === 429)
    return `${t('waiting.throttled')} ${when} ${attempt}`;
  return `${t('waiting.failed', { reason: reasonText(waiting.reason, t) })} ${when} ${attempt}`;
}

/**
 * Under a loading screen: "Still waiting for UCS (5 s)…" after a few seconds, and once a read
 * is being tried again, why and when ("UCS is limiting requests (HTTP 429). Trying again in
 * 2 s (attempt 2 of 4)."). Silent while all goes well.
 */
export function WaitingNotice() {
  const { t } = useTranslation();
  const text = message(useWaitingFor(), t);
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {text}
    </Text>
  );
}
