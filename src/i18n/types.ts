/**
 * The shape a translation must have: the English keys, any string values. A plural's `_one`
 * form is optional: a language whose numbers have a single form (Chinese: Intl.PluralRules
 * gives 'other' for every count) writes `_other` only, and i18next picks it for 1 as well.
 */
export type Messages<T> = {
  [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string
    ? string
    : Messages<T[K]>;
} & { [K in keyof T as K extends `${string}_one` ? K : never]?: string };
