import { describe, expect, it } from 'vitest';
import { parseKubeconfig, selectContext } from './kubeconfig';

const yaml = `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster: { server: 'https://prod.example.com:6443' }
  - name: dev
    cluster: { server: 'https://dev.example.com:6443' }
users:
  - name: prod-admin
    user: { token: secret-prod }
  - name: dev-admin
    user: { token: secret-dev }
contexts:
  - name: prod
    context: { cluster: prod, user: prod-admin }
  - name: dev
    context: { cluster: dev, user: dev-admin }
current-context: dev
`;

describe('kubeconfig parsing in the browser', () => {
  it('defaults to current-context and sends only the chosen context', () => {
    const parsed = parseKubeconfig(yaml);
    if (!parsed.ok) throw new Error('not parsed');
    expect(parsed.currentContext).toBe('dev');
    expect(parsed.contexts.map((context) => context.name)).toEqual(['prod', 'dev']);
    const chosen = selectContext(parsed.document, 'prod');
    if (!chosen.ok) throw new Error('not chosen');
    expect(chosen.server).toBe('https://prod.example.com:6443');
    const sent = JSON.parse(chosen.kubeconfig);
    expect(sent['current-context']).toBe('prod');
    expect(chosen.kubeconfig).not.toContain('secret-dev');
    expect(sent.clusters).toHaveLength(1);
  });

  it('reads JSON too', () => {
    const parsed = parseKubeconfig(
      JSON.stringify({
        clusters: [{ name: 'a', cluster: {} }],
        users: [{ name: 'u' }],
        contexts: [{ name: 'c', context: { cluster: 'a', user: 'u' } }],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(selectContext(parsed.document, 'c')).toEqual({
        ok: false,
        problem: { key: 'noServer', values: { cluster: 'a' } },
      });
  });

  it('says why something is not a kubeconfig', () => {
    expect(parseKubeconfig('just some words')).toEqual({
      ok: false,
      problem: { key: 'notMapping' },
    });
    expect(parseKubeconfig('kind: Deployment\napiVersion: apps/v1')).toEqual({
      ok: false,
      problem: { key: 'wrongKind', values: { kind: 'Deployment' } },
    });
    expect(parseKubeconfig('clusters: []')).toEqual({ ok: false, problem: { key: 'noClusters' } });
    const broken = parseKubeconfig('clusters: [unclosed');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problem.key).toBe('notYaml');
  });
});
