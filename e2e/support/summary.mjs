// Prints one closing line for the whole test command ("Tests: N passed, N failed, N flaky"),
// added up from the Vitest and Playwright JSON reports, so a reader (or CI) sees the total at
// the end. A Playwright test that passed only on its retry is flaky: it is named here and fails
// the command, because a race that loses one run in ten is a bug, not noise.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Titles ("file › describe › test") of the Playwright tests whose outcome is `status`. */
function testsWithStatus(report, status) {
  const titles = [];
  const walk = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === status) {
          titles.push([...here, spec.title].join(' › ') + ` [${test.projectName}]`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return titles;
}

const vitest = read('test-results/vitest.json');
const playwright = read('test-results/playwright.json');

let passed = 0;
let failed = 0;
let flaky = 0;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected;
  flaky += playwright.stats.flaky;
  skipped += playwright.stats.skipped;
}
console.log(
  `Unit: ${vitest ? vitest.numPassedTests : 0} passed; e2e: ${playwright ? playwright.stats.expected : 0} passed.`,
);
if (playwright && flaky > 0) {
  console.log('Flaky (passed only on retry), each one a failure:');
  for (const title of testsWithStatus(playwright, 'flaky')) console.log(`  ${title}`);
}
console.log(
  `Tests: ${passed} passed, ${failed} failed, ${flaky} flaky${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed > 0 || flaky > 0 || passed === 0 ? 1 : 0);
