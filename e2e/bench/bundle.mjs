/**
 * What the first visit downloads: the scripts, module preloads and style sheets `index.html`
 * names, gzip-compressed as a server sends them. Prints every chunk of the build with the
 * initial ones marked, and with `--budget` fails when the initial JS + CSS is over it.
 *
 *   node e2e/bench/bundle.mjs [dist] [--budget BYTES] [--quiet]
 *
 * `measureBundle` and `printChunks` are the same for other scripts (e2e/bench/live.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Every JS and CSS chunk of the build in `dist` with its raw and gzip size, the initial ones
 * first; `total` is the gzip size of the initial ones, `all` of every chunk.
 */
export function measureBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
      (match) => match[1],
    ),
  );
  // The shell's English strings are not named by index.html but fetched before the first render
  // (src/main.tsx): they count as initial too. Found by their source in the chunk's source map.
  for (const name of readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'))) {
    const map = join(dist, 'assets', `${name}.map`);
    try {
      if (
        JSON.parse(readFileSync(map, 'utf8')).sources.some((source) =>
          source.endsWith('src/i18n/locales/en.ts'),
        )
      )
        initial.add(`assets/${name}`);
    } catch {
      // no source map: not ours to count
    }
  }

  const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const chunks = readdirSync(join(dist, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const file = `assets/${name}`;
      return {
        file,
        raw: readFileSync(join(dist, file)).length,
        gzip: gzipSize(file),
        initial: initial.has(file),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

  const total = chunks.filter((chunk) => chunk.initial).reduce((sum, c) => sum + c.gzip, 0);
  const all = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  return { chunks, initialFiles: initial.size, total, all };
}

const number = (value) => value.toLocaleString('en-US').padStart(10);

/** The per-chunk table: name, bytes, gzip bytes, initial or on demand. */
export function printChunks({ chunks }) {
  console.log(`${'chunk'.padEnd(56)} ${'bytes'.padStart(10)} ${'gzip'.padStart(10)}  loaded`);
  for (const chunk of chunks)
    console.log(
      `${chunk.file.padEnd(56)} ${number(chunk.raw)} ${number(chunk.gzip)}  ${chunk.initial ? 'initial' : 'on demand'}`,
    );
}

function main(args) {
  const option = (name) => {
    const index = args.indexOf(name);
    return index >= 0 ? args.splice(index, 2)[1] : undefined;
  };
  const budget = Number(option('--budget') ?? NaN);
  const quiet = args.includes('--quiet');
  const dist = args.find((arg) => !arg.startsWith('--')) ?? 'dist';

  const bundle = measureBundle(dist);
  if (!quiet) printChunks(bundle);
  console.log(
    `initial JS + CSS: ${bundle.total.toLocaleString('en-US')} B gzip in ${bundle.initialFiles} files ` +
      `(all chunks: ${bundle.all.toLocaleString('en-US')} B)` +
      (Number.isFinite(budget) ? `; budget ${budget.toLocaleString('en-US')} B` : ''),
  );
  if (Number.isFinite(budget) && bundle.total > budget) {
    console.error(
      `Over the bundle budget by ${(bundle.total - budget).toLocaleString('en-US')} B.`,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
