import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorCode } from '../runtime/error-details';
import { ASK_USAGE, askCommand } from './commands/ask';
import { CHAT_USAGE, chatCommand } from './commands/chat';
import { EXPORT_USAGE, exportCommand } from './commands/export';
import { IMPORT_USAGE, importCommand } from './commands/import';
import { LEARN_USAGE, learnCommand } from './commands/learn';
import { MANIFEST_USAGE, manifestCommand } from './commands/manifest';
import { REPORT_USAGE, reportCommand } from './commands/report';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';
import { type CliIo, EXIT_USAGE, type ExitCode } from './io';

interface Command {
  usage: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  /** What it takes besides its options: the words of a question, or file names; the others take none. */
  positionals?: 'question' | 'files';
  run: (io: CliIo, values: Record<string, unknown>, positionals: string[]) => Promise<ExitCode>;
}

const dirOption = { dir: { type: 'string' } } as const;

const COMMANDS: Record<string, Command> = {
  chat: {
    usage: CHAT_USAGE,
    options: dirOption,
    run: (io, values) => chatCommand(io, { dir: pathOption(io, values.dir) }),
  },
  validate: {
    usage: VALIDATE_USAGE,
    options: dirOption,
    run: (io, values) => validateCommand(io, { dir: pathOption(io, values.dir) }),
  },
  ask: {
    usage: ASK_USAGE,
    positionals: 'question',
    options: { ...dirOption, json: { type: 'boolean' }, preview: { type: 'boolean' } },
    run: (io, values, positionals) =>
      askCommand(io, { ...flags(values, 'json', 'preview'), dir: pathOption(io, values.dir) }, positionals),
  },
  report: {
    usage: REPORT_USAGE,
    options: { since: { type: 'string' }, json: { type: 'boolean' } },
    run: (io, values) => reportCommand(io, { since: stringOption(values.since), json: values.json === true }),
  },
  export: {
    usage: EXPORT_USAGE,
    positionals: 'files',
    options: { ...dirOption, csv: { type: 'boolean' }, xlsx: { type: 'boolean' } },
    run: (io, values, positionals) =>
      exportCommand(
        io,
        { ...flags(values, 'csv', 'xlsx'), dir: pathOption(io, values.dir) },
        positionals.map((file) => fromCommandLine(io, file)),
      ),
  },
  import: {
    usage: IMPORT_USAGE,
    positionals: 'files',
    options: { ...dirOption, write: { type: 'boolean' } },
    run: (io, values, positionals) =>
      importCommand(
        io,
        { write: values.write === true, dir: pathOption(io, values.dir) },
        positionals.map((file) => fromCommandLine(io, file)),
      ),
  },
  learn: {
    usage: LEARN_USAGE,
    options: { ...dirOption, apply: { type: 'boolean' } },
    run: (io, values) => learnCommand(io, { apply: values.apply === true, dir: pathOption(io, values.dir) }),
  },
  manifest: {
    usage: MANIFEST_USAGE,
    options: { url: { type: 'string' } },
    run: (io, values) => manifestCommand(io, { url: stringOption(values.url) }),
  },
};

/** The named boolean options, each true only when given. */
function flags<Name extends string>(values: Record<string, unknown>, ...names: Name[]): Record<Name, boolean> {
  return Object.fromEntries(names.map((name) => [name, values[name] === true])) as Record<Name, boolean>;
}

/** `--help` or `-h` anywhere before a `--` that ends the options (after it, they are a question's words). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function pathOption(io: CliIo, value: unknown): string | undefined {
  return typeof value === 'string' ? fromCommandLine(io, value) : undefined;
}

/**
 * A path given on the command line, as its user meant it: `npm run` starts a command in the project folder,
 * so a relative path is read from the folder npm was run in (npm's INIT_CWD), as any shell command's would be.
 * Paths in the settings file (KNOWLEDGE_DIR…) stay relative to the project folder.
 */
function fromCommandLine(io: CliIo, given: string): string {
  // (INIT_CWD is inherited by whatever npm starts: it is ours only when npm is running this package's script)
  const { INIT_CWD, npm_lifecycle_event, npm_package_name } = io.env;
  const ours = INIT_CWD !== undefined && npm_lifecycle_event !== undefined && npm_package_name === 'hrfaq';
  return path.resolve(ours ? INIT_CWD : process.cwd(), given);
}

/**
 * Node's message for an unknown option, in plain words: its advice on '--' quotes the option oddly ("as in
 * '-- "--bogus"'). A command that takes a question or file names is told how to pass one that starts with "-".
 */
function unknownOption(text: string, name: string, command: Command, args: readonly string[]): string {
  const option = /^Unknown option '([^']*)'/.exec(text)?.[1];
  if (option === undefined) return text;
  // ("-faqs.csv" is read as the short option "-f": name the argument as typed; a long one is as typed)
  const typed = option.startsWith('--')
    ? option
    : (args.find((arg) => arg.startsWith(option) && !arg.startsWith('--')) ?? option);
  const what = `Unknown option "${typed}".`;
  if (command.positionals === 'question') {
    return `${what} To ask a question with "${typed}" in it, put -- before the question: npm run ${name} -- -- "your question"`;
  }
  if (command.positionals === 'files') {
    return `${what} For a file whose name starts with "-", put -- before it: npm run ${name} -- -- "${typed}"`;
  }
  return what;
}

export function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage}`);
  return `Usage: hrfaq <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun through npm, e.g. npm run validate\n`;
}

/** The one CLI entry point: picks the command and hands it the parsed arguments. */
export async function main(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stderr(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (asksForHelp(rest)) {
    io.stdout(`Usage: hrfaq ${command.usage}\n`);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    const text = String(typeof error === 'object' && error !== null && 'message' in error ? error.message : error);
    const message =
      errorCode(error) === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? unknownOption(text, name, command, rest) : text;
    io.stderr(`${message}\nUsage: hrfaq ${command.usage}\n`);
    return EXIT_USAGE;
  }
  const [stray] = parsed.positionals;
  if (stray !== undefined && command.positionals === undefined) {
    // "npm run validate -- my-folder" must not check the default folder and say it is fine.
    const hint = 'dir' in (command.options ?? {}) ? `; for another folder, use --dir ${stray}` : '';
    io.stderr(
      `hrfaq ${name} takes no arguments, only options (got "${stray}")${hint}\nUsage: hrfaq ${command.usage}\n`,
    );
    return EXIT_USAGE;
  }
  return command.run(io, parsed.values, parsed.positionals);
}
