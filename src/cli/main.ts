import { parseArgs } from 'node:util';
import { ASK_USAGE, askCommand } from './commands/ask';
import { CHAT_USAGE, chatCommand } from './commands/chat';
import { EXPORT_USAGE, exportCommand } from './commands/export';
import { REPORT_USAGE, reportCommand } from './commands/report';
import { VALIDATE_USAGE, validateCommand } from './commands/validate';
import { type CliIo, EXIT_USAGE, type ExitCode } from './io';

interface Command {
  usage: string;
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  run: (io: CliIo, values: Record<string, unknown>, positionals: string[]) => Promise<ExitCode>;
}

const dirOption = { dir: { type: 'string' } } as const;

const COMMANDS: Record<string, Command> = {
  chat: {
    usage: CHAT_USAGE,
    options: dirOption,
    run: (io, values) => chatCommand(io, { dir: stringOption(values.dir) }),
  },
  validate: {
    usage: VALIDATE_USAGE,
    options: dirOption,
    run: (io, values) => validateCommand(io, { dir: stringOption(values.dir) }),
  },
  ask: {
    usage: ASK_USAGE,
    options: { ...dirOption, json: { type: 'boolean' } },
    run: (io, values, positionals) =>
      askCommand(io, { json: values.json === true, dir: stringOption(values.dir) }, positionals),
  },
  report: {
    usage: REPORT_USAGE,
    options: { since: { type: 'string' }, json: { type: 'boolean' } },
    run: (io, values) => reportCommand(io, { since: stringOption(values.since), json: values.json === true }),
  },
  export: {
    usage: EXPORT_USAGE,
    options: dirOption,
    run: (io, values) => exportCommand(io, { dir: stringOption(values.dir) }),
  },
};

function stringOption(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
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
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\nUsage: hrfaq ${command.usage}\n`);
    return EXIT_USAGE;
  }
  return command.run(io, parsed.values, parsed.positionals);
}
