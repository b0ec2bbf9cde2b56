import { describe, expect, it } from 'vitest';
import { en, zhCN } from './resources';

function leaves(messages: object, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)/g)].map((m) => m[1]).sort();

/** `added_one` → `added_other`; undefined for a key that is not a plural's `_one` form. */
const otherOf = (key: string) => (key.endsWith('_one') ? `${key.slice(0, -4)}_other` : undefined);

/**
 * Whether a string shows a count whose words may depend on it: a `{{count}}` followed by a word
 * ("{{count}} clusters added"; not "Everything ({{count}})"), or a number (`{{total}}`,
 * `{{length}}`…) followed by an English plural noun ("{{total}} clusters").
 */
const showsCount = (text: string) =>
  /\{\{\s*count\b[^}]*\}\}\s+\p{L}/u.test(text) ||
  /{{\s*(?:n|total|length|max|limit|done|ready|shown|seconds|minutes)\b[^}]*}}\s+[a-z]+s\b/.test(
    text,
  );

/**
 * Strings that show a number whose words do not change with it, in English: the number stands
 * alone ("(3)", "3 selected", "of 20"), is a unit ("3 s"), or can never be 1 (a limit, a
 * length past it).
 */
const countWithoutPlural = new Set([
  'common.total',
  'overview.available',
  'overview.federated',
  'clusters.refresh.secondsAgo',
  'clusters.refresh.minutesAgo',
  'clusters.bulk.selected',
  'clusters.bulk.joinRun',
  'clusters.bulk.andMore',
  'fleets.create.nameTooLong',
  'fleets.create.descriptionTooLong',
  'fleets.picker.selected',
  'fleets.wizard.kubeconfig.customHint',
  'permissions.form.nameErrors.tooLong',
  'permissions.form.descriptionTooLong',
  // Shown only when the preview is cut short: the total is always above the lines shown.
  'configuration.export.truncated',
  // A limit; and a count of steps done "of" a total.
  'configuration.import.problems.tooLong',
  'configuration.import.applying',
]);

describe('translations', () => {
  const english = new Map(leaves(en));
  const chinese = new Map(leaves(zhCN));
  // Chinese has one plural form: Intl.PluralRules gives 'other' for every count, so i18next
  // reads `_other` for 1 too, and the `_one` form is optional there (src/i18n/types.ts).
  const optionalInChinese = (key: string) => {
    const other = otherOf(key);
    return other !== undefined && english.has(other);
  };

  it('give every English string a Chinese one, and nothing extra', () => {
    expect([...chinese.keys()].filter((key) => !optionalInChinese(key)).sort()).toEqual(
      [...english.keys()].filter((key) => !optionalInChinese(key)).sort(),
    );
    for (const key of chinese.keys()) expect(english.has(key), key).toBe(true);
    for (const [key, text] of chinese) expect(text, key).not.toBe('');
  });

  it('keep the same interpolation placeholders', () => {
    for (const [key, text] of english) {
      if (optionalInChinese(key)) {
        // "Remove the cluster" may leave out the count its `_other` form shows.
        const other = english.get(otherOf(key) ?? '') ?? '';
        for (const name of placeholders(text)) expect(placeholders(other), key).toContain(name);
        const chineseOne = chinese.get(key);
        if (chineseOne !== undefined)
          expect(placeholders(chineseOne), key).toEqual(
            placeholders(chinese.get(otherOf(key) ?? '') ?? ''),
          );
        continue;
      }
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('give every English string that shows a count its singular and plural forms', () => {
    const missing = [...english]
      .filter(([key, text]) => showsCount(text) && !countWithoutPlural.has(key))
      .map(([key]) => key)
      .filter((key) => {
        const base = key.replace(/_(?:one|other)$/, '');
        return !english.has(`${base}_one`) || !english.has(`${base}_other`);
      });
    expect(missing).toEqual([]);
  });

  it('interpolate the count in every plural form that i18next chooses by it', () => {
    for (const [key, text] of english) {
      if (!key.endsWith('_other')) continue;
      expect(english.has(`${key.slice(0, -6)}_one`), key).toBe(true);
      expect(text, key).toMatch(/{{\s*count\b/);
    }
    for (const [key, text] of chinese)
      if (key.endsWith('_other')) expect(text, key).toMatch(/{{\s*count\b/);
  });

  it('list only strings that exist among those whose count needs no plural', () => {
    for (const key of countWithoutPlural) expect(english.has(key), key).toBe(true);
  });
});
