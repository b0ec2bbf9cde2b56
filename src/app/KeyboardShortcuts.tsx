import { useEffect } from 'react';

/** Marks the search box of a list page (`<TextInput data-list-search …>`); `/` focuses it. */
export const listSearchAttribute = 'data-list-search';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Ctrl/Cmd+K opens the command palette (anywhere); `?` opens the shortcut sheet and `/` jumps to
 * the current list's search (not while typing). Handled here, not by the palette and the sheet,
 * because those are loaded only when first opened.
 */
export function useGlobalShortcuts(openSheet: () => void, openPalette: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openPalette();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        openSheet();
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>(`[${listSearchAttribute}]`);
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openSheet, openPalette]);
}
