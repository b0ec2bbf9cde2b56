import { QueryClient } from '@tanstack/react-query';
import { readRetryDelay, shouldRetryRead } from '@/api/retries';

export { readRetryDelay, shouldRetryRead };

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        staleTime: 10_000,
        refetchOnWindowFocus: true,
      },
      // A write is sent now or not at all: offline, it fails at once with "you are offline"
      // (the form keeps what was typed) instead of waiting, busy, to be sent by itself later.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
