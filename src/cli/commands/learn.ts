import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CommonEnv } from '../../config/env';
import { commonEnvSchema } from '../../config/env';
import { addAlternates } from '../../knowledge/faq-file';
import { frontMatterSchema } from '../../knowledge/faq-schema';
import { splitFrontMatter } from '../../knowledge/front-matter';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge';
import { displayPath } from '../../knowledge/problems';
import { FileLearningStore } from '../../learning/file-learning-store';
import type { Demotion, LearnedPhrasing, LearningStore, Pair } from '../../learning/learning-store';
import { normalize } from '../../matching/normalize';
import { errorText } from '../../runtime/error-details';
import { type CliIo, EXIT_INVALID, EXIT_OK, type ExitCode } from '../io';
import { loadForCli, readCliEnv } from '../load-for-cli';
import { validateCommand } from './validate';

export const LEARN_USAGE =
  'learn [--apply] [--dir <folder>]   list learned phrasings; --apply writes the kept ones into the FAQ files';

/**
 * `learn`: lists what the bot learned from its users (DATA_DIR/learning.json, or PostgreSQL with DATABASE_URL). With `--apply`, the phrasings
 * HR kept in Slack become `alternates` in their FAQ files, edited in place (comments, key order and list
 * styles survive), then the knowledge base is validated; if it fails, the files are put back as they were.
 * Applied phrasings leave the learned list.
 */
export async function learnCommand(io: CliIo, options: { apply: boolean; dir?: string }): Promise<ExitCode> {
  const env = readCliEnv(io, commonEnvSchema);
  if (!env) return EXIT_INVALID;
  const opened = await openLearningStore(env, io);
  if (!opened) return EXIT_INVALID;
  try {
    return await learnWith(opened.store, io, options, env.KNOWLEDGE_DIR);
  } catch (error) {
    io.stderr(`The learned phrasings could not be read or updated: ${errorText(error)}\n`);
    return EXIT_INVALID;
  } finally {
    await opened.close();
  }
}

/** The learning store the bot uses with these settings: PostgreSQL with DATABASE_URL, else DATA_DIR. */
async function openLearningStore(
  env: CommonEnv,
  io: CliIo,
): Promise<{ store: LearningStore; close: () => Promise<void> } | undefined> {
  if (env.DATABASE_URL) {
    const { Pool } = await import('pg');
    const { migrate } = await import('../../store/postgres/migrate');
    const { DIRECT, PgLearningStore } = await import('../../store/postgres/pg-learning-store');
    const { LogLevel } = await import('@slack/bolt');
    const { createLogger } = await import('../../runtime/logger');
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: 1, connectionTimeoutMillis: 10_000 });
    const ready = async () => {
      await migrate(pool);
    };
    const logger = createLogger({ level: LogLevel.WARN, destination: { write: (line) => io.stderr(line) } });
    const store = new PgLearningStore(pool, ready, DIRECT, logger, { minPeople: env.LEARN_MIN_PEOPLE });
    return { store, close: () => pool.end() };
  }
  try {
    const store = new FileLearningStore(env.DATA_DIR, {
      minPeople: env.LEARN_MIN_PEOPLE,
      onProblem: (problem) => io.stderr(`warning: ${problem}\n`),
    });
    return { store, close: async () => undefined };
  } catch (error) {
    io.stderr(`${displayPath(env.DATA_DIR)} cannot be used: ${errorText(error)}\n`);
    return undefined;
  }
}

async function learnWith(
  store: LearningStore,
  io: CliIo,
  options: { apply: boolean; dir?: string },
  knowledgeDir: string,
): Promise<ExitCode> {
  const { phrasings, demotions } = await store.list();
  io.stdout(render(phrasings));
  if (demotions.length > 0) io.stdout(renderDemotions(demotions, options.dir ?? knowledgeDir));
  if (!options.apply) return EXIT_OK;

  const kept = phrasings.filter((phrasing) => phrasing.kept);
  if (kept.length === 0) {
    io.stdout('Nothing kept yet: press Keep in the weekly digest in Slack, then run this again.\n');
    return EXIT_OK;
  }
  const loaded = loadForCli(io, commonEnvSchema, options.dir);
  if (!loaded) return EXIT_INVALID;
  const { kb } = loaded;

  const originals = new Map<string, string>();
  const applied: Pair[] = [];
  for (const [faqId, questions] of groupByFaq(kept)) {
    const faq = kb.get(faqId);
    if (!faq) {
      io.stderr(`warning: ${faqId} is no longer in the knowledge base; skipped ${questions.length} phrasing(s)\n`);
      continue;
    }
    const raw = readFileSync(faq.source.path, 'utf8');
    const content = phrasingsOf(raw);
    if (!content) {
      io.stderr(`warning: ${faq.source.file} cannot be edited; skipped\n`);
      continue;
    }
    const known = new Set([content.question, ...content.alternates].map(normalize));
    const added = questions.filter((question) => !known.has(question));
    const updated = addAlternates(raw, added);
    if (updated === undefined) continue;
    if (updated !== raw) {
      originals.set(faq.source.path, raw);
      writeFileSync(faq.source.path, updated);
      io.stdout(`  ${displayPath(faq.source.path)}: + ${added.map((question) => `"${question}"`).join(', ')}\n`);
    }
    applied.push(...questions.map((question) => ({ question, faq: faqId })));
  }
  io.stdout(`Wrote ${originals.size} file${originals.size === 1 ? '' : 's'}. Checking the knowledge base…\n`);
  const validated = await validateCommand(io, { dir: options.dir ?? knowledgeDir });
  if (validated !== EXIT_OK) {
    for (const [file, raw] of originals) writeFileSync(file, raw);
    io.stderr('The knowledge base did not validate with these alternates, so the files were put back as they were.\n');
    return validated;
  }
  await store.markApplied(applied);
  io.stdout(`Applied ${applied.length} phrasing${applied.length === 1 ? '' : 's'}; they leave the learned list.\n`);
  return EXIT_OK;
}

function render(phrasings: readonly LearnedPhrasing[]): string {
  if (phrasings.length === 0) return 'No learned phrasings.\n';
  const lines = phrasings.map(
    (phrasing) =>
      `  ${phrasing.kept ? 'kept' : 'new '}  ${String(phrasing.people).padStart(3)} people  "${phrasing.question}" → ${phrasing.faq}  (since ${phrasing.learnedAt.slice(0, 10)})`,
  );
  return `Learned phrasings (${phrasings.length}):\n${lines.join('\n')}\n`;
}

/**
 * Each demotion: a question (as the matcher reads it) no longer answered outright with an FAQ, which is
 * offered among "Did you mean…?" instead. The FAQ is named by id and, when the knowledge folder loads, its
 * question; listing never fails for a folder that does not.
 */
function renderDemotions(demotions: readonly Demotion[], knowledgeDir: string): string {
  const loaded = loadKnowledgeBase(knowledgeDir);
  const questionOf = (id: string) => {
    if (!loaded.ok) return '';
    const faq = loaded.kb.get(id);
    return faq ? ` ("${faq.question}")` : ' (no longer in the knowledge base)';
  };
  const lines = demotions.map(
    ({ question, faq, people }) =>
      `  👎    ${String(people).padStart(3)} people  "${question}" → ${faq}${questionOf(faq)}`,
  );
  const { length } = demotions;
  return (
    `Demoted after 👎 from several people (${length}): asked ${length === 1 ? 'this question' : 'these questions'}, ` +
    `the bot offers the FAQ as "Did you mean…?" instead of answering with it:\n${lines.join('\n')}\n`
  );
}

function groupByFaq(phrasings: readonly LearnedPhrasing[]): Map<string, string[]> {
  const byFaq = new Map<string, string[]>();
  for (const { faq, question } of phrasings) byFaq.set(faq, [...(byFaq.get(faq) ?? []), question]);
  return byFaq;
}

/** The file's own question and alternates, as written (not as loaded). */
function phrasingsOf(raw: string): { question: string; alternates: string[] } | undefined {
  const split = splitFrontMatter(raw);
  if (!split.ok) return undefined;
  const parsed = frontMatterSchema.safeParse(parse(split.file.yamlText) ?? {});
  return parsed.success ? { question: parsed.data.question, alternates: parsed.data.alternates ?? [] } : undefined;
}
