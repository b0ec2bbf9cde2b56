/**
 * The command line of `npm run ucs`: a command, its file, and its flags (`--flag value` or
 * `--flag=value`). Anything it does not know is an error, never ignored: a misspelt
 * `--auto-aprove` must not fall back to asking, nor a misspelt `--out` to standard output.
 */

export type ExportFormat = 'yaml' | 'terraform';

export type Command =
  | { name: 'help' }
  | { name: 'plan'; file: string }
  | { name: 'apply'; file: string; autoApprove: boolean; stopOnError: boolean }
  | { name: 'export'; format: ExportFormat; out?: string };

export type Parsed = { command: Command } | { error: string };

const flagsOf = {
  plan: { switches: [], values: [] },
  apply: { switches: ['auto-approve', 'stop-on-error'], values: [] },
  export: { switches: [], values: ['format', 'out'] },
} as const;

type CommandName = keyof typeof flagsOf;

const isCommand = (name: string): name is CommandName => Object.hasOwn(flagsOf, name);

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { command: { name: 'help' } };
  const [name, ...rest] = argv;
  if (name === undefined) return { error: 'No command given.' };
  if (!isCommand(name)) return { error: `Unknown command: ${name}.` };

  const { switches, values } = flagsOf[name];
  const on = new Set<string>();
  const given = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.replace(/^--?/, '').split(/=(.*)/s);
    if ((switches as readonly string[]).includes(flag) && inline === undefined) {
      on.add(flag);
    } else if ((values as readonly string[]).includes(flag)) {
      const value = inline ?? rest[(index += 1)];
      if (value === undefined || value === '') return { error: `--${flag} needs a value.` };
      given.set(flag, value);
    } else {
      return { error: `Unknown option for ${name}: ${arg}.` };
    }
  }

  if (name === 'export') {
    if (positional.length) return { error: `export takes no file: ${positional[0]}.` };
    const format = given.get('format') ?? 'yaml';
    if (format !== 'yaml' && format !== 'terraform')
      return { error: `--format must be yaml or terraform, not ${format}.` };
    const out = given.get('out');
    return { command: { name, format, ...(out ? { out } : {}) } };
  }
  const [file, extra] = positional;
  if (file === undefined) return { error: `${name} needs the bundle's file: ucs ${name} FILE.` };
  if (extra !== undefined) return { error: `${name} takes one file, not also ${extra}.` };
  if (name === 'plan') return { command: { name, file } };
  return {
    command: {
      name,
      file,
      autoApprove: on.has('auto-approve'),
      stopOnError: on.has('stop-on-error'),
    },
  };
}

export const usage = `Usage: npm run ucs -- <command> [options]

Plan and apply a configuration bundle (YAML), or export the account, against UCS.

Commands:
  plan FILE                 Show what applying the bundle would change.
                            Exit code: 0 no changes, 2 changes, 1 error.
  apply FILE                Show the plan, ask for "yes", then apply it step by step.
      --auto-approve        Apply without asking (needed when standard input is not a terminal).
      --stop-on-error       Skip every step after the first that fails.
                            Exit code: 0 everything applied (or nothing to do), 1 otherwise.
  export                    Write the account as a bundle.
      --format yaml|terraform
                            A YAML bundle (default), or Terraform (HCL) for the huaweicloud
                            provider with import blocks.
      --out FILE            Write to FILE instead of standard output.
  --help                    This text.

Environment:
  UCS_ENDPOINT              The UCS API root, e.g. https://ucs.myhuaweicloud.com
                            (or http://127.0.0.1:4010 for npm run mock-server). Required.
  UCS_TOKEN                 An IAM token (X-Auth-Token). Or, instead, an IAM user:
  UCS_DOMAIN                  account (domain) name
  UCS_USERNAME                user name
  UCS_PASSWORD                password
  UCS_PROJECT                 project to scope the token to (optional; the account otherwise)
  UCS_IAM_ENDPOINT            IAM root (optional when UCS_ENDPOINT's host starts with "ucs.":
                              the same host with "iam.")

Tokens and passwords are never printed.
`;
