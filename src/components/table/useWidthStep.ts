import { useLayoutEffect, useState, type RefObject } from 'react';

/** The largest breakpoint the width has reached; Infinity for an unknown width. */
export function widthStep(width: number, breakpoints: readonly number[]): number {
  // 0 is an element not laid out (hidden, or a test's DOM without layout): nothing is known.
  if (width <= 0) return Infinity;
  let step = 0;
  for (const breakpoint of breakpoints)
    if (breakpoint <= width && breakpoint > step) step = breakpoint;
  return step;
}

/**
 * The element's width, as the largest of `breakpoints` (px) it reaches: the component renders
 * again only when the width crosses one, not on every pixel of a resize. Measured before the
 * first paint, so a table never shows the columns it is about to drop. Undefined until first
 * measured (Infinity at once without breakpoints): the caller can leave out what depends on it.
 */
export function useWidthStep(
  ref: RefObject<HTMLElement | null>,
  breakpoints: readonly number[],
): number | undefined {
  const [step, setStep] = useState<number | undefined>(undefined);
  const key = breakpoints.join(',');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || key === '') return;
    const points = key.split(',').map(Number);
    const measure = () => setStep(widthStep(element.clientWidth, points));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    measure();
    return () => observer?.disconnect();
  }, [ref, key]);
  return key === '' ? Infinity : step;
}
