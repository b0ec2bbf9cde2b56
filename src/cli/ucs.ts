/**
 * `npm run ucs -- plan|apply|export …`: configuration as code from a terminal or a CI pipeline.
 * The commands are in `./run`; this file connects them to the process.
 */
import { createInterface } from 'node:readline/promises';
import { runCli } from './run';

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  // End of input (Ctrl-D) answers nothing, which is not "yes".
  let answered = false;
  const ended = new Promise<string>((resolve) =>
    prompt.once('close', () => {
      if (!answered) process.stdout.write('\n');
      resolve('');
    }),
  );
  try {
    const answer = await Promise.race([prompt.question(question), ended]);
    answered = true;
    return answer;
  } finally {
    prompt.close();
  }
}

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stdin.isTTY),
  ask,
});
