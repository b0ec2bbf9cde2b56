import { useEffect, useState } from 'react';
import { loadedErrorCodes, loadErrorCodes } from '@/api/reference/loadErrorCodes';
import type { UcsErrorCodeInfo } from '@/api/reference/errorCodes';

/**
 * The reference's row for a UCS error code (its explanation and HTTP status). The table is a
 * chunk of its own; until it is there the answer is undefined and the error shows without the
 * explanation, which follows a moment later.
 */
export function useErrorReference(code: string | undefined): UcsErrorCodeInfo | undefined {
  const [describe, setDescribe] = useState(loadedErrorCodes);
  useEffect(() => {
    if (code && !describe) void loadErrorCodes().then((loaded) => setDescribe(() => loaded));
  }, [code, describe]);
  return code && describe ? describe(code) : undefined;
}
