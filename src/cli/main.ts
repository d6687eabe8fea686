import { parseArgs } from 'node:util';
import { ASK_USAGE, askCommand } from './commands/ask';
import { BENCH_USAGE, benchCommand } from './commands/bench';
import { CHAT_USAGE, chatCommand } from './commands/chat';
import { EVAL_USAGE, evalCommand } from './commands/eval';
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
  eval: {
    usage: EVAL_USAGE,
    options: {
      ...dirOption,
      set: { type: 'string', multiple: true },
      calibrate: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    run: (io, values) =>
      evalCommand(io, {
        sets: Array.isArray(values.set) ? values.set.filter((file): file is string => typeof file === 'string') : [],
        calibrate: values.calibrate === true,
        json: values.json === true,
        dir: stringOption(values.dir),
      }),
  },
  bench: {
    usage: BENCH_USAGE,
    options: { sizes: { type: 'string' } },
    run: (io, values) => {
      const sizes = (stringOption(values.sizes) ?? '100,1000,10000').split(',').map(Number);
      return benchCommand(io, { sizes: sizes.filter((size) => Number.isInteger(size) && size > 0) });
    },
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
