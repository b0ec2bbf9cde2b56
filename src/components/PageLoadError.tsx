import { isApiError } from '@/api/errors';
import { ErrorState } from './ErrorState';
import { NotFoundPage } from './NotFoundPage';

interface PageLoadErrorProps {
  error: unknown;
  onRetry: () => void;
}

/**
 * What a detail page shows when the object it is about could not be loaded: the Not Found page
 * when UCS says there is no such object (a deleted cluster, a mistyped link), since retrying
 * cannot help; otherwise the error explained, with Retry.
 */
export function PageLoadError({ error, onRetry }: PageLoadErrorProps) {
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorState error={error} onRetry={onRetry} />;
}
