// @vitest-environment node
/**
 * The shipped nginx recipe (.config/nginx.conf) against what the console's own servers do
 * (vite.config.ts, .config/proxyHardening.ts) and what the README quotes of it. That nginx runs
 * it as intended is e2e/live/nginx.spec.ts's part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ucsRegions } from '../src/api/reference/regions';
import {
  contentSecurityPolicy,
  defaultIamEndpoint,
  defaultUcsEndpoint,
  securityHeaders,
} from '../vite.config';
import { isDroppedHeader } from './proxyHardening';

const config = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/**
 * The directives and block openers, one per entry (`name args`, quotes kept), whitespace
 * collapsed: split at `;`, `{` and `}` outside quotes, comments dropped.
 */
function parseDirectives(text: string): string[] {
  const found: string[] = [];
  let current = '';
  let quote = '';
  let comment = false;
  for (const char of text) {
    if (comment) {
      comment = char !== '\n';
    } else if (quote) {
      current += char;
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === '#') {
      comment = true;
    } else if (char === ';' || char === '{' || char === '}') {
      found.push(current.replace(/\s+/g, ' ').trim());
      current = '';
    } else {
      current += char;
    }
  }
  return found.filter(Boolean);
}

const directives = parseDirectives(config);

/** The text of every `location … { … }` block (none of them nests another). */
const locations = [...config.matchAll(/^\s*location [^{]*\{[^}]*\}/gm)].map((match) => match[0]);

function headerValue(name: string): string | undefined {
  const directive = directives.find((item) => item.startsWith(`add_header ${name} `));
  return directive
    ?.slice(`add_header ${name} `.length)
    .replace(/ always$/, '')
    .replace(/^"(.*)"$/, '$1');
}

describe('the nginx recipe', () => {
  it("sends the preview's Content-Security-Policy, character for character", () => {
    expect(headerValue('Content-Security-Policy')).toBe(contentSecurityPolicy);
  });

  it("sends the preview's other security headers, and HSTS, on every answer", () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(headerValue(name), name).toBe(value);
      expect(directives, name).toContain(`add_header ${name} ${value} always`);
    }
    expect(headerValue('Strict-Transport-Security')).toMatch(/^max-age=\d{7,}$/);
    // An add_header in a location would drop every server-level one there.
    expect(locations.filter((block) => block.includes('add_header'))).toEqual([]);
  });

  it('proxies the same routes to the same endpoints as the preview', () => {
    const expected: string[] = [];
    for (const region of ucsRegions) {
      expected.push(`location /ucs-api/${region.id}/ proxy_pass ${region.ucsEndpoint}/`);
      expected.push(`location /iam-api/${region.id}/ proxy_pass ${region.iamEndpoint}/`);
    }
    expected.push(`location /ucs-api/ proxy_pass ${defaultUcsEndpoint}/`);
    expected.push(`location /iam-api/ proxy_pass ${defaultIamEndpoint}/`);
    const routes = locations
      .filter((block) => block.includes('proxy_pass'))
      .map((block) => block.replace(/[{};]/g, ' ').replace(/\s+/g, ' ').trim());
    expect(routes.sort()).toEqual(expected.sort());
  });

  it("verifies the upstreams' certificates, for their host names", () => {
    expect(directives).toContain('proxy_ssl_verify on');
    expect(directives).toContain('proxy_ssl_server_name on');
    expect(directives).toContain(
      'proxy_ssl_trusted_certificate /etc/ssl/certs/ca-certificates.crt',
    );
    expect(directives.filter((item) => item.startsWith('proxy_ssl_verify '))).toEqual([
      'proxy_ssl_verify on',
    ]);
    const upstreams = directives.filter((item) => item.startsWith('proxy_pass '));
    expect(upstreams.length).toBeGreaterThan(0);
    expect(upstreams.filter((item) => !item.startsWith('proxy_pass https://'))).toEqual([]);
  });

  it('drops the request headers the preview drops, and passes no CORS grant on', () => {
    const cleared = directives
      .filter((item) => /^proxy_set_header \S+ ""$/.test(item))
      .map((item) => item.split(' ')[1] ?? '');
    for (const name of [
      'Cookie',
      'Forwarded',
      'X-Real-IP',
      'X-Forwarded-For',
      'X-Forwarded-Host',
    ]) {
      expect(cleared).toContain(name);
    }
    expect(cleared.filter((name) => !isDroppedHeader(name))).toEqual([]);
    expect(directives).toContain('proxy_hide_header Access-Control-Allow-Origin');
  });

  it('logs nothing that carries the token, a password or cookies', () => {
    for (const secret of ['$http_x_auth_token', '$request_body', '$http_cookie', 'debug']) {
      expect(
        directives.filter((item) => item.includes(secret)),
        secret,
      ).toEqual([]);
    }
  });

  it('is what the README links to, and every line the README quotes is in it', () => {
    expect(readme).toContain('(.config/nginx.conf)');
    const section = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const quoted = section
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && line !== '…');
    expect(quoted.length).toBeGreaterThan(3);
    const lines = config.split('\n').map((line) => line.trim());
    expect(quoted.filter((line) => !lines.includes(line))).toEqual([]);
  });
});
