// Shell-wide English strings; each feature keeps its own in src/features/<area>/messages.ts.
export const en = {
  app: {
    name: 'UCS Fleet Console',
    skipToContent: 'Skip to content',
    mode: { demo: 'Demo', live: 'Live' },
    modeHint: {
      demo: 'Demo mode: data comes from the built-in mock backend and stays in this browser.',
      live: 'Live mode: connected to a real UCS endpoint.',
    },
    toggleNavigation: 'Toggle navigation',
  },
  nav: {
    main: 'Main navigation',
    overview: 'Overview',
    clusters: 'Clusters',
    fleets: 'Fleets',
    permissions: 'Permission policies',
  },
  settings: {
    colorScheme: 'Colour scheme',
    light: 'Light',
    dark: 'Dark',
    auto: 'Auto',
    language: 'Language',
    resetDemo: 'Reset demo data',
    resetDemoDone: 'Demo data restored to the seed.',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    refresh: 'Refresh',
    goHome: 'Go to the overview',
    cancel: 'Cancel',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    none: '—',
    total: '{{count}} in total',
    comingSoon:
      'The full page for this area is being built; the list below already reads the live API.',
  },
  bulk: {
    summary: '{{succeeded}} succeeded, {{failed}} failed',
    allSucceeded: 'All {{count}} succeeded',
    failedHeading: 'Failed',
    succeededHeading: 'Succeeded',
  },
  errors: {
    title: 'Something went wrong',
    network: 'The UCS API could not be reached. Check your network or proxy, then try again.',
    timeout: 'The UCS API did not answer in time. Try again in a moment.',
    unauthorized: 'Your session has expired or the token is not valid. Sign in again.',
    code: 'Error code {{code}}',
    requestId: 'Request ID {{id}}',
    status: 'HTTP {{status}}',
    unexpected: 'An unexpected error stopped this page from rendering.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {{path}}. It may have moved, or the link may be mistyped.',
  },
};
