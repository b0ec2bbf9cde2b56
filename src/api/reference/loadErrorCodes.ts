import type { UcsErrorCodeInfo } from './errorCodes';

export type DescribeUcsError = (code: string) => UcsErrorCodeInfo | undefined;

/** The error table once loaded: 156 codes nobody needs until a request fails. */
let loaded: DescribeUcsError | undefined;
let loading: Promise<DescribeUcsError> | undefined;

/** The table's lookup if it has loaded, else undefined (and nothing is fetched). */
export function loadedErrorCodes(): DescribeUcsError | undefined {
  return loaded;
}

/**
 * Fetches the error table (a chunk of its own) the first time; the HTTP layer starts this as
 * soon as UCS answers with an error code, so the explanation is usually there when it is shown.
 */
export function loadErrorCodes(): Promise<DescribeUcsError> {
  loading ??= import('./errorCodes').then((table) => {
    loaded = table.describeUcsError;
    return loaded;
  });
  return loading;
}
