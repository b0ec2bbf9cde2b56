import { useTranslation } from 'react-i18next';
import type { Problem } from './registerForm';

/** A form problem in words: a message key of this feature with its values, or server text. */
export function useProblemText() {
  const { t } = useTranslation();
  // Keys are built from data (`clusters.kubeconfig.<problem>`), so the typed `t` cannot check
  // them; registerForm only produces keys that exist in messages.ts.
  const translate = t as unknown as (key: string, values?: Record<string, string>) => string;
  return (problem: Problem | undefined): string | undefined =>
    problem === undefined
      ? undefined
      : problem.message === 'text'
        ? problem.text
        : translate(problem.key, problem.values);
}
