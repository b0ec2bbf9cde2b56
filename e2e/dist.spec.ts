import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The live build (npm run build → dist/) must ship no mock backend and no demo credentials.
const distDir = join(import.meta.dirname, '..', 'dist');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the live build contains no mock code and no credentials', () => {
  const files = filesUnder(distDir);
  expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
  expect(files.filter((file) => file.includes('mockServiceWorker'))).toEqual([]);

  const offenders = files
    .filter((file) => /\.(js|html|css|json|map)$/.test(file) && !file.endsWith('.map'))
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      // MSW's code, by what it must call, not the worker's file name: the live build names
      // that file to unregister a worker the demo left behind (src/app/staleMockWorker.ts).
      return [
        'serviceWorker.register',
        'setupWorker',
        'MSW_COOKIE_STORE',
        'demo-password',
        'ucs-demo:',
      ].some((marker) => text.includes(marker));
    });
  expect(offenders).toEqual([]);
});
