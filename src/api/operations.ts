/**
 * The app's requests: every operation (`./operationSet`) over the app's one UCS client.
 */
import { ucs } from './client';
import { operationsOn } from './operationSet';

export type {
  OperationId,
  ReadData,
  ReadId,
  ReadVars,
  WriteData,
  WriteId,
  WriteVars,
} from './operationSet';

export const { reads, writes } = operationsOn(ucs);
