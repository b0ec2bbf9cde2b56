import { useEffect, useState } from 'react';
import type { UcsErrorCodeInfo } from '@/api/reference/errorCodes';

type Describe = (code: string) => UcsErrorCodeInfo | undefined;

/** The error table, once loaded: 156 codes nobody needs until a request fails. */
let describe: Describe | undefined;
let loading: Promise<Describe> | undefined;

function loadTable(): Promise<Describe> {
  loading ??= import('@/api/reference/errorCodes').then((table) => {
    describe = table.describeUcsError;
    return describe;
  });
  return loading;
}

/**
 * The reference's row for a UCS error code (its explanation and HTTP status). The table is a
 * chunk of its own, fetched the first time an error with a code is shown; until it is there
 * the answer is undefined and the error shows without the explanation.
 */
export function useErrorReference(code: string | undefined): UcsErrorCodeInfo | undefined {
  const [table, setTable] = useState(() => describe);
  useEffect(() => {
    if (code && !table) void loadTable().then((loaded) => setTable(() => loaded));
  }, [code, table]);
  return code && table ? table(code) : undefined;
}
