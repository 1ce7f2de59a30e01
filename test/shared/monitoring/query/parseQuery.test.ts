import { describe, expect, it } from 'vitest';
import {
  describeQuery,
  maxReportedQueryErrors,
  parseQuery,
  queryLeaves,
} from '../../../../shared/monitoring/query/parseQuery';
import {
  maxQueryDepth,
  maxQueryLength,
  queryErrorCodes,
  type QueryError,
  type QueryErrorCode,
  type QueryNode,
} from '../../../../shared/monitoring/query/queryAst';

/** The tree of a query that must parse, as a compact S-expression (spans left out). */
function tree(input: string): string {
  const parsed = parseQuery(input);
  if (!parsed.ok) throw new Error(`${input} did not parse: ${JSON.stringify(parsed.errors)}`);
  return sExpression(parsed.query);
}

function sExpression(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const prefix = node.field === 'any' ? '' : `${node.field}:`;
      return node.kind === 'term' ? `${prefix}${node.text}` : `${prefix}"${node.text}"`;
    }
    case 'not':
      return `not(${sExpression(node.child)})`;
    case 'near':
      return `near${String(node.distance)}(${sExpression(node.left)}, ${sExpression(node.right)})`;
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(sExpression).join(', ')})`;
  }
}

/** The errors of a query that must fail, as plain rows. */
function errorsOf(input: string): QueryError[] {
  const parsed = parseQuery(input);
  if (parsed.ok) throw new Error(`${input} parsed as ${sExpression(parsed.query)}`);
  return parsed.errors;
}

function error(code: QueryError['code'], start: number, end: number, value?: string): QueryError {
  return value === undefined
    ? { code, span: { start, end } }
    : { code, span: { start, end }, value };
}

/** A tree without spans, for structural comparison. */
function withoutSpans(node: QueryNode): unknown {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return { kind: node.kind, text: node.text, field: node.field };
    case 'not':
      return { kind: 'not', child: withoutSpans(node.child) };
    case 'near':
      return {
        kind: 'near',
        left: withoutSpans(node.left),
        right: withoutSpans(node.right),
        distance: node.distance,
      };
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map(withoutSpans) };
  }
}

/**
 * The fastest of five runs after a warm-up: a shared two-core machine can stall any one run for
 * tens of milliseconds, while a parser that is super-linear or stuck is slow on all five.
 */
function fastestRunMs(run: () => void): number {
  run();
  let fastest = Infinity;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('parseQuery: operands', () => {
  it('reads a term, a phrase and keeps the text as typed', () => {
    expect(parseQuery('Brand')).toEqual({
      ok: true,
      query: { kind: 'term', text: 'Brand', field: 'any', span: { start: 0, end: 5 } },
    });
    expect(parseQuery(' "data  breach" ')).toEqual({
      ok: true,
      query: { kind: 'phrase', text: 'data  breach', field: 'any', span: { start: 1, end: 15 } },
    });
  });

  it('takes a Chinese run as one term and joins runs split by spaces with AND', () => {
    expect(tree('個資外洩')).toBe('個資外洩');
    expect(tree('個資外洩 罰款')).toBe('and(個資外洩, 罰款)');
    expect(tree('個資外洩\u3000罰款')).toBe('and(個資外洩, 罰款)');
  });

  it('keeps - _ . @ # and similar connectors inside words', () => {
    expect(tree('e-mail user_name v2.0 a@b.com #個資 AT&T')).toBe(
      'and(e-mail, user_name, v2.0, a@b.com, #個資, AT&T)',
    );
  });

  it('splits words on other punctuation, Chinese and English, and ignores symbol-only words', () => {
    expect(tree('個資外洩，罰款。')).toBe('and(個資外洩, 罰款)');
    expect(tree('a, b! - ... c')).toBe('and(a, b, c)');
  });

  it('accepts full-width and CJK corner quotes as phrase quotes', () => {
    expect(tree('“資料 外洩”')).toBe('"資料 外洩"');
    expect(tree('「資料外洩」')).toBe('"資料外洩"');
    expect(tree('『資料外洩』')).toBe('"資料外洩"');
    expect(tree('＂個資＂')).toBe('"個資"');
    // Mixed straight and curly quotes still close each other.
    expect(tree('“data breach"')).toBe('"data breach"');
    expect(tree('「say "hi"」')).toBe('"say "hi""');
  });

  it('takes a word right after a phrase as the next operand', () => {
    expect(tree('"a b"c')).toBe('and("a b", c)');
  });

  it('counts astral characters (CJK extension B) by UTF-16 offsets', () => {
    const parsed = parseQuery('𠀀𠀁 x');
    expect(parsed).toMatchObject({
      ok: true,
      query: {
        kind: 'and',
        children: [
          { text: '𠀀𠀁', span: { start: 0, end: 4 } },
          { text: 'x', span: { start: 5, end: 6 } },
        ],
      },
    });
  });
});

describe('parseQuery: operators and precedence', () => {
  it('reads every operator', () => {
    expect(tree('a AND b')).toBe('and(a, b)');
    expect(tree('a OR b')).toBe('or(a, b)');
    expect(tree('NOT a b')).toBe('and(not(a), b)');
    expect(tree('b NOT a')).toBe('and(b, not(a))');
    expect(tree('b -a')).toBe('and(b, not(a))');
    expect(tree('a NEAR/3 b')).toBe('near3(a, b)');
    expect(tree('"data breach" NEAR/50 個資')).toBe('near50("data breach", 個資)');
    expect(tree('(a)')).toBe('a');
  });

  it('implies AND between neighbours, also around groups and negations', () => {
    expect(tree('a b c')).toBe('and(a, b, c)');
    expect(tree('a (b OR c) d')).toBe('and(a, or(b, c), d)');
    expect(tree('(a)(b)')).toBe('and(a, b)');
    expect(tree('a -b -"c d" -(e f)')).toBe('and(a, not(b), not("c d"), not(and(e, f)))');
  });

  it('binds AND tighter than OR, implied or explicit', () => {
    expect(tree('a OR b c')).toBe('or(a, and(b, c))');
    expect(tree('a b OR c')).toBe('or(and(a, b), c)');
    expect(tree('a OR b AND c OR d')).toBe('or(a, and(b, c), d)');
    expect(tree('(a OR b) c')).toBe('and(or(a, b), c)');
  });

  it('binds NEAR tighter than AND and OR', () => {
    expect(tree('a b NEAR/2 c')).toBe('and(a, near2(b, c))');
    expect(tree('a NEAR/2 b OR c')).toBe('or(near2(a, b), c)');
    expect(tree('a OR b NEAR/2 c d')).toBe('or(a, and(near2(b, c), d))');
  });

  it('binds NOT tighter than NEAR, so NOT next to NEAR is an operand error', () => {
    expect(errorsOf('NOT a NEAR/3 b')).toEqual([error('near-operand', 6, 12)]);
    expect(errorsOf('a NEAR/3 -b')).toEqual([error('near-operand', 2, 8)]);
    expect(tree('x NOT (a NEAR/3 b)')).toBe('and(x, not(near3(a, b)))');
    expect(tree('x NOT a OR b c')).toBe('or(and(x, not(a)), and(b, c))');
  });

  it('is left associative and flattens nested AND and OR of one kind', () => {
    expect(tree('a AND b AND c')).toBe('and(a, b, c)');
    expect(tree('(a b) (c (d e))')).toBe('and(a, b, c, d, e)');
    expect(tree('a OR (b OR (c OR d))')).toBe('or(a, b, c, d)');
    expect(tree('(a OR b) OR c')).toBe('or(a, b, c)');
    expect(tree('a (b OR c) OR d')).toBe('or(and(a, or(b, c)), d)');
  });

  it('cancels double negation', () => {
    expect(tree('a NOT NOT b')).toBe('and(a, b)');
    expect(tree('a -NOT b')).toBe('and(a, b)');
    expect(tree('a NOT (NOT b)')).toBe('and(a, b)');
  });

  it('treats lower-case and, or, not, near as words', () => {
    expect(tree('rock and roll or not')).toBe('and(rock, and, roll, or, not)');
    expect(tree('near/3 Near')).toBe('and(near/3, Near)');
    expect(tree('NEARBY ANDROID ORDER NOTE')).toBe('and(NEARBY, ANDROID, ORDER, NOTE)');
  });

  it('reads full-width parentheses', () => {
    expect(tree('（a OR b）c')).toBe('and(or(a, b), c)');
    expect(tree('(a OR b）')).toBe('or(a, b)');
  });

  it('spans a composite node over its operands and parentheses', () => {
    const parsed = parseQuery('x (a OR b) NOT c');
    expect(parsed).toMatchObject({
      ok: true,
      query: {
        kind: 'and',
        span: { start: 0, end: 16 },
        children: [
          { span: { start: 0, end: 1 } },
          { kind: 'or', span: { start: 2, end: 10 } },
          { kind: 'not', span: { start: 11, end: 16 } },
        ],
      },
    });
  });
});

describe('parseQuery: fields', () => {
  it('scopes a term, a phrase and a group', () => {
    expect(tree('title:brand')).toBe('title:brand');
    expect(tree('text:"data breach"')).toBe('text:"data breach"');
    expect(tree('source:(udn OR 聯合報)')).toBe('or(source:udn, source:聯合報)');
    expect(tree('title:「個資外洩」')).toBe('title:"個資外洩"');
  });

  it('includes the prefix in the leaf span', () => {
    expect(parseQuery('x title:"a b"')).toMatchObject({
      ok: true,
      query: { children: [{}, { field: 'title', span: { start: 2, end: 13 } }] },
    });
  });

  it('applies a group field to every leaf inside, the inner field winning', () => {
    expect(tree('title:(a text:b (c OR source:d) -e)')).toBe(
      'and(title:a, text:b, or(title:c, source:d), not(title:e))',
    );
    expect(tree('title:(a text:(b c)) d')).toBe('and(title:a, text:b, text:c, d)');
  });

  it('accepts field names in any case and a full-width colon', () => {
    expect(tree('Title:a TEXT：b')).toBe('and(title:a, text:b)');
  });

  it('takes an operator word right after a field as a term', () => {
    expect(tree('title:AND title:NEAR/3')).toBe('and(title:AND, title:NEAR/3)');
  });

  it('negates a scoped term with a leading minus', () => {
    expect(tree('a -title:b')).toBe('and(a, not(title:b))');
  });

  it('does not take URLs, times or double colons as fields', () => {
    expect(tree('https://example.com/a?b=1%20c~d')).toBe('https://example.com/a?b=1%20c~d');
    expect(tree('http://x.tw mailto:pr@x.tw')).toBe('and(http://x.tw, mailto:pr@x.tw)');
    expect(tree('10:30 std::map')).toBe('and(10:30, std::map)');
    expect(tree('covid:19 note: 標題:個資')).toBe('and(covid:19, note:, 標題:個資)');
  });

  it('joins NEAR operands of the same field', () => {
    expect(tree('title:a NEAR/2 title:b')).toBe('near2(title:a, title:b)');
    expect(tree('title:(a NEAR/2 "b c")')).toBe('near2(title:a, title:"b c")');
  });
});

describe('parseQuery: errors', () => {
  it('reports every error code for a typical mistake', () => {
    // A Record, so a new code does not compile until it has an example here.
    const examples: Record<QueryErrorCode, string> = {
      empty: ' ',
      'too-long': 'a'.repeat(maxQueryLength + 1),
      'too-deep': `${'('.repeat(maxQueryDepth + 1)}a${')'.repeat(maxQueryDepth + 1)}`,
      'unclosed-quote': '"a',
      'empty-phrase': 'a ""',
      'unclosed-parenthesis': '(a',
      'unexpected-parenthesis': 'a)',
      'missing-operand': 'a AND',
      'unknown-field': 'url:a',
      'empty-field': 'title: a',
      'near-distance': 'a NEAR/0 b',
      'near-operand': '(a b) NEAR/2 c',
      'only-negative': 'NOT a',
    };
    for (const code of queryErrorCodes) {
      expect(errorsOf(examples[code]).map((found) => found.code)).toEqual([code]);
    }
  });

  it('empty: blank, full-width blank, or nothing but punctuation', () => {
    expect(errorsOf('')).toEqual([error('empty', 0, 0)]);
    expect(errorsOf(' \u3000\t')).toEqual([error('empty', 0, 3)]);
    expect(errorsOf('- ... ,')).toEqual([error('empty', 0, 7)]);
  });

  it('too-long: spans what is over the limit, and nothing else is parsed', () => {
    const input = `${'a '.repeat(maxQueryLength / 2)}(`;
    expect(errorsOf(input)).toEqual([error('too-long', maxQueryLength, maxQueryLength + 1)]);
    expect(parseQuery('a '.repeat(maxQueryLength / 2)).ok).toBe(true);
  });

  it('too-deep: the first parenthesis past the limit', () => {
    const allowed = `${'('.repeat(maxQueryDepth)}a${')'.repeat(maxQueryDepth)}`;
    expect(tree(allowed)).toBe('a');
    const deeper = `${'('.repeat(maxQueryDepth + 1)}a${')'.repeat(maxQueryDepth + 1)}`;
    expect(errorsOf(deeper)).toEqual([error('too-deep', maxQueryDepth, maxQueryDepth + 1)]);
  });

  it('unclosed-quote: from the quote to the end', () => {
    expect(errorsOf('a AND "data breach')).toEqual([error('unclosed-quote', 6, 18)]);
    expect(errorsOf('title:「個資')).toEqual([error('unclosed-quote', 6, 9)]);
    expect(errorsOf('a "')).toEqual([error('unclosed-quote', 2, 3)]);
  });

  it('empty-phrase: nothing, blanks or only punctuation between quotes', () => {
    expect(errorsOf('a ""')).toEqual([error('empty-phrase', 2, 4)]);
    expect(errorsOf('「 」 OR b')).toEqual([error('empty-phrase', 0, 3)]);
    expect(errorsOf('"..."')).toEqual([error('empty-phrase', 0, 5)]);
  });

  it('unclosed-parenthesis: each opener, in input order, after other errors', () => {
    expect(errorsOf('(a OR b')).toEqual([error('unclosed-parenthesis', 0, 1)]);
    expect(errorsOf('x (a (b')).toEqual([
      error('unclosed-parenthesis', 2, 3),
      error('unclosed-parenthesis', 5, 6),
    ]);
    expect(errorsOf('(a AND')).toEqual([
      error('missing-operand', 3, 6),
      error('unclosed-parenthesis', 0, 1),
    ]);
  });

  it('unexpected-parenthesis: a closer without opener', () => {
    expect(errorsOf('a) b')).toEqual([error('unexpected-parenthesis', 1, 2)]);
    expect(errorsOf('(a)) OR b）')).toEqual([
      error('unexpected-parenthesis', 3, 4),
      error('unexpected-parenthesis', 9, 10),
    ]);
  });

  it('missing-operand: an operator at the start, at the end, doubled, or an empty group', () => {
    expect(errorsOf('AND a')).toEqual([error('missing-operand', 0, 3)]);
    expect(errorsOf('OR a')).toEqual([error('missing-operand', 0, 2)]);
    expect(errorsOf('NEAR/3 a')).toEqual([error('missing-operand', 0, 6)]);
    expect(errorsOf('a AND')).toEqual([error('missing-operand', 2, 5)]);
    expect(errorsOf('a NOT')).toEqual([error('missing-operand', 2, 5)]);
    expect(errorsOf('a NEAR/3')).toEqual([error('missing-operand', 2, 8)]);
    expect(errorsOf('a AND OR b')).toEqual([error('missing-operand', 6, 8)]);
    expect(errorsOf('a OR OR b')).toEqual([error('missing-operand', 5, 7)]);
    expect(errorsOf('(a OR) b')).toEqual([error('missing-operand', 3, 5)]);
    expect(errorsOf('(NOT)')).toEqual([error('missing-operand', 1, 4)]);
    expect(errorsOf('a ( ) b')).toEqual([error('missing-operand', 2, 5)]);
    // A lone minus is punctuation, not a NOT missing its operand.
    expect(tree('a -')).toBe('a');
  });

  it('unknown-field: letters and a colon before a term, phrase or group', () => {
    expect(errorsOf('url:x')).toEqual([error('unknown-field', 0, 4, 'url')]);
    expect(errorsOf('a Author:"x y" site:(b)')).toEqual([
      error('unknown-field', 2, 9, 'Author'),
      error('unknown-field', 15, 20, 'site'),
    ]);
    expect(errorsOf('subtitle:個資')).toEqual([error('unknown-field', 0, 9, 'subtitle')]);
  });

  it('empty-field: a field followed by nothing, a blank or punctuation', () => {
    expect(errorsOf('title:')).toEqual([error('empty-field', 0, 6, 'title')]);
    expect(errorsOf('title: brand')).toEqual([error('empty-field', 0, 6, 'title')]);
    expect(errorsOf('a OR Source:')).toEqual([error('empty-field', 5, 12, 'Source')]);
    expect(errorsOf('(text:) a')).toEqual([error('empty-field', 1, 6, 'text')]);
    expect(errorsOf('title:... a')).toEqual([error('empty-field', 0, 6, 'title')]);
  });

  it('near-distance: zero, not a number, above the maximum, or missing', () => {
    expect(errorsOf('a NEAR/0 b')).toEqual([error('near-distance', 2, 8, '0')]);
    expect(errorsOf('a NEAR/x b')).toEqual([error('near-distance', 2, 8, 'x')]);
    expect(errorsOf('a NEAR/51 b')).toEqual([error('near-distance', 2, 9, '51')]);
    expect(errorsOf('a NEAR/99 b')).toEqual([error('near-distance', 2, 9, '99')]);
    expect(errorsOf('a NEAR/ b')).toEqual([error('near-distance', 2, 7, '')]);
    expect(errorsOf('a NEAR b')).toEqual([error('near-distance', 2, 6)]);
    expect(errorsOf('a NEAR/99999999999999999999 b')).toMatchObject([{ code: 'near-distance' }]);
    expect(tree('a NEAR/1 b c NEAR/05 d')).toBe('and(near1(a, b), near5(c, d))');
  });

  it('near-operand: a group, a negation, a chain or different fields next to NEAR', () => {
    expect(errorsOf('(a b) NEAR/2 c')).toEqual([error('near-operand', 6, 12)]);
    expect(errorsOf('a NEAR/2 (b OR c)')).toEqual([error('near-operand', 2, 8)]);
    expect(errorsOf('a NEAR/2 b NEAR/2 c')).toEqual([error('near-operand', 11, 17)]);
    expect(errorsOf('title:a NEAR/2 b')).toEqual([error('near-operand', 8, 14)]);
    expect(errorsOf('title:(a NEAR/2 text:b)')).toEqual([error('near-operand', 9, 15)]);
  });

  it('only-negative: a query that can only exclude, pointing at the excluding OR branches', () => {
    expect(errorsOf('NOT a')).toEqual([error('only-negative', 0, 5)]);
    expect(errorsOf('-a -b')).toEqual([error('only-negative', 0, 5)]);
    expect(errorsOf('a OR NOT b')).toEqual([error('only-negative', 5, 10)]);
    expect(errorsOf('-a OR b OR (-c -d)')).toEqual([
      error('only-negative', 0, 2),
      error('only-negative', 11, 18),
    ]);
    expect(errorsOf('NOT (a OR b)')).toEqual([error('only-negative', 0, 12)]);
    // Whatever can only exclude inside a positive AND, or is negated again, is fine.
    expect(tree('a -b')).toBe('and(a, not(b))');
    expect(tree('x (a OR NOT b)')).toBe('and(x, or(a, not(b)))');
    expect(tree('NOT (a OR NOT b)')).toBe('not(or(a, not(b)))');
  });

  it('reports several errors at once, in input order', () => {
    expect(errorsOf('url:x AND OR title: a NEAR/0 b "c')).toEqual([
      error('unknown-field', 0, 4, 'url'),
      error('missing-operand', 10, 12),
      error('empty-field', 13, 19, 'title'),
      error('near-distance', 22, 28, '0'),
      error('unclosed-quote', 31, 33),
    ]);
    expect(errorsOf('(a AND) b) ""')).toEqual([
      error('missing-operand', 3, 6),
      error('unexpected-parenthesis', 9, 10),
      error('empty-phrase', 11, 13),
    ]);
  });

  it('does not report only-negative on top of a syntax error', () => {
    expect(errorsOf('NOT a)')).toEqual([error('unexpected-parenthesis', 5, 6)]);
  });
});

/** Syntax pieces in a scrambled but reproducible order, `length` characters long. */
function junk(length: number): string {
  const pieces = '()"「」-:AND OR NEAR/ title:x url:y 個資 ）';
  return Array.from({ length }, (_, index) => pieces.charAt((index * 7919) % pieces.length)).join(
    '',
  );
}

describe('parseQuery: pathological input', () => {
  const cases: Record<string, string> = {
    'parentheses 2,000 deep': '('.repeat(maxQueryLength),
    'parentheses 10,000 deep': '('.repeat(10_000),
    'balanced nesting at the length limit': `${'('.repeat(999)}a${')'.repeat(1000)}`,
    'closers only': ')'.repeat(maxQueryLength),
    'operators only': 'AND OR '.repeat(285),
    'a 1,000-operator chain': 'a AND '.repeat(333),
    'NOT chain': `${'NOT '.repeat(499)}a`,
    'minus chain': `${'-'.repeat(1999)}a`,
    'NEAR chain': `${'a NEAR/3 '.repeat(222)}a`,
    quotes: '"'.repeat(maxQueryLength),
    fields: 'title:'.repeat(333),
    'unknown fields': 'url:'.repeat(500),
    junk: junk(maxQueryLength),
  };

  for (const [name, input] of Object.entries(cases)) {
    it(`${name}: answers in under 50 ms with at most ${String(maxReportedQueryErrors)} errors`, () => {
      expect(fastestRunMs(() => parseQuery(input))).toBeLessThan(50);
      const parsed = parseQuery(input);
      if (!parsed.ok) {
        expect(parsed.errors.length).toBeGreaterThan(0);
        expect(parsed.errors.length).toBeLessThanOrEqual(maxReportedQueryErrors);
        for (const found of parsed.errors) {
          expect(queryErrorCodes).toContain(found.code);
          expect(found.span.start).toBeGreaterThanOrEqual(0);
          expect(found.span.end).toBeLessThanOrEqual(input.length);
          expect(found.span.start).toBeLessThanOrEqual(found.span.end);
        }
      }
    });
  }

  it('names too-deep first for 2,000 open parentheses', () => {
    expect(errorsOf('('.repeat(maxQueryLength))[0]).toEqual(
      error('too-deep', maxQueryDepth, maxQueryDepth + 1),
    );
  });

  it('parses a long valid chain flat', () => {
    const parsed = parseQuery(`${'a OR '.repeat(399)}a`);
    expect(parsed.ok && parsed.query.kind === 'or' && parsed.query.children.length).toBe(400);
  });

  it('never throws on any short mix of the syntax characters', () => {
    const alphabet = [
      'a',
      ' ',
      '(',
      ')',
      '"',
      '-',
      'title:',
      'url:',
      'AND',
      'OR',
      'NOT',
      'NEAR/2',
      '「',
      '」',
    ];
    let count = 0;
    // Every sequence of three pieces, plus their spaced forms: 2 × 14³ queries.
    for (const first of alphabet) {
      for (const second of alphabet) {
        for (const third of alphabet) {
          for (const input of [first + second + third, `${first} ${second} ${third}`]) {
            const parsed = parseQuery(input);
            if (parsed.ok)
              expect(tree(describeQuery(parsed.query))).toBe(sExpression(parsed.query));
            else expect(parsed.errors.length).toBeGreaterThan(0);
            count += 1;
          }
        }
      }
    }
    expect(count).toBe(2 * alphabet.length ** 3);
  });
});

describe('describeQuery', () => {
  it('prints the canonical form', () => {
    const parsed = parseQuery('(title:"data breach" OR 個資外洩) -test');
    expect(parsed.ok && describeQuery(parsed.query)).toBe(
      '(title:"data breach" OR 個資外洩) AND NOT test',
    );
  });

  it.each([
    ['a b', 'a AND b'],
    ['a OR b c', 'a OR b AND c'],
    ['(a OR b) c', '(a OR b) AND c'],
    ['-(a b) c', 'NOT (a AND b) AND c'],
    ['NOT (a NEAR/2 b) c', 'NOT (a NEAR/2 b) AND c'],
    ['title:(a NEAR/2 「b c」) OR d', 'title:a NEAR/2 title:"b c" OR d'],
    ['「say "hi"」 x', '「say "hi"」 AND x'],
    ['＂a"b」＂ x', '『a"b」』 AND x'],
    ['-title:a b', 'NOT title:a AND b'],
  ])('describes %s as %s', (input, expected) => {
    const parsed = parseQuery(input);
    expect(parsed.ok && describeQuery(parsed.query)).toBe(expected);
  });

  it.each([
    '(title:"data breach" OR 個資外洩) AND NOT test',
    'a OR b c (d OR -e) NOT (f g)',
    'title:(a text:(b OR "c d") -e) source:udn',
    'x (a NEAR/5 b OR c NEAR/1 "d e")',
    'title:AND title:NEAR/3 title:-x https://a.b/c 10:30',
    '「say "hi"」 OR ＂a"b」＂ OR “x”',
    '((a OR b) (c OR (d e)))',
    '--a b',
  ])('round-trips %s', (input) => {
    const parsed = parseQuery(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const again = parseQuery(describeQuery(parsed.query));
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    expect(withoutSpans(again.query)).toEqual(withoutSpans(parsed.query));
  });
});

describe('queryLeaves', () => {
  it('lists every term and phrase left to right, under NOT and NEAR too', () => {
    const parsed = parseQuery('a (b OR -"c d") title:(e NEAR/2 f)');
    if (!parsed.ok) throw new Error('did not parse');
    expect(queryLeaves(parsed.query).map((leaf) => `${leaf.field}:${leaf.text}`)).toEqual([
      'any:a',
      'any:b',
      'any:c d',
      'title:e',
      'title:f',
    ]);
  });
});
