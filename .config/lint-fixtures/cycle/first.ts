// Half of an import cycle, linted on purpose by .config/boundaries.test.ts.
import { second } from './second';

export const first = (): string => `first, then ${second()}`;
