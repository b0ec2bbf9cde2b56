// @vitest-environment node
/**
 * The bundle budget in `npm test` is only worth something if it fails: a build whose first
 * download is over the budget must exit non-zero, and one under it must pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../e2e/bench/bundle.mjs', import.meta.url));

/** A build of one entry script and one style sheet that index.html loads, and a lazy chunk. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'ucs-budget-'));
  mkdirSync(join(dist, 'assets'));
  const noise = (length: number) =>
    Array.from({ length }, (_, index) => ((index * 7919) % 65_521).toString(36)).join(';');
  writeFileSync(join(dist, 'assets', 'index-a.js'), `export const a=[${noise(4000)}];`);
  writeFileSync(join(dist, 'assets', 'index-a.css'), `.a{color:red}`);
  writeFileSync(join(dist, 'assets', 'Page-b.js'), `export const b=[${noise(9000)}];`);
  writeFileSync(
    join(dist, 'index.html'),
    '<script type="module" src="/assets/index-a.js"></script>' +
      '<link rel="stylesheet" href="/assets/index-a.css">',
  );
  return dist;
}

function run(dist: string, budget: number): { status: number; output: string } {
  try {
    const output = execFileSync('node', [script, dist, '--quiet', '--budget', String(budget)], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('the bundle budget', () => {
  const dist = fakeBuild();

  it('fails a build whose first download is over it, and says by how much', () => {
    const result = run(dist, 1000);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/Over the bundle budget by [\d,]+ B/);
  });

  it('passes one under it, counting only what index.html loads', () => {
    const result = run(dist, 1_000_000);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/initial JS \+ CSS: [\d,]+ B gzip in 2 files/);
  });
});
