// This feature's strings. English is the source of the key set; zh-CN must match it.
export const en = {
  export: {
    title: 'Export to Terraform',
    description:
      'Fleets, permission policies and clusters as Terraform configuration for the huaweicloud provider, with an import block for each so that terraform plan adopts the live objects instead of creating them again (Terraform 1.5 or newer).',
    choose: 'What to export',
    all: {
      policies: 'Every permission policy ({{count}})',
      fleets: 'Every fleet ({{count}})',
      clusters: 'Every cluster ({{count}})',
    },
    pick: {
      policies: 'Permission policies to export',
      fleets: 'Fleets to export',
      clusters: 'Clusters to export',
    },
    pickPlaceholder: 'Pick by name',
    noMatch: 'Nothing matches',
    notesTitle: 'Good to know',
    notes: {
      secrets:
        'Secrets are never exported: no cluster annotations (an attached cluster’s carry its kubeconfig), and each cluster ignores changes to them.',
      references:
        'A fleet refers to exported policies and a cluster to its exported fleet by reference; one that is not exported keeps its ID.',
      clusterBindings:
        'A cluster’s own policy bindings stay out (the provider has no argument for them): a comment lists them.',
    },
    summary:
      'Permission policies: {{policies}} · fleets: {{fleets}} · clusters: {{clusters}}. Each is one resource and one import block.',
    download: 'Download ucs.tf',
    copy: 'Copy to clipboard',
    copied: 'ucs.tf copied to the clipboard.',
    copyFailed: 'This browser did not allow copying here. Download the file instead.',
    preview: 'Preview',
    previewLabel: 'Preview of ucs.tf',
    truncated:
      'The preview shows the first {{shown, number}} of {{total, number}} lines; the download and the copy have all of them.',
    nothingChosen: 'Choose at least one permission policy, fleet or cluster to export.',
    nothingToExport:
      'There is nothing to export yet: this account has no fleets, permission policies or clusters.',
  },
};
