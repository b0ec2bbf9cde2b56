import { useCallback, useMemo, useState } from 'react';
import { useForm, type FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@/api/errors';
import { apiList, apiSentence } from '@/components/ApiText';
import { typeChange, type GridRule, type PolicyDraft, type PolicyType } from './policyModel';
import {
  contentsProblems,
  draftProblems,
  fieldOfServerError,
  type DraftField,
} from './policyValidation';

export type PolicyMode = 'create' | 'edit';

/**
 * Where a message about the contents goes: `rules.N` is the grid of rule N, `rules` the contents
 * as a whole (nothing granted, or UCS's refusal of `spec.contents`).
 */
const contentsPath = 'rules';
const isContentsPath = (path: string) =>
  path === contentsPath || path.startsWith(`${contentsPath}.`);

/** The form path each part of a failed save belongs to (`fieldOfServerError`). */
const serverErrorPaths: Record<DraftField, string> = {
  name: 'name',
  type: 'type',
  description: 'description',
  contents: contentsPath,
  iamUserIDs: 'iamUserIDs',
};

function contentsErrors(draft: Pick<PolicyDraft, 'type' | 'rules'>, t: TFunction): FormErrors {
  const { emptyRules, noContents } = contentsProblems(draft);
  const errors: FormErrors = {};
  for (const index of emptyRules) {
    errors[`${contentsPath}.${index}`] = t('permissions.contents.ruleEmpty', { index: index + 1 });
  }
  if (noContents) errors[contentsPath] = t('permissions.contents.noContents');
  return errors;
}

/**
 * The value, as the same object for as long as its content is equal. Mantine's form clones all
 * values on every change, so without this each keystroke in the name would hand the rule grids
 * and the IAM users box new arrays and redraw them.
 */
function useSameWhileEqual<T>(value: T): T {
  const content = JSON.stringify(value);
  return useMemo(() => JSON.parse(content) as T, [content]);
}

/** Every rule of `policyValidation.ts`, as the message at the field it is about. */
export function policyErrors(values: PolicyDraft, mode: PolicyMode, t: TFunction): FormErrors {
  const problems = draftProblems(values);
  const errors: FormErrors = {};
  // UCS cannot rename a policy: a stored name is not the operator's to fix, nor is it sent.
  if (mode === 'create' && problems.name) {
    errors.name = t(`permissions.form.nameErrors.${problems.name}`, { length: values.name.length });
  }
  if (problems.description) {
    errors.description = t('permissions.form.descriptionTooLong', {
      length: values.description.length,
    });
  }
  // New entries are checked as they are added (IamUsersField); what is left is stored IDs.
  if (problems.iamUserIDs.length > 0) {
    // Stored as UCS returned them: each ID isolated for direction and cut to one line.
    errors.iamUserIDs = apiSentence({ ids: apiList(problems.iamUserIDs, ', ', 1) }, (slots) =>
      t('permissions.users.invalidStored', slots),
    );
  }
  return { ...errors, ...contentsErrors(values, t) };
}

/**
 * The policy editor's form state on `useForm`. The fields' rules run as they are typed; the
 * contents' only once a save was tried (an empty grid is where every policy starts) and from
 * then on with every change, so a fixed rule loses its message at once.
 */
export function usePolicyForm(initial: PolicyDraft, mode: PolicyMode) {
  const { t } = useTranslation();
  const [attempted, setAttempted] = useState(false);
  // Stable rules keep the form's setters stable, so memoised sections skip a keystroke elsewhere.
  const validate = useMemo(() => (values: PolicyDraft) => policyErrors(values, mode, t), [mode, t]);
  const form = useForm<PolicyDraft>({
    initialValues: initial,
    // Stored IAM user IDs that do not look right are pointed out before anything is changed.
    initialErrors: { iamUserIDs: validate(initial).iamUserIDs },
    validateInputOnChange: ['name', 'description', 'iamUserIDs'],
    // "Enter a name" waits until the operator has left the field.
    validateInputOnBlur: ['name'],
    validate,
  });
  const { setFieldValue, setErrors, setFieldError } = form;
  const { type } = form.values;
  const rules = useSameWhileEqual(form.values.rules);
  const iamUserIDs = useSameWhileEqual(form.values.iamUserIDs);

  const recheckContents = useCallback(
    (draft: Pick<PolicyDraft, 'type' | 'rules'>) =>
      setErrors((current) => ({
        ...Object.fromEntries(Object.entries(current).filter(([path]) => !isContentsPath(path))),
        ...contentsErrors(draft, t),
      })),
    [setErrors, t],
  );

  const changeRules = useCallback(
    (next: GridRule[]) => {
      setFieldValue('rules', next);
      if (attempted) recheckContents({ type, rules: next });
    },
    [attempted, type, setFieldValue, recheckContents],
  );

  /** Custom keeps what is ticked; a template replaces the contents with its own. */
  const changeType = useCallback(
    (next: PolicyType) => {
      const change = typeChange(next);
      setFieldValue('type', next);
      if (change.rules) setFieldValue('rules', change.rules);
      if (attempted) recheckContents({ type: next, rules: change.rules ?? rules });
    },
    [attempted, rules, setFieldValue, recheckContents],
  );

  const changeUsers = useCallback(
    (ids: string[]) => setFieldValue('iamUserIDs', ids),
    [setFieldValue],
  );

  /** Puts UCS's refusal at its field; returns that field, or null when no field owns it. */
  const placeServerError = (error: ApiError): DraftField | null => {
    const field = fieldOfServerError(error);
    if (field) setFieldError(serverErrorPaths[field], error.serverMessage ?? error.message);
    return field;
  };

  return {
    form,
    /** The form's values, the same objects while their content is (for memoised parts). */
    rules,
    iamUserIDs,
    /** A save was tried: the contents' messages show, and the summary by the button. */
    attempted,
    setAttempted,
    /** Whether any rule is broken now (the summary by the button says so after an attempt). */
    hasProblems: () => Object.keys(validate(form.getValues())).length > 0,
    changeRules,
    changeType,
    changeUsers,
    placeServerError,
    /** The message a field shows, from its rule or from UCS. */
    errorAt: (field: DraftField) => form.errors[serverErrorPaths[field]],
  };
}
