/**
 * Generates the TypeScript types of each API the console calls from its OpenAPI document:
 * `src/api/ucs.openapi.yaml` → `src/api/generated/ucs.ts`, `src/api/iam.openapi.yaml` →
 * `src/api/generated/iam.ts`.
 *
 *   npm run generate         writes the file
 *   npm run generate:check   writes nothing; exits 1 if the file on disk is out of date
 *
 * The output is formatted with the project's prettier configuration so that the committed file is
 * byte-for-byte what this script produces, which is what makes the drift check meaningful.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { rebaseRefs } from './openapiRefs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apis = ['ucs', 'iam'] as const;

const header = (api: string) => `/**
 * GENERATED FILE — DO NOT EDIT BY HAND.
 *
 * Generated from src/api/${api}.openapi.yaml by \`npm run generate\` (src/api/tools/generate.ts).
 * Change the OpenAPI document and regenerate; \`npm run generate:check\` fails on drift.
 */

`;

async function format(source: string, outputPath: string): Promise<string> {
  const options = (await prettier.resolveConfig(outputPath)) ?? {};
  return prettier.format(source, { ...options, filepath: outputPath });
}

/** The types of every path, operation and schema (openapi-typescript). */
async function renderTypes(api: string, outputPath: string): Promise<string> {
  const ast = await openapiTS(new URL(`../${api}.openapi.yaml`, import.meta.url), { silent: true });
  return format(header(api) + astToString(ast), outputPath);
}

const httpMethods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * The method and path of every operation, as a value: the mock registers its handlers from it,
 * so a handler table keyed by operationId needs no path written by hand.
 */
async function renderOperations(api: string, outputPath: string): Promise<string> {
  const document = parse(
    await readFile(new URL(`../${api}.openapi.yaml`, import.meta.url), 'utf8'),
  ) as { paths: Record<string, Record<string, { operationId?: string }>> };
  const entries: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of httpMethods) {
      const operationId = item[method]?.operationId;
      if (operationId) entries.push(`  ${operationId}: { method: '${method}', path: '${path}' },`);
    }
  }
  const source = `${header(api)}import type { operations } from './${api}';

/** Method and path of each operation of the document, by operationId. */
export const ${api}Operations = {
${entries.join('\n')}
} as const satisfies Record<keyof operations, { method: string; path: string }>;
`;
  return format(source, outputPath);
}

async function readExisting(outputPath: string): Promise<string | null> {
  try {
    return await readFile(outputPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, unknown>;
};
type OpenApiOperation = {
  operationId?: string;
  requestBody?: { content?: { 'application/json'?: { schema?: { $ref?: string } } } };
};

/**
 * A validator per request body, compiled ahead of time (ajv's standalone code). The mock checks
 * bodies against the contract before its rules run, in Node and in the browser; compiling at
 * run time would need `new Function`, which the demo's Content-Security-Policy forbids.
 */
async function renderRequestValidators(api: string, outputPath: string): Promise<string> {
  const document = parse(
    await readFile(new URL(`../${api}.openapi.yaml`, import.meta.url), 'utf8'),
  ) as OpenApiDocument;
  const ajv = new Ajv({ strict: false, allErrors: true, code: { source: true, esm: true } });
  ajv.addSchema({ components: rebaseRefs(document.components, api) } as object, api);
  // One validator per schema (two operations may share one), and a table from operation to it.
  const schemas: Record<string, string> = {};
  const bodies: string[] = [];
  for (const item of Object.values(document.paths)) {
    for (const method of httpMethods) {
      const operation = item[method];
      const ref = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
      const schema = ref?.split('/').pop();
      if (!operation?.operationId || !ref || !schema) continue;
      schemas[schema] = `${api}${ref}`;
      bodies.push(`  ${operation.operationId}: ${schema},`);
    }
  }
  // ajv's code counts string length with a helper it `require`s; an inline one keeps the module
  // free of CommonJS for the browser. Both count code points, so emoji count once.
  const code = standaloneCode(ajv, schemas).replace(
    /require\("ajv\/dist\/runtime\/ucs2length"\)/g,
    '{ default: (text) => [...text].length }',
  );
  const source = `${header(api)}// @ts-nocheck -- ajv's generated JavaScript; mocks/requestBodies.ts gives it its types.
${code.replace(/^"use strict";/, '')}

/** The validator of each operation's request body, by operationId. */
export const requestBodies = {
${bodies.join('\n')}
};
`;
  return format(source, outputPath);
}

async function generate(
  api: string,
  file: string,
  render: (api: string, outputPath: string) => Promise<string>,
  checkOnly: boolean,
): Promise<void> {
  const outputPath = fileURLToPath(
    new URL(`../generated/${file.includes('.') ? file : `${file}.ts`}`, import.meta.url),
  );
  const generated = await render(api, outputPath);
  const shownPath = relative(projectRoot, outputPath);

  if (checkOnly) {
    const existing = await readExisting(outputPath);
    if (existing !== generated) {
      console.error(
        existing === null
          ? `${shownPath} is missing. Run \`npm run generate\` and commit the result.`
          : `${shownPath} is out of date with ${sourceOf(api)}. ` +
              'Run `npm run generate` and commit the result.',
      );
      process.exitCode = 1;
      return;
    }
    console.log(`${shownPath} is up to date.`);
    return;
  }

  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, generated, 'utf8');
  console.log(`Wrote ${shownPath}.`);
}

const sourceOf = (api: string) =>
  api === 'bundle' ? 'src/api/bundle/schema.ts' : `src/api/${api}.openapi.yaml`;

/** The bundle's JSON Schema as a file, for editors and other tools (`yaml-language-server`). */
async function renderBundleSchema(_api: string, outputPath: string): Promise<string> {
  const { bundleSchema } = await import('../bundle/schema');
  return format(JSON.stringify(bundleSchema, null, 2), outputPath);
}

/** The bundle's validator, compiled ahead of time like the request bodies' (see there why). */
async function renderBundleValidator(_api: string, outputPath: string): Promise<string> {
  const { bundleSchema } = await import('../bundle/schema');
  const ajv = new Ajv({ strict: false, allErrors: true, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(bundleSchema)).replace(
    /require\("ajv\/dist\/runtime\/(ucs2length|equal)"\)/g,
    (_match, helper: string) =>
      helper === 'equal'
        ? '{ default: (a, b) => JSON.stringify(a) === JSON.stringify(b) }'
        : '{ default: (text) => [...text].length }',
  );
  const source = `${header('bundle').replace('src/api/bundle.openapi.yaml', sourceOf('bundle'))}// @ts-nocheck -- ajv's generated JavaScript; src/api/bundle/parse.ts gives it its types.
${code.replace(/^"use strict";/, '')}
`;
  return format(source, outputPath);
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  for (const api of apis) await generate(api, api, renderTypes, checkOnly);
  await generate('ucs', 'ucsOperations', renderOperations, checkOnly);
  await generate('ucs', 'ucsRequestBodies', renderRequestValidators, checkOnly);
  await generate('bundle', 'bundle.schema.json', renderBundleSchema, checkOnly);
  await generate('bundle', 'bundleValidator', renderBundleValidator, checkOnly);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
