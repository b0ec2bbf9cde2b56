import type { MatcherFunction } from '@testing-library/react';

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A text matcher for a sentence that quotes API values: the console isolates each value in its
 * own `<bdi>` (components/ApiText), so the sentence is split over elements and `getByText` with a
 * plain string no longer finds it. Matches the smallest element that shows the whole sentence.
 */
export function sentence(text: string | RegExp): MatcherFunction {
  const matches = (content: string | null) =>
    typeof text === 'string' ? normalize(content ?? '') === text : text.test(content ?? '');
  return (_content, element) =>
    element !== null &&
    matches(element.textContent) &&
    ![...element.children].some((child) => matches(child.textContent));
}
