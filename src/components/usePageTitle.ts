import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab's title for a page: "Clusters · UCS Fleet Console", in the language shown, so
 * tabs, history and bookmarks tell pages apart. Undefined leaves the console's name alone.
 */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}

/** `usePageTitle` for pages whose heading is not a `PageHeader`: renders nothing. */
export function PageTitle({ title }: { title: string | undefined }) {
  usePageTitle(title);
  return null;
}
