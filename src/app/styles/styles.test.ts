// @vitest-environment node
/**
 * The console imports Mantine's styles per component (./shell.ts, ./overlays.ts, ./pages.ts), not
 * the whole sheet: a component used without its styles would render unstyled and no other test
 * would notice. Every component imported from @mantine/core that has a style sheet of its own
 * must be listed in one of the three.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const stylesOf = join(root, 'node_modules/@mantine/core/styles');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const listed = new Set(
  ['shell.ts', 'overlays.ts', 'pages.ts'].flatMap((file) =>
    [
      ...readFileSync(join(root, 'src/app/styles', file), 'utf8').matchAll(
        /@mantine\/core\/styles\/(\w+)\.layer\.css/g,
      ),
    ].map((match) => match[1]),
  ),
);

describe("Mantine's styles", () => {
  it('are imported for every component the console uses', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const [, names] of readFileSync(file, 'utf8').matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g,
      )) {
        for (const name of (names ?? '').split(',')) {
          const component = name.replace(/^\s*type\s+/, '').trim();
          if (component && existsSync(join(stylesOf, `${component}.layer.css`)))
            used.add(component);
        }
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((component) => !listed.has(component))).toEqual([]);
  });
});
