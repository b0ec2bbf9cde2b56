import { parse as parseYaml } from 'yaml';

/** A message key of `clusters.kubeconfig.*` with its values, so the form says why in words. */
export interface KubeconfigProblem {
  key:
    | 'notYaml'
    | 'notMapping'
    | 'wrongKind'
    | 'noClusters'
    | 'noUsers'
    | 'noContexts'
    | 'contextMissing'
    | 'clusterMissing'
    | 'userMissing'
    | 'noServer'
    | 'badServer';
  values?: Record<string, string>;
}

export interface KubeContext {
  name: string;
  cluster: string;
  user: string;
}

export type KubeconfigParse =
  | {
      ok: true;
      document: Record<string, unknown>;
      contexts: KubeContext[];
      currentContext?: string;
    }
  | { ok: false; problem: KubeconfigProblem };

type Entry = Record<string, unknown>;

function isRecord(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function namedEntries(value: unknown): Entry[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function findNamed(list: unknown, name: string): Entry | undefined {
  return namedEntries(list).find((entry) => entry.name === name);
}

/**
 * Reads a kubeconfig as kubectl writes it (YAML) or as the UCS reference's example sends it
 * (JSON — YAML parses JSON too), in the browser, and says precisely why when it is not one.
 */
export function parseKubeconfig(text: string): KubeconfigParse {
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { ok: false, problem: { key: 'notYaml', values: { detail } } };
  }
  if (!isRecord(document)) return { ok: false, problem: { key: 'notMapping' } };
  if (typeof document.kind === 'string' && document.kind !== 'Config') {
    return { ok: false, problem: { key: 'wrongKind', values: { kind: document.kind } } };
  }
  if (namedEntries(document.clusters).length === 0)
    return { ok: false, problem: { key: 'noClusters' } };
  if (namedEntries(document.users).length === 0) return { ok: false, problem: { key: 'noUsers' } };
  const contexts = namedEntries(document.contexts).map((entry) => {
    const context = isRecord(entry.context) ? entry.context : {};
    return {
      name: String(entry.name ?? ''),
      cluster: String(context.cluster ?? ''),
      user: String(context.user ?? ''),
    };
  });
  if (contexts.length === 0) return { ok: false, problem: { key: 'noContexts' } };
  const current = document['current-context'];
  return {
    ok: true,
    document,
    contexts,
    currentContext:
      typeof current === 'string' && contexts.some((context) => context.name === current)
        ? current
        : undefined,
  };
}

export type ContextCheck =
  { ok: true; server: string; kubeconfig: string } | { ok: false; problem: KubeconfigProblem };

/**
 * Checks the chosen context (its cluster, user and https server) and builds what is sent to
 * UCS: a kubeconfig holding only that context, its cluster and its user, as JSON (the form of
 * the reference's example) — the credentials of other clusters in the file never leave the
 * browser.
 */
export function selectContext(document: Entry, contextName: string): ContextCheck {
  const contextEntry = findNamed(document.contexts, contextName);
  if (!contextEntry)
    return { ok: false, problem: { key: 'contextMissing', values: { context: contextName } } };
  const context = isRecord(contextEntry.context) ? contextEntry.context : {};
  const clusterName = String(context.cluster ?? '');
  const userName = String(context.user ?? '');
  const clusterEntry = findNamed(document.clusters, clusterName);
  if (!clusterEntry) {
    return {
      ok: false,
      problem: { key: 'clusterMissing', values: { context: contextName, cluster: clusterName } },
    };
  }
  const userEntry = findNamed(document.users, userName);
  if (!userEntry) {
    return {
      ok: false,
      problem: { key: 'userMissing', values: { context: contextName, user: userName } },
    };
  }
  const server = isRecord(clusterEntry.cluster) ? clusterEntry.cluster.server : undefined;
  if (typeof server !== 'string' || server.trim() === '')
    return { ok: false, problem: { key: 'noServer', values: { cluster: clusterName } } };
  if (!/^https?:\/\/\S+$/.test(server)) {
    return { ok: false, problem: { key: 'badServer', values: { cluster: clusterName, server } } };
  }
  const minified = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [clusterEntry],
    users: [userEntry],
    contexts: [contextEntry],
    'current-context': contextName,
    preferences: {},
  };
  return { ok: true, server, kubeconfig: JSON.stringify(minified) };
}
