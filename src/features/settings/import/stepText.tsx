import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStep } from '@/api/bundle/plan';
import { apiSentence } from '@/components/ApiText';

/** A step as a sentence: "Add cluster a to fleet b", the names isolated as API text. */
export function useStepText(): (step: PlanStep) => ReactNode {
  const { t } = useTranslation();
  return (step) => {
    const names = {
      policy: 'policy' in step ? step.policy : '',
      fleet: 'fleet' in step ? step.fleet : '',
      cluster: 'cluster' in step ? step.cluster : '',
    };
    return apiSentence(names, (slots) => t(`configuration.import.steps.${step.kind}`, slots));
  };
}
