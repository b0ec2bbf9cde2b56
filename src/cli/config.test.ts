// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { passwordTokenRequest } from '@/api/iamToken';
import { parseArgs } from './args';
import { connectionFrom, iamEndpointBeside } from './config';

describe('the command line', () => {
  it('reads each command with its flags', () => {
    expect(parseArgs(['plan', 'b.yaml'])).toEqual({ command: { name: 'plan', file: 'b.yaml' } });
    expect(parseArgs(['apply', '--stop-on-error', 'b.yaml', '--auto-approve'])).toEqual({
      command: { name: 'apply', file: 'b.yaml', autoApprove: true, stopOnError: true },
    });
    expect(parseArgs(['export'])).toEqual({ command: { name: 'export', format: 'yaml' } });
    expect(parseArgs(['export', '--format=terraform', '--out', 'ucs.tf'])).toEqual({
      command: { name: 'export', format: 'terraform', out: 'ucs.tf' },
    });
    expect(parseArgs(['--help'])).toEqual({ command: { name: 'help' } });
    expect(parseArgs(['apply', 'b.yaml', '-h'])).toEqual({ command: { name: 'help' } });
  });

  it('refuses what it does not know rather than ignoring it', () => {
    expect(parseArgs([])).toEqual({ error: 'No command given.' });
    expect(parseArgs(['destroy'])).toEqual({ error: 'Unknown command: destroy.' });
    expect(parseArgs(['apply', 'b.yaml', '--auto-aprove'])).toEqual({
      error: 'Unknown option for apply: --auto-aprove.',
    });
    expect(parseArgs(['plan', 'b.yaml', '--auto-approve'])).toEqual({
      error: 'Unknown option for plan: --auto-approve.',
    });
    expect(parseArgs(['apply', '--auto-approve=yes', 'b.yaml'])).toEqual({
      error: 'Unknown option for apply: --auto-approve=yes.',
    });
    expect(parseArgs(['plan'])).toEqual({
      error: "plan needs the bundle's file: ucs plan FILE.",
    });
    expect(parseArgs(['plan', 'a.yaml', 'b.yaml'])).toEqual({
      error: 'plan takes one file, not also b.yaml.',
    });
    expect(parseArgs(['export', '--format', 'json'])).toEqual({
      error: '--format must be yaml or terraform, not json.',
    });
    expect(parseArgs(['export', '--out'])).toEqual({ error: '--out needs a value.' });
  });
});

describe('the connection from the environment', () => {
  const endpoint = 'https://ucs.cn-north-4.myhuaweicloud.com';

  it('uses UCS_TOKEN as it is, and the endpoint without a trailing slash', () => {
    expect(connectionFrom({ UCS_ENDPOINT: `${endpoint}/`, UCS_TOKEN: 'secret-token' })).toEqual({
      connection: { endpoint, credentials: { kind: 'token', token: 'secret-token' } },
    });
  });

  it('signs in as an IAM user, with IAM beside UCS unless UCS_IAM_ENDPOINT says otherwise', () => {
    const user = { UCS_DOMAIN: 'acme', UCS_USERNAME: 'ops', UCS_PASSWORD: ' pass word ' };
    expect(connectionFrom({ UCS_ENDPOINT: endpoint, ...user, UCS_PROJECT: 'cn-north-4' })).toEqual({
      connection: {
        endpoint,
        credentials: {
          kind: 'password',
          iamEndpoint: 'https://iam.cn-north-4.myhuaweicloud.com',
          user: {
            domainName: 'acme',
            userName: 'ops',
            password: ' pass word ',
            projectName: 'cn-north-4',
          },
        },
      },
    });
    expect(
      connectionFrom({
        UCS_ENDPOINT: 'http://127.0.0.1:4010',
        UCS_IAM_ENDPOINT: 'http://127.0.0.1:4010',
        ...user,
      }),
    ).toMatchObject({ connection: { credentials: { iamEndpoint: 'http://127.0.0.1:4010' } } });
    expect(iamEndpointBeside('https://ucs.myhuaweicloud.com')).toBe(
      'https://iam.myhuaweicloud.com',
    );
    expect(iamEndpointBeside('http://127.0.0.1:4010')).toBeUndefined();
  });

  it('names the variables missing, never the secrets given', () => {
    expect(connectionFrom({})).toEqual({
      problems: [
        'UCS_ENDPOINT is not set: set it to the UCS API root, e.g. https://ucs.myhuaweicloud.com (or http://127.0.0.1:4010 for npm run mock-server).',
        'No credentials: set UCS_TOKEN to an IAM token, or UCS_DOMAIN, UCS_USERNAME and UCS_PASSWORD to sign in as an IAM user.',
      ],
    });
    const partial = connectionFrom({ UCS_ENDPOINT: endpoint, UCS_PASSWORD: 'hunter2' });
    expect(partial).toEqual({
      problems: ['To sign in as an IAM user, also set UCS_DOMAIN and UCS_USERNAME.'],
    });
    expect(JSON.stringify(partial)).not.toContain('hunter2');
    expect(
      connectionFrom({
        UCS_ENDPOINT: 'http://127.0.0.1:4010',
        UCS_DOMAIN: 'a',
        UCS_USERNAME: 'b',
        UCS_PASSWORD: 'c',
      }),
    ).toEqual({
      problems: [
        'UCS_IAM_ENDPOINT is not set and cannot be derived from UCS_ENDPOINT (its host does not start with "ucs."): set it to the IAM root, e.g. https://iam.myhuaweicloud.com.',
      ],
    });
    expect(connectionFrom({ UCS_ENDPOINT: 'ucs.example.com', UCS_TOKEN: 't' })).toEqual({
      problems: ['UCS_ENDPOINT must be an http or https URL, not ucs.example.com.'],
    });
  });

  it('asks IAM for a token with the body the sign-in page sends', () => {
    const user = { domainName: 'acme', userName: 'ops', password: 'pw' };
    const identity = {
      methods: ['password'],
      password: { user: { name: 'ops', password: 'pw', domain: { name: 'acme' } } },
    };
    expect(passwordTokenRequest(user)).toEqual({
      auth: { identity, scope: { domain: { name: 'acme' } } },
    });
    expect(passwordTokenRequest({ ...user, projectName: 'cn-north-4' })).toEqual({
      auth: { identity, scope: { project: { name: 'cn-north-4' } } },
    });
  });
});
