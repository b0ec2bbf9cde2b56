/**
 * The commands of `npm run ucs`, over the bundle core the settings pages use (`@/api/bundle`):
 * the same parser, plan and apply, through a client made from the environment. Exit codes follow
 * `terraform plan -detailed-exitcode`: 0 no changes, 2 changes (plan), 1 any error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { applyPlan } from '@/api/bundle/apply';
import { bundleYaml, toBundle } from '@/api/bundle/export';
import { describeBundleProblem, parseBundle, type BundleProblem } from '@/api/bundle/parse';
import { planBundle } from '@/api/bundle/plan';
import { bundleApiOn, readBundleFacts } from '@/api/bundle/remote';
import { isApiError } from '@/api/errors';
import { toTerraform } from '@/api/export/terraform';
import { operationsOn } from '@/api/operationSet';
import { parseArgs, usage, type Command } from './args';
import { clientOf, connectionFrom, type Environment } from './config';
import { applySummary, describeApiError, planText, printable, resultLine } from './planText';

export interface CliIo {
  env: Environment;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether a person can answer on standard input. */
  interactive: boolean;
  /** Asks a question on the terminal and returns the answer. */
  ask: (question: string) => Promise<string>;
}

export const exitCodes = { ok: 0, error: 1, changes: 2 } as const;

/** A failure the command explains and exits 1 for: each message an "Error:" line, details beneath. */
class CliFailure extends Error {
  constructor(
    readonly messages: string[],
    readonly details: string[] = [],
  ) {
    super(messages.join('\n'));
  }
}

/** An ApiError outside the apply's steps, with who answered (or did not). */
function apiFailure(error: unknown, service: string, endpoint: string): unknown {
  if (!isApiError(error)) return error;
  const who =
    error.kind === 'network' || error.kind === 'timeout'
      ? `No answer from ${service} at ${endpoint}`
      : `${service} answered`;
  return new CliFailure([`${who}: ${describeApiError(error)}`]);
}

/** The bundle API on the environment's connection, and the account's lists read through it. */
async function account(io: CliIo) {
  const found = connectionFrom(io.env);
  if ('problems' in found) throw new CliFailure(found.problems);
  const { endpoint, credentials } = found.connection;
  const client = await clientOf(found.connection).catch((error: unknown) => {
    throw apiFailure(
      error,
      'IAM',
      credentials.kind === 'password' ? credentials.iamEndpoint : endpoint,
    );
  });
  const api = bundleApiOn(operationsOn(client));
  const facts = await readBundleFacts(api).catch((error: unknown) => {
    throw apiFailure(error, 'UCS', endpoint);
  });
  return { api, facts };
}

/** The bundle in FILE, or a failure naming each problem's line and field. */
async function readBundle(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliFailure([`Cannot read ${file}: ${(error as Error).message}`]);
  }
  const parsed = parseBundle(text);
  if (!parsed.bundle) throw problemsFailure(file, parsed.problems);
  return { bundle: parsed.bundle, locate: parsed.locate };
}

function problemsFailure(file: string, problems: readonly BundleProblem[]): CliFailure {
  return new CliFailure(
    [`${file} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`],
    problems.map((problem) => printable(describeBundleProblem(problem))),
  );
}

/** Reads the bundle and the account and plans; prints the plan. */
async function planned(file: string, io: CliIo) {
  const { bundle, locate } = await readBundle(file);
  const { api, facts } = await account(io);
  const plan = planBundle(bundle, facts, locate);
  if (plan.problems.length) throw problemsFailure(file, plan.problems);
  io.out(planText(plan));
  return { api, facts, plan };
}

async function plan(file: string, io: CliIo): Promise<number> {
  const { plan } = await planned(file, io);
  return plan.steps.length ? exitCodes.changes : exitCodes.ok;
}

async function apply(command: Extract<Command, { name: 'apply' }>, io: CliIo): Promise<number> {
  const { api, facts, plan } = await planned(command.file, io);
  const count = plan.steps.length;
  if (count === 0) return exitCodes.ok;
  if (!command.autoApprove) {
    if (!io.interactive)
      throw new CliFailure([
        'Standard input is not a terminal, so the plan cannot be confirmed: pass --auto-approve to apply it without asking.',
      ]);
    const answer = await io.ask(
      `Apply ${count === 1 ? 'this change' : `these ${count} changes`}? Only 'yes' is accepted: `,
    );
    if (answer.trim() !== 'yes') throw new CliFailure(['Apply cancelled: nothing was changed.']);
  }
  io.out('\n');
  const results = await applyPlan(plan, facts, api, {
    stopOnError: command.stopOnError,
    onStep: (result) => io.out(`${resultLine(result)}\n`),
  });
  io.out(`\n${applySummary(results)}\n`);
  return results.every((result) => result.status === 'done') ? exitCodes.ok : exitCodes.error;
}

async function exportAccount(
  command: Extract<Command, { name: 'export' }>,
  io: CliIo,
): Promise<number> {
  const { facts } = await account(io);
  const text =
    command.format === 'terraform'
      ? toTerraform({
          fleets: facts.fleets,
          policies: facts.rules,
          clusters: facts.clusters,
          known: { fleets: facts.fleets, policies: facts.rules },
        })
      : bundleYaml(toBundle(facts));
  if (!command.out) {
    io.out(text);
    return exitCodes.ok;
  }
  try {
    await writeFile(command.out, text);
  } catch (error) {
    throw new CliFailure([`Cannot write ${command.out}: ${(error as Error).message}`]);
  }
  io.err(`Wrote ${command.out}.\n`);
  return exitCodes.ok;
}

/** Runs one command line; resolves to the exit code, never rejects. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.err(
      argv.length
        ? `Error: ${parsed.error}\nRun npm run ucs -- --help for the commands and options.\n`
        : usage,
    );
    return exitCodes.error;
  }
  const { command } = parsed;
  try {
    switch (command.name) {
      case 'help':
        io.out(usage);
        return exitCodes.ok;
      case 'plan':
        return await plan(command.file, io);
      case 'apply':
        return await apply(command, io);
      case 'export':
        return await exportAccount(command, io);
    }
  } catch (error) {
    if (error instanceof CliFailure)
      io.err(
        [
          ...error.messages.map((message) => `Error: ${message}`),
          ...error.details.map((detail) => `  ${detail}`),
          '',
        ].join('\n'),
      );
    else if (isApiError(error)) io.err(`Error: ${describeApiError(error)}\n`);
    else
      io.err(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.error;
  }
}
