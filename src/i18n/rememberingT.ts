import type { TFunction } from 'i18next';

/**
 * A `t` that remembers what it returned for each key asked without options. A page of rows asks
 * the same few labels (a status, "none", a federation state) hundreds of times per render, and
 * i18next resolves each call afresh. Make a new one whenever `t` or the language changes; calls
 * with options (plurals, interpolation) go to `t` as they are.
 */
export function rememberingT(t: TFunction): TFunction {
  // Loosely typed inside: the keys were checked where `t` is called.
  const ask = t as unknown as (key: string | string[], options?: unknown) => string;
  const answers = new Map<string, string>();
  const remembering = (key: string | string[], options?: unknown) => {
    if (options !== undefined || typeof key !== 'string') return ask(key, options);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = ask(key);
      answers.set(key, answer);
    }
    return answer;
  };
  return remembering as TFunction;
}
