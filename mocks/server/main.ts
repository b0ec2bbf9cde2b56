/**
 * The mock UCS backend as a real HTTP server, for curl, other clients and the console's live
 * mode. It runs the very handlers the demo and the tests use: requests are turned into Fetch
 * `Request`s and answered by MSW's `getResponse`, so there is no second implementation.
 *
 *   npm run mock-server -- --port 4010 --scale 10000 --quota 20000 --speed 100
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { createBackend, type MockBackend } from '../backend';
import { createHandlers } from '../handlers';
import { errorBody } from '../errors';

export interface MockServerOptions {
  /** 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** Seed this many generated clusters instead of the demo seed. */
  scale?: number;
  /** Per-resource quota; defaults to UCS's 50 (or enough for the scale seed). */
  quota?: number;
  /** How many times faster than real UCS jobs and agents progress. */
  speed?: number;
  /** Random latency range in ms, none by default. */
  latency?: { min: number; max: number };
}

export interface RunningMockServer {
  url: string;
  port: number;
  backend: MockBackend;
  close(): Promise<void>;
}

export const defaultPort = 4010;

const allowedHeaders = 'Content-Type, X-Auth-Token, X-Project-Id, X-Language';
const exposedHeaders = 'X-Subject-Token, X-Request-Id';
const allowedMethods = 'GET, POST, PUT, DELETE, OPTIONS';

function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Allow-Methods': allowedMethods,
    'Access-Control-Allow-Headers':
      request.headers['access-control-request-headers'] ?? allowedHeaders,
    'Access-Control-Expose-Headers': exposedHeaders,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toFetchRequest(request: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function send(
  response: ServerResponse,
  answer: Response,
  cors: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...cors };
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await answer.arrayBuffer());
  headers['content-length'] = String(body.length);
  response.writeHead(answer.status, headers);
  response.end(body);
}

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? '127.0.0.1';
  const backend = createBackend({
    scale: options.scale,
    quota: options.quota,
    clock: { realTime: true, speed: options.speed ?? 10 },
    latency: options.latency,
  });
  const handlers = createHandlers(backend);
  let origin = '';

  const server: Server = createServer((request, response) => {
    const cors = corsHeaders(request);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    void (async () => {
      try {
        const body = await readBody(request);
        const answer = await getResponse(handlers, toFetchRequest(request, body, origin));
        await send(
          response,
          answer ??
            Response.json(
              errorBody('UCS.00000013', `No route for ${request.method} ${request.url}`),
              {
                status: 404,
              },
            ),
          cors,
        );
      } catch (error) {
        console.error('mock server:', error);
        await send(response, Response.json(errorBody('UCS.00000006'), { status: 500 }), cors);
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? defaultPort, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  origin = `http://${host}:${port}`;

  return {
    url: origin,
    port,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `--name value` or `--name=value` from argv. */
function argument(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  for (let index = 0; index < argv.length; index += 1) {
    const item = argv[index] ?? '';
    if (item === `--${name}`) return argv[index + 1];
    if (item.startsWith(prefix)) return item.slice(prefix.length);
  }
  return undefined;
}

function numberArgument(argv: readonly string[], name: string, env?: string): number | undefined {
  const raw = argument(argv, name) ?? env;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

async function main(argv: readonly string[]): Promise<void> {
  const latencyMax = numberArgument(argv, 'latency');
  const running = await startMockServer({
    port: numberArgument(argv, 'port', process.env.MOCK_PORT) ?? defaultPort,
    scale: numberArgument(argv, 'scale', process.env.MOCK_SCALE),
    quota: numberArgument(argv, 'quota', process.env.MOCK_QUOTA),
    speed: numberArgument(argv, 'speed', process.env.MOCK_SPEED),
    latency: latencyMax ? { min: Math.floor(latencyMax / 4), max: latencyMax } : undefined,
  });
  const { clusters, fleets } = running.backend.store.counts();
  console.log(`UCS mock server listening on ${running.url}`);
  console.log(
    `  ${clusters} clusters, ${fleets} fleets; quota ${running.backend.store.quota}; ` +
      `jobs run ${running.backend.clock.speed}x faster than UCS`,
  );
  const shutdown = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
