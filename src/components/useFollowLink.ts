import { useCallback, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * A click handler that makes a plain `<a href>` (a built path) navigate as a router `Link` does:
 * a plain left click stays in the app, while a click with a modifier, another button or a target
 * is the browser's (a new tab, a download). One function for every link of a table, where a
 * `Link` per cell would subscribe each one to the router.
 */
export function useFollowLink(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const navigate = useNavigate();
  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      const link = event.currentTarget;
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey ||
        (link.target && link.target !== '_self')
      )
        return;
      const href = link.getAttribute('href');
      if (href === null) return;
      event.preventDefault();
      void navigate(href);
    },
    [navigate],
  );
}
