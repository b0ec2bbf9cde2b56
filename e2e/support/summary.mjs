// Prints one closing line for the whole test command ("Tests: N passed, N failed"), added up
// from the Vitest and Playwright JSON reports, so a reader (or CI) sees the total at the end.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const vitest = read('test-results/vitest.json');
const playwright = read('test-results/playwright.json');

let passed = 0;
let failed = 0;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
console.log(
  `Unit: ${vitest ? vitest.numPassedTests : 0} passed; e2e: ${playwright ? playwright.stats.expected + playwright.stats.flaky : 0} passed.`,
);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
