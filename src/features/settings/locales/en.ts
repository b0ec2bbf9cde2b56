// This feature's strings. English is the source of the key set; zh-CN must match it.
export const en = {
  tabs: {
    label: 'Configuration as code',
    export: 'Export',
    import: 'Import and apply',
  },
  import: {
    title: 'Import a configuration bundle',
    description:
      'Paste or open a YAML bundle (exported here or written by hand), review the plan against the account as it is now, field by field and with the access it moves, then apply it.',
    source: 'Bundle',
    open: 'Open a file…',
    unreadableFile: 'The file {{name}} could not be read. Open it again, or paste its text.',
    textLabel: 'Bundle (YAML)',
    textHint:
      'apiVersion: ucs.fleet-console/v1, kind: Bundle. Objects are matched by name; what the bundle does not name is left as it is.',
    plan: 'Plan',
    howTo:
      'Export the account as a YAML bundle on the Export tab, edit it, and paste it here. Nothing is sent to UCS until you apply the plan.',
    invalid: 'The bundle cannot be read',
    cannotPlan: 'The bundle cannot be applied to this account',
    line: 'Line {{line}}',
    problems: {
      syntax: 'Not valid YAML: {{detail}}',
      notAnObject: 'A bundle is a YAML mapping that starts with apiVersion and kind.',
      required: 'The field {{field}} is required.',
      unknownField: '{{field}} is not a field here.',
      wrongType: 'Must be of type {{expected}}.',
      notOneOf: 'Must be one of: {{allowed}}.',
      wrongValue: 'Must be {{expected}}.',
      badName: {
        policy:
          'Not a valid permission policy name: 1–63 lowercase letters, digits and hyphens, starting with a letter, not ending in a hyphen.',
        fleet:
          'Not a valid fleet name: 1–63 lowercase letters, digits and hyphens, a letter or digit at both ends.',
        cluster:
          'Not a valid cluster name: 2–64 lowercase letters, digits and hyphens, starting with a letter, not ending in a hyphen.',
        namespace:
          'Must be * (every namespace) or a namespace name: 1–63 lowercase letters, digits and hyphens.',
        user: 'Not a valid IAM user ID.',
      },
      tooLong: 'At most {{limit}} characters.',
      empty: 'Must not be empty.',
      duplicateItem: 'Listed twice.',
      contentsOnlyForCustom:
        'Contents are only for custom policies: a template policy grants its template.',
      duplicateName: '{{name}} is named twice in the bundle.',
      unknownCluster: 'The account has no cluster named {{name}}.',
      ambiguousCluster: 'More than one cluster is named {{name}}: rename one first.',
      unknownPolicy: 'No permission policy named {{name}}, in the bundle or the account.',
      clusterInTwoFleets:
        'Cluster {{name}} is listed in more than one fleet ({{fleets}}); a cluster belongs to one fleet at most.',
    },
    planTitle_one: 'Plan: {{count}} change',
    planTitle_other: 'Plan: {{count}} changes',
    columns: { step: 'Step', changes: 'Changes' },
    actions: {
      createPolicy: 'Create',
      updatePolicy: 'Update',
      createFleet: 'Create',
      updateFleetDescription: 'Update',
      leaveFleet: 'Remove',
      joinFleet: 'Add',
      setFleetPermissions: 'Bind',
      setClusterPermissions: 'Bind',
    },
    steps: {
      createPolicy: 'Permission policy {{policy}}',
      updatePolicy: 'Permission policy {{policy}}',
      createFleet: 'Fleet {{fleet}}',
      updateFleetDescription: 'Fleet {{fleet}}',
      leaveFleet: 'Cluster {{cluster}} leaves fleet {{fleet}}',
      joinFleet: 'Cluster {{cluster}} joins fleet {{fleet}}',
      setFleetPermissions: 'Permissions of fleet {{fleet}}',
      setClusterPermissions: 'Own permissions of cluster {{cluster}}',
    },
    fields: {
      type: 'Type',
      description: 'Description',
      users: 'IAM users',
      contents: 'Verbs on resources',
      fleet: 'Fleet',
      permissions: 'Policies and namespaces',
    },
    removed: 'removed:',
    added: 'added:',
    moreSteps_one: 'And {{count}} more step, applied with the others.',
    moreSteps_other: 'And {{count}} more steps, applied with the others.',
    stopOnError: 'Stop at the first error',
    apply_one: 'Apply {{count}} change',
    apply_other: 'Apply {{count}} changes',
    applying: 'Applying: {{done}} of {{total}} steps done…',
    appliedTitle: 'Bundle applied',
    appliedSummary: 'Done: {{done}} · failed: {{failed}} · skipped: {{skipped}}',
    skippedStopped: 'not sent: an earlier step failed.',
    skippedMissing: {
      policy: 'not sent: permission policy {{name}} was not created.',
      fleet: 'not sent: fleet {{name}} was not created.',
    },
    noChanges: 'No changes',
    noChangesHint: 'The account already matches the bundle.',
    noChangesAfterApply: 'Planned again after applying: the account now matches the bundle.',
  },
  export: {
    title: 'Export configuration',
    description:
      'Fleets, permission policies and clusters as Terraform configuration for the huaweicloud provider (with an import block for each, so that terraform plan adopts the live objects; Terraform 1.5 or newer), or as a YAML bundle to edit, plan and apply here or with npm run ucs.',
    format: 'Format',
    formats: { terraform: 'Terraform (ucs.tf)', yaml: 'YAML bundle' },
    downloadBundle: 'Download ucs-bundle.yaml',
    copiedBundle: 'ucs-bundle.yaml copied to the clipboard.',
    previewLabelBundle: 'Preview of ucs-bundle.yaml',
    summaryBundle:
      'Permission policies: {{policies}} · fleets: {{fleets}} · clusters: {{clusters}}. A cluster is written as a member of its fleet, and on its own where it has permissions of its own.',
    bundleNotes: {
      names:
        'Objects are matched by name: fleets list their clusters by name and bindings name their policies.',
      wholeLists:
        'A fleet’s clusters and permissions, and a cluster’s permissions, are whole lists: on import, what they do not name is removed. A field left out, and an object the bundle does not name, are left as they are.',
      import:
        'Edit the file, then plan and apply it on the Import tab: nothing changes before you apply.',
    },
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
