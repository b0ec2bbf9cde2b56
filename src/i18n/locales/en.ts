// English strings: the source of the key set. Every other locale must provide the same keys
// (checked by the type of zh-CN.ts and by a unit test).
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
  signIn: {
    title: 'Sign in to UCS',
    token: 'X-Auth-Token',
    tokenHint: 'Paste an IAM user token. It is kept in this browser tab only.',
    tokenRequired: 'Enter a token.',
    tokenTooLong: 'A token is at most 16384 characters.',
    submit: 'Sign in',
    expired: 'Your session ended. Sign in again to return to {{path}}.',
  },
  overview: {
    title: 'Overview',
    description: 'Your clusters, fleets and permission policies at a glance.',
    clusters: 'Clusters',
    fleets: 'Fleets',
    policies: 'Permission policies',
    available: '{{count}} available',
  },
  clusters: {
    title: 'Clusters',
    description: 'Every cluster registered with UCS, wherever it runs.',
    empty: 'No clusters are registered yet.',
    columns: {
      name: 'Name',
      status: 'Status',
      kind: 'Category / type',
      version: 'Kubernetes',
      fleet: 'Fleet',
      created: 'Created',
    },
    notInFleet: 'Not in a fleet',
    detailTitle: 'Cluster {{name}}',
  },
  fleets: {
    title: 'Fleets',
    description: 'Groups of clusters that share permissions and, optionally, a federation.',
    empty: 'No fleets yet.',
    columns: {
      name: 'Name',
      description: 'Description',
      federation: 'Federation',
      created: 'Created',
      updated: 'Updated',
    },
    federation: {
      enabled: 'Enabled',
      notEnabled: 'Not enabled',
    },
    detailTitle: 'Fleet {{name}}',
  },
  permissions: {
    title: 'Permission policies',
    description: 'Which IAM users may do what in which namespaces.',
    empty: 'No permission policies yet.',
    columns: {
      name: 'Name',
      type: 'Type',
      users: 'IAM users',
      description: 'Description',
      created: 'Created',
    },
    types: {
      readonly: 'Read-only',
      develop: 'Developer',
      admin: 'Administrator',
      custom: 'Custom',
    },
    detailTitle: 'Policy {{name}}',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every locale must have: the English keys with any string values. */
export type LocaleMessages = Widen<typeof en>;
