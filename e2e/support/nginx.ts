/**
 * Runs the shipped `.config/nginx.conf` in Debian's nginx for e2e/live/nginx.spec.ts, as any
 * user: its own prefix directory (pid, logs, temp files), the foreground (`daemon off`), free
 * ports on 127.0.0.1, and a self-signed certificate made with openssl.
 *
 * The file is changed only where a test machine must differ from a server, each change checked
 * to apply exactly once so an edit of the file cannot silently go untested: the listen ports
 * (loopback, no IPv6), the certificate, the root (this checkout's dist/), and the upstream
 * addresses (the mock server, or the spec's echo servers; never a real host, so nothing is
 * looked up or reached outside this machine). Everything else, TLS verification of upstreams
 * included, runs as shipped.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const shippedConfigPath = join(import.meta.dirname, '..', '..', '.config', 'nginx.conf');
const mimeTypes = '/etc/nginx/mime.types';

export interface TestSite {
  /** The HTTPS server's port. */
  port: number;
  /** The plain HTTP server's port (it only redirects). */
  redirectPort: number;
  certificate: string;
  key: string;
  /** The directory served: the live build. */
  root: string;
  /** Where each API location's proxy_pass goes instead, by location; `default` for the rest. */
  upstreams: { default: string } & Record<string, string>;
}

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) {
    throw new Error(
      `.config/nginx.conf: expected "${from}" once, found it ${count} times; ` +
        'update e2e/support/nginx.ts with the file',
    );
  }
  return text.replace(from, () => to);
}

/** The shipped file with the test machine's ports, certificate, root and upstreams. */
export function adaptForTest(source: string, site: TestSite): string {
  let text = source;
  text = replaceOnce(text, 'listen 80;', `listen 127.0.0.1:${site.redirectPort};`);
  text = replaceOnce(text, 'listen [::]:80;', '# (no IPv6 listener in the test)');
  text = replaceOnce(text, 'listen 443 ssl http2;', `listen 127.0.0.1:${site.port} ssl http2;`);
  text = replaceOnce(text, 'listen [::]:443 ssl http2;', '# (no IPv6 listener in the test)');
  text = replaceOnce(text, '/etc/ssl/ucs-console/fullchain.pem', site.certificate);
  text = replaceOnce(text, '/etc/ssl/ucs-console/privkey.pem', site.key);
  text = replaceOnce(text, 'root /srv/ucs-console/dist;', `root ${site.root};`);

  // Every proxy_pass is one `location PREFIX { proxy_pass URL; }` line, and every one is
  // replaced: a real UCS or IAM host would be looked up when nginx starts.
  const proxyLine = /location (\S+)\s+\{ proxy_pass https:\/\/[^\s;]+; \}/g;
  const total = text.match(/proxy_pass [a-z]+:\/\//g)?.length ?? 0;
  let replaced = 0;
  text = text.replace(proxyLine, (_line, prefix: string) => {
    replaced += 1;
    return `location ${prefix} { proxy_pass ${site.upstreams[prefix] ?? site.upstreams.default}; }`;
  });
  if (replaced === 0 || replaced !== total) {
    throw new Error(
      `.config/nginx.conf: ${total} proxy_pass directives, ${replaced} in the one-line ` +
        'location form e2e/support/nginx.ts replaces',
    );
  }
  for (const prefix of Object.keys(site.upstreams)) {
    if (prefix !== 'default' && !text.includes(`location ${prefix} `)) {
      throw new Error(`.config/nginx.conf has no location ${prefix}`);
    }
  }
  return text;
}

/** A port nothing listens on now (the OS's pick, released for nginx to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A self-signed certificate for 127.0.0.1 and localhost. */
export function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const certificate = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'pipe' },
  );
  return { certificate, key };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface RunningNginx {
  /** https://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT, the redirecting server. */
  redirectUrl: string;
  accessLog(): string;
  errorLog(): string;
  stop(): Promise<void>;
}

/**
 * Starts nginx on the shipped file adapted by `adaptForTest`; `upstreams` as there. Resolves once
 * both ports accept connections; rejects with nginx's error log if it does not start.
 */
export async function startNginx(options: {
  /** nginx's prefix: its configuration, pid file, logs and temp files go here. */
  dir: string;
  /** From `selfSignedCertificate(dir)`. */
  certificate: string;
  key: string;
  root: string;
  upstreams: TestSite['upstreams'];
}): Promise<RunningNginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `No nginx at ${nginxPath}: run \`npm run ensure-chromium\` (installs Debian's nginx) or set NGINX_PATH`,
    );
  }
  if (!existsSync(mimeTypes)) throw new Error(`No ${mimeTypes}: install Debian's nginx package`);
  const { dir, certificate, key } = options;
  const [port, redirectPort] = [await freePort(), await freePort()];
  const site = adaptForTest(readFileSync(shippedConfigPath, 'utf8'), {
    port,
    redirectPort,
    certificate,
    key,
    root: options.root,
    upstreams: options.upstreams,
  });
  writeFileSync(join(dir, 'ucs-console.conf'), site);
  const accessLog = join(dir, 'access.log');
  const errorLog = join(dir, 'error.log');
  // What Debian's /etc/nginx/nginx.conf provides around conf.d/, with every path in `dir`.
  // As root, the workers run as root too: Debian's default user (nobody) may not read a
  // checkout under /root.
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      isRoot ? `user ${userInfo().username};` : '',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} info;`,
      'events { worker_connections 256; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${join(dir, `${kind}_temp`)};`,
      ),
      `  access_log ${accessLog} combined;`,
      `  include ${join(dir, 'ucs-console.conf')};`,
      '}',
      '',
    ].join('\n'),
  );

  const child: ChildProcess = spawn(
    nginxPath,
    ['-p', `${dir}/`, '-e', errorLog, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const readLog = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const stop = async () => {
    if (running) {
      // Fast shutdown; the test's connections need no draining.
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
    }
  };

  const deadline = Date.now() + 20_000;
  while (!((await canConnect(port)) && (await canConnect(redirectPort)))) {
    if (!running || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not start:\n${stderr}\n${readLog(errorLog)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url: `https://127.0.0.1:${port}`,
    redirectUrl: `http://127.0.0.1:${redirectPort}`,
    accessLog: () => readLog(accessLog),
    errorLog: () => readLog(errorLog),
    stop,
  };
}
