import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/config/paths';
import { COLUMNS } from '../../src/knowledge/spreadsheet';
import { fakeIo } from '../helpers/cli-io';
import { loadValid } from '../helpers/knowledge';
import { FIXTURES, fixtureKnowledge } from '../helpers/paths';

const SHEETS = path.join(FIXTURES, 'spreadsheets');

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hrfaq-import-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Every file under a folder, by relative path, with its exact bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(folder, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(folder);
  return files;
}

async function run(argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('import', () => {
  it('shows what it would write and writes nothing without --write', async () => {
    const target = path.join(work, 'kb');
    const result = await run(['import', path.join(SHEETS, 'faqs.csv'), '--dir', target]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('faqs.csv: 3 FAQs');
    expect(result.stdout).toContain('dry run: nothing written');
    expect(result.stdout).toMatch(/new\s+\S*time-off[/\\]much-paid-time-off-get\.md {2}\(row 2\)/);
    // Rows are counted as a spreadsheet shows them: the first FAQ spans four lines of the file but is row 2.
    expect(result.stdout).toMatch(/new\s+\S*pay[/\\]payday\.md {2}\(row 3\)/);
    expect(result.stdout).toMatch(/new\s+\S*pay[/\\]payday-falls-holiday\.md {2}\(row 4\)/);
    expect(() => statSync(target)).toThrow();
  });

  it('writes FAQ files by category with --write, then validates the knowledge base', async () => {
    const target = path.join(work, 'kb');
    const result = await run(['import', path.join(SHEETS, 'faqs.csv'), '--dir', target, '--write']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Wrote 3 files/);
    expect(result.stdout).toMatch(/OK: 3 FAQs in 2 categories/);
    expect(readFileSync(path.join(target, 'time-off', 'much-paid-time-off-get.md'), 'utf8')).toBe(
      [
        '---',
        'question: How much paid time off do I get?',
        'alternates:',
        '  - pto allowance',
        '  - vacation days',
        'keywords: [pto, vacation]',
        'category: Time off',
        'related: [payday]',
        'links:',
        '  - title: Time-off policy',
        '    url: https://example.com/pto',
        '  - title: Holiday calendar',
        '    url: https://example.com/holidays',
        '---',
        'Full-time employees earn **15 days** a year.',
        'Part-timers earn it pro rata.',
        '',
        'Ask your manager before booking.',
        '',
      ].join('\n'),
    );
  });

  it('reports every bad row of a CSV file by row and column, and writes nothing', async () => {
    const target = path.join(work, 'kb');
    const result = await run(['import', path.join(SHEETS, 'bad-rows.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter((line) => line.startsWith('  '))).toEqual([
      '  bad-rows.csv row 3, column "question": is empty',
      '  bad-rows.csv row 4, column "answer": is empty',
      '  bad-rows.csv row 5, column "related": item 1 "no-such-faq" is not the id of any FAQ',
      '  bad-rows.csv row 6, column "links": line 2 "just some words" is not a link; write it as "title | url" or "[title](url)"',
      '  bad-rows.csv row 6, column "links": link 1 url must be a web address starting with https:// or http://, or an email link such as mailto:payroll@example.com',
    ]);
    expect(() => statSync(target)).toThrow();
  });

  it('reads an .xlsx file, and reports its bad rows by row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HR');
    sheet.addRow(['Question', 'Answer', 'Category', 'Keywords']);
    sheet.addRow(['When is payday?', 'On the **last working day**.\nEvery month.', 'Pay', 'payday; salary']);
    sheet.addRow(['Where is the handbook?', '', 'Policies', '']);
    sheet.addRow([]);
    sheet.addRow(['', 'Orphan answer', 'Policies', '']);
    const file = path.join(work, 'faqs.xlsx');
    await workbook.xlsx.writeFile(file);

    const bad = await run(['import', file, '--dir', path.join(work, 'kb'), '--write']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('faqs.xlsx, sheet "HR", row 3, column "answer": is empty');
    expect(bad.stderr).toContain('faqs.xlsx, sheet "HR", row 5, column "question": is empty');

    const fixed = new ExcelJS.Workbook();
    fixed.addWorksheet('HR').addRows([
      ['Question', 'Answer', 'Category', 'Keywords'],
      ['When is payday?', 'On the **last working day**.\nEvery month.', 'Pay', 'payday; salary'],
    ]);
    await fixed.xlsx.writeFile(file);
    const good = await run(['import', file, '--dir', path.join(work, 'kb'), '--write']);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(readFileSync(path.join(work, 'kb', 'pay', 'payday.md'), 'utf8')).toBe(
      '---\nquestion: When is payday?\nkeywords: [payday, salary]\ncategory: Pay\n---\nOn the **last working day**.\nEvery month.\n',
    );
  });

  it('finds two rows asking the same question before writing anything, and names both rows', async () => {
    writeFileSync(
      path.join(work, 'twins.csv'),
      'question,answer,category\nWhen is payday?,Monthly.,Pay\nWhat is a pay slip?,A statement.,Pay\nWHEN IS PAYDAY,The day we pay.,Pay\n',
    );
    const result = await run(['import', path.join(work, 'twins.csv'), '--dir', path.join(work, 'kb'), '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter((line) => line.startsWith('  '))).toEqual([
      '  twins.csv row 4, column "question": "WHEN IS PAYDAY" is the same question as row 2\'s; each FAQ needs its own: merge the two rows, or reword one',
    ]);
    expect(() => statSync(path.join(work, 'kb'))).toThrow();
  });

  it('finds a row asking the question of an FAQ the sheet leaves alone before writing anything', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const before = snapshot(target);
    writeFileSync(
      path.join(work, 'same.csv'),
      'id,question,answer,category\nalpha-again,What is Alpha,The first letter.,Greek letters\n',
    );
    const result = await run(['import', path.join(work, 'same.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `same.csv row 2, column "question": "What is Alpha" is already the question of ${path.join(target, 'alpha.md')} (id alpha); ` +
        'to change that FAQ, put alpha in the id column; to add another, reword the question',
    );
    expect(snapshot(target)).toEqual(before);
  });

  it('puts the folder back as it was, and says so, when the files it wrote do not pass validation', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const beta = path.join(target, 'sub', 'beta.md');
    utimesSync(beta, new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
    const before = snapshot(target);
    writeFileSync(
      path.join(work, 'clash.csv'),
      'id,question,answer,category,alternates\n' +
        'beta-id,What is beta?,Beta is the second letter of the alphabet.,Greek letters,\n' +
        // Fine as a row, but its alternate is alpha's question: validation finds it after writing.
        'gamma,What is gamma?,The third letter.,More letters,what is alpha\n',
    );
    const result = await run(['import', path.join(work, 'clash.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/new\s+\S*more-letters[/\\]gamma\.md {2}\(row 3\)/);
    expect(result.stdout).toMatch(/changed\s+\S*sub[/\\]beta\.md {2}\(row 2: answer\)/);
    expect(result.stdout).toMatch(/Wrote 2 files/);
    expect(result.stderr).toContain('"what is alpha"');
    expect(result.stderr).toContain(
      `The knowledge base would not pass validation with these rows, so the import was undone: ${target} is as it was before the import.`,
    );
    expect(snapshot(target)).toEqual(before);
    // Its times too: validate blames the FAQ changed last for a clash.
    expect(statSync(beta).mtime.toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(() => statSync(path.join(target, 'more-letters'))).toThrow();
  });

  it('leaves a folder it created for the import as it found it: not there', async () => {
    const target = path.join(work, 'new', 'kb');
    writeFileSync(
      path.join(work, 'clash.csv'),
      'question,answer,category,alternates\nWhen is payday?,Monthly.,Pay,\nWhat is a pay slip?,A statement.,Pay,when is payday\n',
    );
    const result = await run(['import', path.join(work, 'clash.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `The knowledge base would not pass validation with these rows, so the import was undone: ${target} is as it was before the import. Fix the rows`,
    );
    expect(readdirSync(work)).toEqual(['clash.csv']);
  });

  it('keeps an import that brings no new problem into a folder that had some, and lists what is still to do', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('collision'), target, { recursive: true });
    writeFileSync(path.join(work, 'one.csv'), 'question,answer,category\nWhen is payday?,Monthly.,Pay\n');
    const result = await run(['import', path.join(work, 'one.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(target, 'pay', 'payday.md'), 'utf8')).toContain('Monthly.');
    expect(result.stdout).toMatch(/\nImported\. .+ now has 3 FAQs\.\n$/);
    expect(result.stdout).not.toMatch(/OK:/);
    expect(result.stderr).toMatch(/^Still to do before deploying \(npm run validate lists it until it is done\):\n/);
    expect(result.stderr).toContain('"what is a peo"');
  });

  it('keeps an import that only moves a problem already there (an alternate first in the list)', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('collision'), target, { recursive: true });
    writeFileSync(
      path.join(work, 'moved.csv'),
      'id,question,answer,category,alternates\npeo-basics,PEO basics?,The basics of a PEO.,HR outsourcing,peo in short; what is a peo; peo meaning\n',
    );
    const result = await run(['import', path.join(work, 'moved.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(target, 'peo-basics.md'), 'utf8')).toContain('peo in short');
    expect(result.stderr).toMatch(/^Still to do before deploying/);
  });

  it('never undoes an import for starter markers left to fill in', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(target, 'payday.md'),
      '---\nquestion: When is payday?\ncategory: Pay\n---\nPayday is **[Fill in: your pay schedule]**.\n',
    );
    writeFileSync(path.join(work, 'one.csv'), 'question,answer,category\nHow do I change my bank?,In Workday.,Pay\n');
    const result = await run(['import', path.join(work, 'one.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/payday\.md:5: still has a "\[Fill in: …\]" marker/);
    expect(readdirSync(path.join(target, 'pay'))).toContain('change-bank.md');
  });

  it('puts the folder back as it was when a file cannot be written, and says why in words', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    // A file where the second row's category folder would go.
    writeFileSync(path.join(target, 'more-letters'), 'notes');
    const before = snapshot(target);
    writeFileSync(
      path.join(work, 'blocked.csv'),
      'question,answer,category\nWhat is gamma?,The third letter.,Letters\nWhat is delta?,The fourth letter.,More letters\n',
    );
    const result = await run(['import', path.join(work, 'blocked.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${path.join(target, 'more-letters', 'delta.md')}: cannot be written: ${path.join(target, 'more-letters')} is a ` +
        `file where its folder should be; rename or move that file. Nothing was kept: ${target} is as it was before the import.\n`,
    );
    expect(snapshot(target)).toEqual(before);
    expect(() => statSync(path.join(target, 'letters'))).toThrow();
  });

  it('refuses a file that is neither .csv nor .xlsx', async () => {
    const result = await run(['import', 'faqs.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Give one \.csv or \.xlsx file/);
  });

  it('updates a changed FAQ in place, keeping the rest of its file as it was', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(work, 'edit.csv'),
      'id,question,answer,category,related,alternates\n' +
        'beta-id,What is beta?,"Beta is the **second** letter.",Greek letters,alpha,second letter\n',
    );
    const result = await run(['import', path.join(work, 'edit.csv'), '--dir', target, '--write']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/changed\s+\S*sub[/\\]beta\.md/);
    expect(readFileSync(path.join(target, 'sub', 'beta.md'), 'utf8')).toBe(
      '---\nid: beta-id\nquestion: What is beta?\ncategory: Greek letters\nrelated:\n  - alpha\nalternates:\n  - second letter\n---\nBeta is the **second** letter.\n',
    );
    expect(readFileSync(path.join(target, 'alpha.md'), 'utf8')).toBe(
      readFileSync(path.join(fixtureKnowledge('valid'), 'alpha.md'), 'utf8'),
    );
  });
});

describe('import, updating FAQs from a sheet with fewer columns', () => {
  const alpha = () => readFileSync(path.join(work, 'kb', 'alpha.md'), 'utf8');

  it('leaves the fields the sheet has no column for as they are, and says so in the dry run', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(work, 'answers.csv'),
      'id,question,answer,category\nalpha,What is alpha?,Alpha is the first letter of the Greek alphabet.,Greek letters\n',
    );
    const dry = await run(['import', path.join(work, 'answers.csv'), '--dir', target]);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toMatch(/changed\s+\S*alpha\.md {2}\(row 2: answer\)\n/);
    expect(dry.stdout).toContain(
      '  The sheet has no alternates, keywords, related or links column, so the FAQs it updates keep their alternates, keywords, related and links.\n',
    );

    const written = await run(['import', path.join(work, 'answers.csv'), '--dir', target, '--write']);
    expect(written.code).toBe(0);
    expect(alpha()).toBe(
      readFileSync(path.join(fixtureKnowledge('valid'), 'alpha.md'), 'utf8').replace(
        '**Alpha** is the first letter.',
        'Alpha is the first letter of the Greek alphabet.',
      ),
    );
  });

  it('still clears a field whose column is there but empty for the row', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(work, 'no-keywords.csv'),
      'id,question,answer,category,keywords\nalpha,What is alpha?,**Alpha** is the first letter.,Greek letters,\n',
    );
    const result = await run(['import', path.join(work, 'no-keywords.csv'), '--dir', target, '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/changed\s+\S*alpha\.md {2}\(row 2: keywords\)/);
    expect(result.stdout).toContain('The sheet has no alternates, related or links column');
    expect(alpha()).not.toContain('keywords');
    expect(alpha()).toContain('alternates: [alpha meaning, define alpha]');
    expect(alpha()).toContain('related: [beta-id]');
    expect(alpha()).toContain('url: https://en.wikipedia.org/wiki/Alpha');
  });
});

describe('import, with the files a new user gives it', () => {
  /** Imports a file written into the temp folder, with --write, into an empty knowledge folder. */
  async function importFile(name: string, bytes: string | Buffer, target = path.join(work, 'kb')) {
    writeFileSync(path.join(work, name), bytes);
    return run(['import', path.join(work, name), '--dir', target, '--write']);
  }
  const problemLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  '));

  it('refuses a CSV saved as Windows-1252, naming its first cell that is not UTF-8, and writes nothing', async () => {
    const result = await importFile(
      'faqs.csv',
      Buffer.from(
        'question,answer,category\nWhen is payday?,Monthly.,Pay\nWhere is the caf\xe9?,Upstairs.,Office\n',
        'latin1',
      ),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(problemLines(result.stderr)).toEqual([
      '  faqs.csv row 3, column A ("question"): "Where is the caf\ufffd?" is not UTF-8 text, so the file was saved in ' +
        'another encoding (Windows-1252?); in Excel use "Save As > CSV UTF-8", then import that file',
    ]);
    expect(() => statSync(path.join(work, 'kb'))).toThrow();
  });

  it('reads UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8"', async () => {
    const result = await importFile(
      'faqs.csv',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('question,answer,category\nWhere is the café?,Upstairs.,Office\n'),
      ]),
    );
    expect(result.stderr).toBe('');
    expect(readFileSync(path.join(work, 'kb', 'office', 'cafe.md'), 'utf8')).toContain('question: Where is the café?');
  });

  it('reads the delimiter from the header line, as European Excel saves with semicolons', async () => {
    const result = await importFile(
      'faqs.csv',
      Buffer.from('question;answer;category\r\nWhere is the café?;Upstairs, by the lifts.;Office\r\n'),
    );
    expect(result.stderr).toBe('');
    const cafe = readFileSync(path.join(work, 'kb', 'office', 'cafe.md'), 'utf8');
    expect(cafe).toContain('question: Where is the café?');
    expect(cafe).toContain('Upstairs, by the lifts.');
  });

  it('refuses UTF-16 text, which has no bytes that are invalid UTF-8 after its mark', async () => {
    const result = await importFile(
      'faqs.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('question,answer,category\nQ?,A.,C\n', 'utf16le')]),
    );
    expect(result.code).toBe(1);
    expect(problemLines(result.stderr)).toEqual([
      '  faqs.csv: is UTF-16 text ("Unicode Text"), not UTF-8; in Excel use "Save As > CSV UTF-8", then import that file',
    ]);
  });

  it.each([
    [
      'a quote in the middle of a cell',
      'question,answer,category\nWhen is payday?,Monthly.,Pay\nWhere is the "handbook"?,On the intranet.,Policies\n',
      'quote.csv row 3, column A ("question"): a quote (") in the middle of a cell; put the whole cell in quotes and double each quote inside it ("")',
    ],
    [
      'text after a closing quote, on a line after a cell of two lines',
      'question,answer,category\nWhen is payday?,"Monthly.\nOn the last day.",Pay\nQ?,"The" handbook,Policies\n',
      'quote.csv row 3, column B ("answer") (line 4 of the file): text after the quote (") that ends a quoted cell; put the whole cell in quotes and double each quote inside it ("")',
    ],
    [
      'a quote never closed',
      'question,answer,category\nWhen is payday?,"Monthly.,Pay\nQ?,A.,Policies\n',
      'quote.csv row 2, column B ("answer"): a quote (") starts this cell and nothing closes it, so the rest of the file would be read into it; end the cell with a quote, or put the whole cell in quotes and double each quote inside it ("")',
    ],
  ])('names the row and column of %s, and says what to do', async (_name, text, problem) => {
    const result = await importFile('quote.csv', text);
    expect(result.code).toBe(1);
    expect(problemLines(result.stderr)).toEqual([`  ${problem}`]);
    expect(result.stderr).not.toMatch(/CSV_|INVALID_|\n\s+at /);
  });

  it('says an Excel workbook named .csv is one, and an .xlsx that is not a workbook is not', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('HR').addRows([['question', 'answer', 'category']]);
    await workbook.xlsx.writeFile(path.join(work, 'faqs.csv'));
    const csv = await run(['import', path.join(work, 'faqs.csv'), '--dir', path.join(work, 'kb')]);
    expect(csv.code).toBe(1);
    expect(problemLines(csv.stderr)).toEqual([
      '  faqs.csv: is an Excel workbook named .csv; rename it faqs.xlsx and import that',
    ]);

    const xlsx = await importFile('faqs.xlsx', 'question,answer,category\nQ?,A.,C\n');
    expect(problemLines(xlsx.stderr)).toEqual([
      '  faqs.xlsx: is not an Excel workbook; if it holds CSV text, rename it faqs.csv',
    ]);
  });

  it('says in words when the file is not there', async () => {
    const result = await run(['import', path.join(work, 'nope.csv'), '--dir', path.join(work, 'kb')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${path.join(work, 'nope.csv')}: there is no such file\n`);
  });

  it('reports a cell beyond the header, in CSV and in a workbook, rather than drop it', async () => {
    const csv = await importFile('extra.csv', 'question,answer,category\nA?,b,IT,extra\n');
    expect(csv.code).toBe(1);
    expect(problemLines(csv.stderr)).toEqual([
      '  extra.csv row 2, column D: "extra" is under no column name, so it would be lost; move it into a named column, or name its column in row 1',
    ]);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('HR').addRows([
      ['question', 'answer', 'category'],
      ['A?', 'b', 'IT', '', 'also see the handbook'],
    ]);
    await workbook.xlsx.writeFile(path.join(work, 'extra.xlsx'));
    const xlsx = await run(['import', path.join(work, 'extra.xlsx'), '--dir', path.join(work, 'kb')]);
    expect(problemLines(xlsx.stderr)).toEqual([
      '  extra.xlsx, sheet "HR", row 2, column E: "also see the handbook" is under no column name, so it would be lost; move it into a named column, or name its column in row 1',
    ]);
  });

  it("reads each kind of Excel cell as the text a person sees, keeping a hyperlink's address", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HR');
    sheet.addRow(['question', 'answer', 'category', 'keywords', 'links']);
    sheet.addRow([
      'When does open enrollment close?',
      new Date(Date.UTC(2026, 10, 1)),
      { richText: [{ text: 'Bene' }, { text: 'fits', font: { bold: true } }] },
      { formula: 'TRUE()', result: true },
      { text: 'Handbook', hyperlink: 'https://example.com/handbook' },
    ]);
    sheet.addRow([
      'What is the 401(k) match?',
      { text: { richText: [{ text: 'the plan' }] }, hyperlink: 'https://example.com/plan' },
      'Benefits',
      { formula: '"match;"&401', result: 'match;401' },
      '[Plan](https://example.com/plan)',
    ]);
    sheet.getCell('D3').value = { formula: '0.05', result: 0.05 };
    sheet.getCell('D3').numFmt = '0%';
    sheet.addRow(['Where do I mail forms?', { formula: '0.1+0.2', result: 0.1 + 0.2 }, 'Office', 2134]);
    sheet.getCell('D4').numFmt = '00000';
    const file = path.join(work, 'kinds.xlsx');
    await workbook.xlsx.writeFile(file);

    const result = await run(['import', file, '--dir', path.join(work, 'kb'), '--write']);
    expect(result.stderr).toBe('');
    expect(readFileSync(path.join(work, 'kb', 'benefits', 'open-enrollment-close.md'), 'utf8')).toBe(
      [
        '---',
        'question: When does open enrollment close?',
        'keywords: ["TRUE"]',
        'category: Benefits',
        'links:',
        '  - title: Handbook',
        '    url: https://example.com/handbook',
        '---',
        '2026-11-01',
        '',
      ].join('\n'),
    );
    const match = readFileSync(path.join(work, 'kb', 'benefits', '401-k-match.md'), 'utf8');
    expect(match).toContain('keywords: [5%]');
    expect(match).toContain('[the plan](https://example.com/plan)');
    // A ZIP code keeps its leading zero; a formula's result loses its binary noise.
    const mail = readFileSync(path.join(work, 'kb', 'office', 'mail-forms.md'), 'utf8');
    expect(mail).toMatch(/keywords: \["?02134"?\]/);
    expect(mail).toMatch(/---\n0\.3\n$/);
  });

  it('reports a cell showing an error, and a formula with no result, by row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('HR').addRows([
      ['question', 'answer', 'category'],
      ['Q?', { error: '#N/A' }, { formula: 'A1' }],
    ]);
    const file = path.join(work, 'errors.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await run(['import', file, '--dir', path.join(work, 'kb')]);
    expect(result.code).toBe(1);
    expect(problemLines(result.stderr)).toEqual([
      '  errors.xlsx, sheet "HR", row 2, column B ("answer"): shows the error #N/A; fix its formula, or type the text',
      '  errors.xlsx, sheet "HR", row 2, column C ("category"): holds a formula with no saved result; open the file in Excel and save it again',
    ]);
  });

  it('says an empty CSV is empty, in one problem', async () => {
    for (const bytes of ['', '\ufeff', '\r\n\r\n']) {
      const result = await importFile('empty.csv', bytes);
      expect(result.code).toBe(1);
      expect(problemLines(result.stderr)).toEqual([
        '  empty.csv: is empty; a sheet of FAQs has a first row naming its columns (question, answer, category, and any of ' +
          'id, alternates, keywords, related, links) and one FAQ in each row after it',
      ]);
    }
  });

  it('splits keywords and related on commas, and asks how a comma-separated alternates cell is meant', async () => {
    const target = path.join(work, 'kb');
    const list = await importFile(
      'lists.csv',
      'question,answer,category,alternates,keywords,related\n' +
        'When is payday?,Monthly.,Pay,"I missed my lunch break, will I get paid","payday, salary",pay-slip\n' +
        'What is a pay slip?,A statement.,Pay,pay stub,"slip, stub","payday,  "\n',
      target,
    );
    expect(list.stderr).toBe('');
    const payday = readFileSync(path.join(target, 'pay', 'payday.md'), 'utf8');
    expect(payday).toContain('keywords: [payday, salary]');
    expect(payday).toContain('  - I missed my lunch break, will I get paid\n');
    expect(readFileSync(path.join(target, 'pay', 'pay-slip.md'), 'utf8')).toContain('related: [payday]');

    const ambiguous = await importFile(
      'commas.csv',
      'question,answer,category,alternates\nWhen do we get paid?,Monthly.,Pay,"pay date, when do we get paid, salary day"\n',
      path.join(work, 'kb2'),
    );
    expect(ambiguous.code).toBe(1);
    expect(problemLines(ambiguous.stderr)).toEqual([
      '  commas.csv row 2, column "alternates": "pay date, when do we get paid, salary day" has commas but no ";": ' +
        'if it is 3 alternates, separate them with ";" ("pay date; when do we get paid; salary day") or put each on a line ' +
        'of its own; if it is one phrasing, end it with "?"',
    ]);
  });

  it('suggests the id a related item that is not kebab-case means, as validate does for an FAQ file', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const result = await importFile(
      'related.csv',
      'id,question,answer,category,related\n' +
        'gamma,What is gamma?,The third letter.,Greek letters,Beta_Id\n' +
        'delta,What is delta?,The fourth letter.,Greek letters,"Gamma; Delta; Epsilon"\n',
      target,
    );
    expect(result.code).toBe(1);
    const kebab = 'must be kebab-case: lowercase letters, digits and single hyphens';
    expect(problemLines(result.stderr)).toEqual([
      `  related.csv row 2, column "related": item 1 "Beta_Id" ${kebab}; did you mean "beta-id"? That is the id of ${path.join(target, 'sub', 'beta.md')}`,
      `  related.csv row 3, column "related": item 1 "Gamma" ${kebab}; did you mean "gamma"? That is the id of row 2`,
      `  related.csv row 3, column "related": item 2 "Delta" ${kebab}; "delta" is this FAQ's own id: remove it`,
      `  related.csv row 3, column "related": item 3 "Epsilon" ${kebab}; did you mean "epsilon"? (No FAQ has that id yet.)`,
    ]);
  });

  it('reads the FAQs from the one sheet that has their columns when the first sheet is something else', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Instructions').addRows([['Fill the FAQs sheet'], ['One row per FAQ']]);
    workbook.addWorksheet('FAQs').addRows([
      ['Question', 'Answer', 'Category'],
      ['When is payday?', 'Monthly.', 'Pay'],
      ['Where is the handbook?', '', 'Policies'],
    ]);
    const file = path.join(work, 'faqs.xlsx');
    await workbook.xlsx.writeFile(file);
    const bad = await run(['import', file, '--dir', path.join(work, 'kb')]);
    expect(problemLines(bad.stderr)).toEqual(['  faqs.xlsx, sheet "FAQs", row 3, column "answer": is empty']);

    workbook.getWorksheet('FAQs')?.spliceRows(3, 1);
    await workbook.xlsx.writeFile(file);
    const good = await run(['import', file, '--dir', path.join(work, 'kb')]);
    expect(good.stderr).toBe('');
    expect(good.stdout.split('\n').slice(0, 3)).toEqual([
      `faqs.xlsx, sheet "FAQs": 1 FAQ for ${path.join(work, 'kb')} (dry run: nothing written; add --write to write)`,
      '  (read sheet "FAQs": the first sheet, "Instructions", has no question, answer and category columns in its first row)',
      expect.stringMatching(/new\s+\S*pay[/\\]payday\.md {2}\(row 2\)/),
    ]);
  });

  it('names the sheet when no sheet of a workbook has the FAQ columns, and asks which when several do', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Instructions').addRows([['Fill the FAQs sheet']]);
    const file = path.join(work, 'faqs.xlsx');
    await workbook.xlsx.writeFile(file);
    const none = await run(['import', file, '--dir', path.join(work, 'kb')]);
    expect(problemLines(none.stderr)).toEqual([
      `  faqs.xlsx, sheet "Instructions", row 1: unknown column "Fill the FAQs sheet"; the columns are ${COLUMNS.join(', ')}`,
      '  faqs.xlsx, sheet "Instructions", row 1: there is no "question" column',
      '  faqs.xlsx, sheet "Instructions", row 1: there is no "answer" column',
      '  faqs.xlsx, sheet "Instructions", row 1: there is no "category" column',
    ]);

    workbook.addWorksheet('FAQs').addRows([['question', 'answer', 'category']]);
    workbook.addWorksheet('Old FAQs').addRows([['question', 'answer', 'category', 'id']]);
    await workbook.xlsx.writeFile(file);
    const several = await run(['import', file, '--dir', path.join(work, 'kb')]);
    expect(several.code).toBe(1);
    expect(problemLines(several.stderr)).toEqual([
      '  faqs.xlsx: the first sheet, "Instructions", has no question, answer and category columns in its first row, ' +
        'and several sheets have them ("FAQs", "Old FAQs"); move the sheet to import to be the first',
    ]);
  });

  it('stops a row without an id from replacing the FAQ whose id its question makes', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const before = snapshot(target);
    const result = await importFile(
      'new.csv',
      'question,answer,category\nWhen is payday?,Monthly.,Pay\nWhat is alpha?,A new FAQ meant to sit beside the old one.,Greek letters\n',
      target,
    );
    expect(result.code).toBe(1);
    expect(problemLines(result.stderr)).toEqual([
      `  new.csv row 3, column "id": the id made from the question, "alpha", is already the id of ${path.join(target, 'alpha.md')} ("What is alpha?"); ` +
        'to replace that FAQ, put alpha in the id column; to add a new FAQ, reword the question or give the row another id',
    ]);
    expect(snapshot(target)).toEqual(before);

    // With the id named, the same row replaces that FAQ on purpose, as before.
    const named = await importFile(
      'named.csv',
      'id,question,answer,category\nalpha,What is alpha?,A new answer.,Greek letters\n',
      target,
    );
    expect(named.stderr).toBe('');
    expect(named.stdout).toMatch(/changed\s+\S*alpha\.md/);
  });

  it('lets a row without an id match the FAQ its question names when nothing would change', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const result = await importFile(
      'same.csv',
      'question,answer,alternates,keywords,category,related,links\n' +
        'What is alpha?,**Alpha** is the first letter.,alpha meaning; define alpha,alpha,Greek letters,beta-id,Alpha on Wikipedia | https://en.wikipedia.org/wiki/Alpha\n',
      target,
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('1 unchanged');
  });
});

describe('import, the dry run', () => {
  it('finds what --write would find after writing, says so the same way, exits 1 and writes nothing', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const before = snapshot(target);
    // A new FAQ whose alternate is already an alternate of alpha's: fine as a row, refused by validation.
    writeFileSync(
      path.join(work, 'clash.csv'),
      'id,question,answer,category,alternates\ngamma,What is gamma?,The third letter.,More letters,define alpha\n',
    );
    const dry = await run(['import', path.join(work, 'clash.csv'), '--dir', target]);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('dry run: nothing written');
    expect(dry.stdout).toMatch(/new\s+\S*more-letters[/\\]gamma\.md {2}\(row 2\)/);
    expect(dry.stderr).toContain('"define alpha"');
    expect(dry.stderr).toContain(
      'The knowledge base would not pass validation with these rows, so --write would undo the import (nothing was written).',
    );
    // Its findings name the folder's files, as --write's do, not those of the copy it checked.
    expect(dry.stderr).not.toMatch(/hrfaq-import-check-/);
    expect(snapshot(target)).toEqual(before);
    expect(() => statSync(path.join(target, 'more-letters'))).toThrow();

    const written = await run(['import', path.join(work, 'clash.csv'), '--dir', target, '--write']);
    expect(written.code).toBe(1);
    const findings = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(findings(dry.stderr)).toEqual(findings(written.stderr));
    expect(findings(dry.stderr)).toContainEqual(
      expect.stringMatching(
        `^  ${path.join(target, 'more-letters', 'gamma.md')}:\\d+: alternates\\[1\\] "define alpha" is also the alternates\\[2\\] of "alpha"`,
      ),
    );
  });

  it('passes an import that brings no new problem into a folder that had some, as --write keeps it', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('collision'), target, { recursive: true });
    writeFileSync(path.join(work, 'one.csv'), 'question,answer,category\nWhen is payday?,Monthly.,Pay\n');
    const dry = await run(['import', path.join(work, 'one.csv'), '--dir', target]);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(() => statSync(path.join(target, 'pay'))).toThrow();
  });
});

describe('import, against what the folder holds now', () => {
  it('warns, beside the file, that a sheet saved before an edit to it puts back the sheet’s fields', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    const sheet = path.join(work, 'old.csv');
    writeFileSync(
      sheet,
      'id,question,answer,category,keywords\n' +
        'alpha,What is alpha?,An old answer.,Greek letters,\n' +
        'beta-id,What is beta?,An old answer for beta.,Greek letters,\n',
    );
    const saved = new Date('2020-01-02T03:04:05Z');
    utimesSync(sheet, saved, saved);
    // beta was last changed before the sheet was saved; alpha after.
    const earlier = new Date('2019-06-01T00:00:00Z');
    utimesSync(path.join(target, 'sub', 'beta.md'), earlier, earlier);
    const warning =
      `            warning: ${path.join(target, 'alpha.md')} was changed after old.csv was saved: ` +
      "importing puts back the sheet's keywords and answer\n";
    for (const write of [[], ['--write']]) {
      const result = await run(['import', sheet, '--dir', target, ...write]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`(row 2: keywords, answer)\n${warning}`);
      expect(result.stdout.match(/warning:/g)).toHaveLength(1);
    }
    expect(readFileSync(path.join(target, 'alpha.md'), 'utf8')).toContain('An old answer.');

    // A sheet saved after the files changed (as after an export and an edit in Excel) warns of nothing.
    writeFileSync(sheet, 'id,question,answer,category\nalpha,What is alpha?,A newer answer.,Greek letters\n');
    const fresh = await run(['import', sheet, '--dir', target]);
    expect(fresh.stdout).toMatch(/changed\s+\S*alpha\.md/);
    expect(fresh.stdout).not.toContain('warning:');
  });

  it('says the FAQs the sheet has no row for stay as they are, with their count and first few files', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(work, 'alpha.csv'),
      'id,question,answer,category\nalpha,What is alpha?,A new answer.,Greek letters\n',
    );
    const line = `  1 FAQ in the folder has no row in the sheet and stays as it is (deleting a row deletes nothing): ${path.join(target, 'sub', 'beta.md')}\n`;
    for (const write of [[], ['--write']]) {
      const result = await run(['import', path.join(work, 'alpha.csv'), '--dir', target, ...write]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`  0 unchanged\n${line}`);
    }
    expect(statSync(path.join(target, 'sub', 'beta.md')).isFile()).toBe(true);

    const shipped = path.join(work, 'shipped');
    cpSync(DEFAULT_KNOWLEDGE_DIR, shipped, { recursive: true });
    const csv = (await run(['export', '--csv', '--dir', shipped])).stdout.split('\r\n');
    const [header = '', firstRow = ''] = csv;
    writeFileSync(path.join(work, 'one.csv'), `${header}\r\n${firstRow}\r\n`);
    const faqs: Array<{ id: string }> = JSON.parse((await run(['export', '--dir', shipped])).stdout);
    const many = await run(['import', path.join(work, 'one.csv'), '--dir', shipped]);
    expect(many.code).toBe(0);
    expect(many.stdout).toMatch(
      new RegExp(
        `\\n {2}${faqs.length - 1} FAQs in the folder have no row in the sheet and stay as they are \\(deleting a row deletes nothing\\): ` +
          `[^,\\n]+\\.md, [^,\\n]+\\.md, [^,\\n]+\\.md and ${faqs.length - 4} more\\n`,
      ),
    );
  });
});

describe('export to a spreadsheet and import again', () => {
  it.each([
    ['the shipped knowledge base', DEFAULT_KNOWLEDGE_DIR],
    ['a fixture', fixtureKnowledge('valid')],
  ])('leaves every file of %s byte for byte as it was, through CSV and XLSX', async (_name, source) => {
    const target = path.join(work, 'kb');
    cpSync(source, target, { recursive: true });
    const before = snapshot(target);

    const csv = await run(['export', '--csv', '--dir', target]);
    expect(csv.code).toBe(0);
    writeFileSync(path.join(work, 'faqs.csv'), csv.stdout);
    const xlsx = path.join(work, 'faqs.xlsx');
    expect((await run(['export', '--xlsx', xlsx, '--dir', target])).code).toBe(0);

    for (const sheet of [path.join(work, 'faqs.csv'), xlsx]) {
      const result = await run(['import', sheet, '--dir', target, '--write']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/\b(new|changed)\b/);
      expect(snapshot(target)).toEqual(before);
    }
  });

  it('rebuilds an equivalent knowledge base in an empty folder, which exports the same sheet', async () => {
    const csv = (await run(['export', '--csv'])).stdout;
    writeFileSync(path.join(work, 'faqs.csv'), csv);
    const target = path.join(work, 'kb');
    cpSync(path.join(DEFAULT_KNOWLEDGE_DIR, 'synonyms.yml'), path.join(target, 'synonyms.yml'));
    const imported = await run(['import', path.join(work, 'faqs.csv'), '--dir', target, '--write']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect((await run(['export', '--csv', '--dir', target])).stdout).toBe(csv);
  });

  it.each([
    ['the shipped knowledge base', DEFAULT_KNOWLEDGE_DIR],
    ['a fixture', fixtureKnowledge('valid')],
  ])('writes CSV of %s that a strict RFC 4180 reader reads as one record per FAQ', async (_name, source) => {
    const csv = (await run(['export', '--csv', '--dir', source])).stdout;
    const faqs: Array<{ id: string; alternates: string[] }> = JSON.parse(
      (await run(['export', '--dir', source])).stdout,
    );
    // As Python's csv module, Excel and LibreOffice read it: any line break outside quotes ends a record.
    const records: string[][] = parse(csv, { record_delimiter: ['\r\n', '\n', '\r'] });
    expect(records).toHaveLength(faqs.length + 1);
    expect(records.map((record) => record.length)).toEqual(records.map(() => COLUMNS.length));
    expect(records.slice(1).map(([id]) => id)).toEqual(faqs.map((faq) => faq.id));
    expect(records.slice(1).map((record) => record[3]?.split('\n').filter((item) => item !== ''))).toEqual(
      faqs.map((faq) => faq.alternates),
    );
  });

  it('round-trips a lone list item that a one-line cell would read otherwise', async () => {
    const target = path.join(work, 'kb');
    cpSync(fixtureKnowledge('valid'), target, { recursive: true });
    writeFileSync(
      path.join(target, 'school.md'),
      '---\nquestion: Can I cut my hours for school?\nalternates: ["going back to school, need fewer hours"]\n' +
        'keywords: ["school; study"]\ncategory: Hours\n---\nAsk your manager.\n',
    );
    const before = snapshot(target);
    const csv = await run(['export', '--csv', path.join(work, 'faqs.csv'), '--dir', target]);
    expect(csv.code).toBe(0);
    const xlsx = path.join(work, 'faqs.xlsx');
    expect((await run(['export', '--xlsx', xlsx, '--dir', target])).code).toBe(0);
    for (const sheet of [path.join(work, 'faqs.csv'), xlsx]) {
      const result = await run(['import', sheet, '--dir', target, '--write']);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('3 unchanged');
      expect(snapshot(target)).toEqual(before);
    }
  });

  it('writes CSV to a file, and keeps JSON as the default export', async () => {
    const file = path.join(work, 'out.csv');
    const result = await run(['export', '--csv', file, '--dir', fixtureKnowledge('valid')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Wrote 2 FAQs to/);
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toBe(
      'id,question,answer,alternates,keywords,category,related,links',
    );
    expect(JSON.parse((await run(['export', '--dir', fixtureKnowledge('valid')])).stdout)).toHaveLength(2);
  });

  it('needs a file for --xlsx', async () => {
    const result = await run(['export', '--xlsx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--xlsx needs a file/);
  });

  it('refuses a file name whose extension is not that of the format, saying which to use', async () => {
    const xlsx = await run(['export', '--xlsx', path.join(work, 'out.csv'), '--dir', fixtureKnowledge('valid')]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toMatch(
      /^--xlsx writes an Excel workbook: give the file a name ending in \.xlsx, e\.g\. out\.xlsx, or use --csv out\.csv for CSV text\nUsage: hrfaq export /,
    );
    const csv = await run(['export', '--csv', path.join(work, 'out.xlsx'), '--dir', fixtureKnowledge('valid')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(
      /^--csv writes CSV text: give the file a name ending in \.csv, e\.g\. out\.csv, or use --xlsx out\.xlsx for an Excel workbook\n/,
    );
    const txt = await run(['export', '--csv', path.join(work, 'out.txt'), '--dir', fixtureKnowledge('valid')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toMatch(/^--csv writes CSV text: give the file a name ending in \.csv, e\.g\. out\.csv\n/);
    expect(readdirSync(work)).toEqual([]);
    // Any case of the extension will do, as import reads it.
    expect(
      (await run(['export', '--xlsx', path.join(work, 'OUT.XLSX'), '--dir', fixtureKnowledge('valid')])).code,
    ).toBe(0);
  });

  it('says in words why the file cannot be written: a missing folder, a folder, a file in the way', async () => {
    const valid = fixtureKnowledge('valid');
    for (const format of ['xlsx', 'csv']) {
      const missing = path.join(work, 'nowhere', `faqs.${format}`);
      const none = await run(['export', `--${format}`, missing, '--dir', valid]);
      expect(none.code).toBe(1);
      expect(none.stderr).toBe(
        `${missing}: cannot be written: the folder ${path.join(work, 'nowhere')} does not exist\n`,
      );

      const folder = await run(['export', `--${format}`, work, '--dir', valid]);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toBe(
        `${work} is a folder; give a file name such as ${path.join(work, `faqs.${format}`)}\n`,
      );
    }
    writeFileSync(path.join(work, 'notes'), 'a file');
    const blocked = path.join(work, 'notes', 'faqs.xlsx');
    const inTheWay = await run(['export', '--xlsx', blocked, '--dir', valid]);
    expect(inTheWay.code).toBe(1);
    expect(inTheWay.stderr).toBe(
      `${blocked}: cannot be written: ${path.join(work, 'notes')} is a file where its folder should be; rename or move that file\n`,
    );
  });

  it('replaces an earlier export whole, leaving no partial file beside it', async () => {
    const valid = fixtureKnowledge('valid');
    for (const format of ['xlsx', 'csv']) {
      const file = path.join(work, `again.${format}`);
      writeFileSync(file, 'an earlier export');
      expect((await run(['export', `--${format}`, file, '--dir', valid])).code).toBe(0);
      expect(readFileSync(file).toString('latin1')).not.toContain('an earlier export');
    }
    expect(readdirSync(work).filter((name) => name.includes('partial'))).toEqual([]);
  });

  it("exports each FAQ's links in the JSON, as they are in the FAQ", async () => {
    const exported: Array<{ id: string; links: unknown }> = JSON.parse(
      (await run(['export', '--dir', DEFAULT_KNOWLEDGE_DIR])).stdout,
    );
    const kb = loadValid(DEFAULT_KNOWLEDGE_DIR);
    expect(kb.faqs.some((faq) => faq.links.length > 0)).toBe(true);
    expect(exported.map(({ id, links }) => ({ id, links }))).toEqual(
      kb.faqs.map(({ id, links }) => ({ id, links: links.map(({ title, url }) => ({ title, url })) })),
    );
  });
});
