import { parse } from 'csv-parse/sync';
import { writeCsv } from '../../src/cli/spreadsheet-files';

describe('writeCsv', () => {
  it('quotes every cell holding a line break, a comma or a quote, or starting or ending with a space', () => {
    const cells = ['one\ntwo', 'lone\n', 'a\r\nb', 'pay, date', 'say "hi"', ' lead', 'trail ', 'plain', ''];
    expect(writeCsv([cells])).toBe('"one\ntwo","lone\n","a\r\nb","pay, date","say ""hi"""," lead","trail ",plain,\r\n');
  });

  it('writes what a strict RFC 4180 reader reads back cell for cell, a record per row', () => {
    const table = [
      ['id', 'alternates'],
      ['payday', 'pay date\nsalary day\nwhen do we get paid'],
      ['pay-slip', ' "stub", slip '],
    ];
    expect(parse(writeCsv(table), { record_delimiter: ['\r\n', '\n', '\r'] })).toEqual(table);
  });
});
