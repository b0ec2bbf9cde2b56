// @vitest-environment node
/**
 * The layer rules of CONVENTIONS.md are only worth something if they fail: this lints code that
 * breaks each of them, with the project's own ESLint config, and expects the error.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: '.config/eslint.config.js',
  // The fixtures are ignored by `npm run lint`, which must pass.
  ignore: false,
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the layer rules', () => {
  it('fail on an import cycle', async () => {
    const [result] = await eslint.lintFiles(['.config/lint-fixtures/cycle/first.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  }, 60_000);

  it('fail on a feature importing another feature', async () => {
    const code =
      "import { FleetsPage } from '@/features/fleets/FleetsPage';\nexport { FleetsPage };\n";
    expect(await ruleIds(code, 'src/features/overview/Imports.ts')).toContain(
      'import-x/no-restricted-paths',
    );
    const relative = "import { FleetsPage } from '../fleets/FleetsPage';\nexport { FleetsPage };\n";
    expect(await ruleIds(relative, 'src/features/overview/Imports.ts')).toContain(
      'import-x/no-restricted-paths',
    );
  }, 60_000);

  it('fail on shared UI or the API layer importing a feature', async () => {
    const code =
      "import { FleetsPage } from '@/features/fleets/FleetsPage';\nexport { FleetsPage };\n";
    expect(await ruleIds(code, 'src/components/Imports.ts')).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds(code, 'src/api/Imports.ts')).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('fail on the command line importing UI, or the API layer importing the command line', async () => {
    for (const from of ['@/features/fleets/FleetsPage', '@/components/ErrorState', '@/app/router'])
      expect(
        await ruleIds(`import * as ui from '${from}';\nexport { ui };\n`, 'src/cli/Imports.ts'),
      ).toContain('import-x/no-restricted-paths');
    const cli = "import { runCli } from '@/cli/run';\nexport { runCli };\n";
    expect(await ruleIds(cli, 'src/api/Imports.ts')).toContain('import-x/no-restricted-paths');
    const api = "import { planBundle } from '@/api/bundle/plan';\nexport { planBundle };\n";
    expect(await ruleIds(api, 'src/cli/Imports.ts')).toEqual([]);
  }, 60_000);

  it('let a feature import its own files, components and api', async () => {
    const code = [
      "import { apiQuery } from '@/api/query';",
      "import { ErrorState } from '@/components/ErrorState';",
      "import { FleetsPage } from '../fleets/FleetsPage';",
      'export { apiQuery, ErrorState, FleetsPage };',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'src/features/fleets/Imports.ts')).toEqual([]);
  }, 60_000);
});
