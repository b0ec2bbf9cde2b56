import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The error screens (the UCS error table's explanations, Not Found) are a chunk of their own:
// most visits never need them, so they stay out of the first download.
const RouteError = lazy(async () => ({ default: (await import('./RouteError')).RouteError }));

/** What shows when the error screen itself cannot load (offline, or a new release deployed). */
function NotLoaded() {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ padding: '2rem 1rem' }}>
      <p>{t('errors.notLoaded')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}

class ChunkBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <NotLoaded /> : this.props.children;
  }
}

/** A route's error element: the error screen, loaded when a route first fails. */
export function LazyRouteError() {
  return (
    <ChunkBoundary>
      <Suspense fallback={null}>
        <RouteError />
      </Suspense>
    </ChunkBoundary>
  );
}
