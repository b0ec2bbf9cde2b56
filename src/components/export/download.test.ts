import { describe, expect, it } from 'vitest';
import { csvField, defuseFormula, toCsv } from './download';

describe('CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['web-prod', 'web-prod'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('defuses a cell a spreadsheet would run: %j', (value, expected) => {
    expect(defuseFormula(value)).toBe(expected);
  });

  it('quotes every field and doubles the quotes inside', () => {
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
  });

  it('writes a BOM, a header and one CRLF line per row', () => {
    const csv = toCsv(['a', 'b'], [['1', '=2']]);
    expect(csv).toBe('\uFEFF"a","b"\r\n"1","\'=2"\r\n');
  });
});
