import { Fragment, isValidElement, type CSSProperties, type ReactNode } from 'react';
import classes from './ApiText.module.css';

interface ApiTextProps {
  /** The API's text: a name, description, message, user id. */
  children: ReactNode;
  /**
   * Cut to this many lines (1: one line with an ellipsis), for tables, titles and other places
   * of fixed size; the full value shows on hover and on keyboard focus. Left out, the text
   * wraps anywhere, for details and prose.
   */
  lines?: number;
  /**
   * Whether a cut text takes the keyboard focus itself (only while it is cut), so keyboard users
   * can read it whole. False inside a link or button: focusing that shows the full value.
   */
  focusable?: boolean;
  /** The widest a cut text gets (a CSS length); one line is at most 20rem unless told. */
  maxWidth?: string;
}

/**
 * Text that comes from the API, shown safely. Isolated for direction (`<bdi dir="auto">`), so a
 * name written right to left or one holding U+202E cannot reorder the words around it; and
 * never wider than the page: it wraps anywhere, or with `lines` is cut with an ellipsis and
 * shows whole on hover or focus. Cheap enough for every cell of a long table: the card that
 * shows a cut value is one element for the whole page, set up on first use, and a cut text
 * becomes focusable only once it is seen to be cut.
 */
export function ApiText({ children, lines, focusable = true, maxWidth }: ApiTextProps) {
  if (!lines)
    return (
      <bdi dir="auto" className={classes.wrap}>
        {children}
      </bdi>
    );
  listen();
  const style = {
    ...(maxWidth ? { '--api-text-max': maxWidth } : {}),
    ...(lines > 1 ? { '--api-text-lines': lines } : {}),
  } as CSSProperties;
  return (
    <bdi dir="auto" className={classes.clip} data-lines={lines > 1 || undefined} style={style}>
      <span className={classes.clipped} ref={focusable ? watchCut : forgetOnRemoval}>
        {children}
      </span>
    </bdi>
  );
}

/**
 * A translated sentence that quotes API values, each isolated in an `ApiText` (wrapping):
 * `apiSentence({ name }, (slots) => t('clusters.detailTitle', slots))`. Word order stays the
 * translation's; only the values are replaced. A value that is already an element (a list of
 * names, each its own `ApiText`) goes in as it is.
 */
export function apiSentence<Key extends string>(
  values: Record<Key, ReactNode>,
  translate: (slots: Record<Key, string>) => string,
): ReactNode {
  const keys = Object.keys(values) as Key[];
  const slots = Object.fromEntries(keys.map((key, index) => [key, `\uE000${index}\uE001`]));
  const parts = translate(slots as Record<Key, string>).split(/\uE000(\d+)\uE001/);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const key = keys[Number(part)];
    const value = key === undefined ? '' : values[key];
    if (isValidElement(value)) return <Fragment key={index}>{value}</Fragment>;
    return <ApiText key={index}>{value ?? ''}</ApiText>;
  });
}

/** API names as one run (`a, b, c`), each isolated on its own (and cut to `lines`, if given). */
export function apiList(
  items: readonly (string | undefined)[],
  separator = ', ',
  lines?: number,
): ReactNode {
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={index}>
          {index > 0 && separator}
          <ApiText lines={lines}>{item}</ApiText>
        </Fragment>
      ))}
    </>
  );
}

/** `renderOption` of a Select or Autocomplete whose options are API names. */
export function renderApiOption({ option }: { option: { label?: string; value: string } }) {
  return (
    <ApiText lines={2} focusable={false}>
      {option.label ?? option.value}
    </ApiText>
  );
}

/**
 * An API value isolated for direction where only plain text goes (the browser tab's title):
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE. Rendered text uses `ApiText` or
 * `apiSentence`, which tests and screen readers read as the text itself.
 */
export function isolate(value: string | undefined): string {
  return `\u2068${value ?? ''}\u2069`;
}

// --- The card that shows a cut value whole ----------------------------------------------------

const cutSelector = `.${classes.clipped}`;
/** What takes the focus for a cut text inside it. */
const controlSelector = 'a[href], button, [role="button"], [role="link"], [role="tab"]';
const gap = 6;
const margin = 8;

let listening = false;
let card: HTMLDivElement | undefined;
let shownFor: HTMLElement | undefined;
let cutObserver: ResizeObserver | undefined;

function isCut(element: Element): boolean {
  return (
    element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1
  );
}

/** A cut text takes the focus only while it is cut: a table of short names adds no tab stops. */
function markFocusable(element: Element) {
  if (!(element instanceof HTMLElement)) return;
  if (isCut(element)) element.tabIndex = 0;
  else element.removeAttribute('tabindex');
}

/** A text that leaves the page (a link followed, a row scrolled away) takes its card along. */
function forgetOnRemoval(element: HTMLSpanElement | null) {
  return () => {
    if (element && shownFor === element) hide();
  };
}

function watchCut(element: HTMLSpanElement | null) {
  if (!element) return;
  if (typeof ResizeObserver !== 'undefined') {
    cutObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) markFocusable(entry.target);
    });
    cutObserver.observe(element);
  }
  return () => {
    cutObserver?.unobserve(element);
    if (shownFor === element) hide();
  };
}

function cutTextAt(target: EventTarget | null, focus: boolean): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const own = target.closest<HTMLElement>(cutSelector);
  if (own) return own;
  if (focus && target.matches(controlSelector))
    return target.querySelector<HTMLElement>(cutSelector) ?? undefined;
  return undefined;
}

function show(element: HTMLElement) {
  if (!isCut(element)) return;
  if (!card) {
    card = document.createElement('div');
    card.className = classes.card ?? '';
    card.setAttribute('role', 'tooltip');
    card.dir = 'auto';
    // The card stays while the pointer moves onto it, so a long value can be scrolled and read.
    card.addEventListener('pointerleave', (event) => {
      if (!(event.relatedTarget instanceof Node && shownFor?.contains(event.relatedTarget))) hide();
    });
    document.body.append(card);
  }
  shownFor = element;
  card.textContent = element.textContent;
  card.hidden = false;
  card.scrollTop = 0;
  place();
}

/** Beside the text, below it unless there is more room above; hidden once it is out of view. */
function place() {
  if (!card || !shownFor) return;
  const anchor = shownFor.getBoundingClientRect();
  if (anchor.bottom < 0 || anchor.top > window.innerHeight) {
    hide();
    return;
  }
  const size = card.getBoundingClientRect();
  const below = anchor.bottom + gap;
  const top =
    below + size.height > window.innerHeight - margin && anchor.top - gap - size.height > margin
      ? anchor.top - gap - size.height
      : below;
  const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - size.width - margin));
  card.style.top = `${top}px`;
  card.style.left = `${left}px`;
}

function hide() {
  if (card) card.hidden = true;
  shownFor = undefined;
}

/** One set of listeners for every ApiText on the page, added when the first cut one renders. */
function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('pointerover', (event) => {
    const element = cutTextAt(event.target, false);
    if (element && element !== shownFor) show(element);
  });
  document.addEventListener('pointerout', (event) => {
    if (!shownFor || !cutTextAt(event.target, false)) return;
    const next = event.relatedTarget;
    if (next instanceof Node && (shownFor.contains(next) || card?.contains(next))) return;
    hide();
  });
  document.addEventListener('focusin', (event) => {
    const element = cutTextAt(event.target, true);
    if (element) show(element);
    else if (shownFor) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (shownFor && cutTextAt(event.target, true) === shownFor) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shownFor) hide();
  });
  // The card is fixed to the window: it follows its text when the page or a table scrolls
  // (focusing a link scrolls it into view), not when the card's own long text is scrolled.
  let placing = false;
  document.addEventListener(
    'scroll',
    (event) => {
      if (!shownFor || placing || (event.target instanceof Node && card?.contains(event.target)))
        return;
      placing = true;
      requestAnimationFrame(() => {
        placing = false;
        place();
      });
    },
    { capture: true, passive: true },
  );
}
