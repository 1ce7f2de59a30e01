import { Converter } from 'opencc-js/t2cn';
import { foldForMatching, simplifyCharacters } from '../../../shared/monitoring/matching/foldText';
import { compileRuleSet, matchItem } from '../../../shared/monitoring/matching/ruleMatcher';
import type { MatchableItem, RuleInput } from '../../../shared/monitoring/matching/ruleMatcher';
import { defaultSynonymGroups } from '../../../shared/monitoring/matching/synonyms';
import type { QueryLeaf, QueryNode } from '../../../shared/monitoring/query/queryAst';
import type { BenchComparison } from '../ipcBench';
import { createRandom, pick } from '../search/searchBenchSupport';

/**
 * Keyword-rule matching throughput (issue 9: at 1,000 rules, folding + matching at least 20× a
 * naive baseline, and cost growing far slower than the rule count).
 *
 * Corpus: SYNTHETIC, generated here from a fixed seed: items of mixed Traditional Chinese,
 * Simplified Chinese and English sentences built from crisis-monitoring vocabulary, some with
 * spaced-out or symbol-split Chinese (evasion), about 3 MB of UTF-8. Rules: generated from the same
 * vocabulary plus per-rule brand names, in the shapes users write (AND of a brand and an OR of
 * topics, exact phrases with NOT, NEAR/n, OR of a term and a NEAR).
 *
 * Subject: `compileRuleSet` once, then `matchItem` per item (folding every field and matching all
 * rules, NEAR included). Baseline, measured in the same run on the same items: one RegExp per
 * keyword (every leaf text of every rule, escaped, case-insensitive) tested against the
 * lower-cased item text, with no folding and no boolean evaluation: what a straightforward
 * implementation does, and cheaper per keyword than the subject's work.
 *
 * Each measurement runs over the corpus from its start until a time box is used up (at least 20
 * items), so the slow baseline at 5,000 rules still finishes; throughput is bytes processed / time.
 */

const ruleCounts = [10, 100, 1_000, 5_000] as const;
/** Time box per measurement (ms). */
const timeBoxMs = 1_500;
/** Items in the corpus. */
const corpusItems = 3_000;

const traditionalTopics = [
  '資料外洩',
  '個資',
  '召回',
  '爆炸',
  '罷工',
  '詐騙',
  '停電',
  '駭客',
  '品質',
  '客訴',
  '網路',
  '軟體',
];
const simplifiedTopics = [
  '数据泄露',
  '个人信息',
  '召回',
  '爆炸',
  '罢工',
  '诈骗',
  '停电',
  '黑客',
  '质量',
  '投诉',
  '网络',
  '软件',
];
const englishTopics = [
  'breach',
  'recall',
  'outage',
  'lawsuit',
  'fraud',
  'strike',
  'fire',
  'hack',
  'boycott',
  'leak',
];
const traditionalFiller = [
  '根據消息人士透露，',
  '該公司昨日發表聲明表示，',
  '主管機關已經介入調查，',
  '許多消費者在社群媒體上抱怨，',
  '記者會上發言人強調，',
  '目前尚無人員傷亡，',
  '股價在盤中一度重挫，',
];
const simplifiedFiller = [
  '据知情人士透露，',
  '该公司昨天发表声明表示，',
  '监管部门已经介入调查，',
  '许多消费者在社交媒体上抱怨，',
  '发布会上发言人强调，',
  '目前尚无人员伤亡，',
  '股价盘中一度大跌，',
];
const englishFiller = [
  'According to people familiar with the matter,',
  'the company said in a statement on Monday that',
  'regulators have opened an investigation and',
  'customers complained on social media that',
  'a spokesperson stressed at the press conference that',
  'no injuries have been reported so far and',
  'shares fell sharply in early trading as',
];

/** `brand<n>` names: what distinguishes one rule from another, as in real rule sets. */
function brand(index: number): string {
  return `brand${index}`;
}

/** One synthetic sentence in a random language, mentioning a brand and a topic now and then. */
function sentence(random: () => number): string {
  const language = random();
  const mentionsBrand = random() < 0.3;
  const name = mentionsBrand ? brand(Math.floor(random() * 5_000)) : '';
  if (language < 0.35) {
    const topic = pick(traditionalTopics, random);
    // Evasion: a topic spelled with spaces or symbols between its characters.
    const written = random() < 0.1 ? Array.from(topic).join(random() < 0.5 ? ' ' : '*') : topic;
    return `${pick(traditionalFiller, random)}${name}${pick(traditionalFiller, random)}${written}事件持續延燒。`;
  }
  if (language < 0.7) {
    return `${pick(simplifiedFiller, random)}${name}${pick(simplifiedFiller, random)}${pick(simplifiedTopics, random)}事件持续发酵。`;
  }
  return `${pick(englishFiller, random)} ${name} ${pick(englishFiller, random)} the ${pick(englishTopics, random)} is spreading. `;
}

/** The synthetic corpus (labelled as such in the report). */
export function syntheticCorpus(): MatchableItem[] {
  const random = createRandom(9);
  return Array.from({ length: corpusItems }, (_, index) => {
    const sentences = Array.from({ length: 6 + Math.floor(random() * 12) }, () => sentence(random));
    return {
      title: sentence(random).slice(0, 60),
      text: sentences.join(''),
      sourceName: `Synthetic source ${index % 20}`,
      sourceTags: [index % 2 === 0 ? 'news' : 'forum'],
    };
  });
}

const span = { start: 0, end: 0 };
const leaf = (kind: 'term' | 'phrase', text: string): QueryLeaf => ({
  kind,
  text,
  field: 'any',
  span,
});

/** `count` rules in the shapes users write, over the corpus vocabulary. */
export function syntheticRules(count: number): RuleInput[] {
  return Array.from({ length: count }, (_, index) => {
    const english = englishTopics[index % englishTopics.length] ?? 'breach';
    const traditional = traditionalTopics[index % traditionalTopics.length] ?? '召回';
    const name = brand(index);
    let query: QueryNode;
    switch (index % 4) {
      case 0:
        query = {
          kind: 'and',
          children: [
            leaf('term', name),
            { kind: 'or', children: [leaf('term', english), leaf('term', traditional)], span },
          ],
          span,
        };
        break;
      case 1:
        query = {
          kind: 'near',
          left: leaf('term', name),
          right: leaf('term', traditional),
          distance: 10,
          span,
        };
        break;
      case 2:
        query = {
          kind: 'and',
          children: [
            leaf('phrase', `${name} the ${english}`),
            { kind: 'not', child: leaf('term', 'drill'), span },
          ],
          span,
        };
        break;
      default:
        query = {
          kind: 'or',
          children: [
            leaf('term', `${traditional}${name}`),
            {
              kind: 'near',
              left: leaf('term', name),
              right: leaf('term', english),
              distance: 8,
              span,
            },
          ],
          span,
        };
    }
    return { id: `rule-${index}`, query };
  });
}

/** Every leaf text of a query: the baseline's keywords. */
function leafTexts(node: QueryNode): string[] {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return [node.text];
    case 'and':
    case 'or':
      return node.children.flatMap(leafTexts);
    case 'not':
      return leafTexts(node.child);
    case 'near':
      return [node.left.text, node.right.text];
  }
}

/** Bytes (UTF-8) of an item's title and text: what throughput is counted in. */
function itemBytes(item: MatchableItem): number {
  return Buffer.byteLength(item.title) + Buffer.byteLength(item.text);
}

/** MB/s of `work` over the corpus from its start, until the time box is used up. */
function throughput(
  items: readonly MatchableItem[],
  bytes: readonly number[],
  work: (item: MatchableItem) => number,
): number {
  let processed = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  for (let index = 0; ; index = (index + 1) % items.length) {
    const item = items[index];
    if (item === undefined) {
      break;
    }
    sink += work(item);
    processed += bytes[index] ?? 0;
    elapsed = performance.now() - started;
    if (elapsed >= timeBoxMs && index >= 20) {
      break;
    }
  }
  if (sink < 0) {
    console.log(sink);
  }
  return processed / 1e6 / (elapsed / 1_000);
}

/** One rule count's figures. */
export type MatchingBenchRow = {
  rules: number;
  keywords: number;
  compileMs: number;
  subjectMBps: number;
  baselineMBps: number;
  /** Items matched by at least one rule (subject), per 1,000 items, so the work is not empty. */
  matchedPerThousand: number;
};

/** What the matching bench measured. */
export type MatchingBenchResult = {
  items: number;
  megabytes: number;
  rows: MatchingBenchRow[];
  foldMBps: number;
  tableMBps: number;
  openccMBps: number;
  comparisons: BenchComparison[];
};

/** Runs the matching bench (pure Node, no browser). */
export function runMatchingBench(): MatchingBenchResult {
  const items = syntheticCorpus();
  const bytes = items.map(itemBytes);
  const totalBytes = bytes.reduce((sum, value) => sum + value, 0);
  const rows: MatchingBenchRow[] = [];
  for (const count of ruleCounts) {
    const rules = syntheticRules(count);
    const compileStarted = performance.now();
    const set = compileRuleSet(rules, defaultSynonymGroups);
    const compileMs = performance.now() - compileStarted;
    const keywords = [...new Set(rules.flatMap((rule) => leafTexts(rule.query)))];
    const patterns = keywords.map(
      (keyword) => new RegExp(keyword.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'iu'),
    );
    let matched = 0;
    for (const item of items.slice(0, 1_000)) {
      matched += matchItem(set, item).length > 0 ? 1 : 0;
    }
    const subjectMBps = throughput(items, bytes, (item) => matchItem(set, item).length);
    const baselineMBps = throughput(items, bytes, (item) => {
      const text = `${item.title}\n${item.text}`.toLowerCase();
      let hits = 0;
      for (const pattern of patterns) {
        hits += pattern.test(text) ? 1 : 0;
      }
      return hits;
    });
    rows.push({
      rules: count,
      keywords: keywords.length,
      compileMs,
      subjectMBps,
      baselineMBps,
      matchedPerThousand: matched,
    });
  }
  const converter = Converter({ from: 'tw', to: 'cn' });
  const foldMBps = throughput(items, bytes, (item) => foldForMatching(item.text).text.length);
  const tableMBps = throughput(items, bytes, (item) => simplifyCharacters(item.text).length);
  const openccMBps = throughput(items, bytes, (item) => converter(item.text).length);
  return {
    items: items.length,
    megabytes: totalBytes / 1e6,
    rows,
    foldMBps,
    tableMBps,
    openccMBps,
    comparisons: rows.map((row) => ({
      name: `Rule matching at ${row.rules.toLocaleString('en-US')} rules (MB/s as ops/s): automaton vs one RegExp per keyword`,
      subjectOpsPerSecond: row.subjectMBps,
      baselineOpsPerSecond: row.baselineMBps,
      ratio: row.subjectMBps / row.baselineMBps,
    })),
  };
}

/** Prints the matching bench's table. */
export function reportMatchingBench(result: MatchingBenchResult): void {
  const mbps = (value: number) => `${value.toFixed(1)} MB/s`.padStart(12);
  console.log(
    `Keyword rule matching (SYNTHETIC corpus: ${result.items.toLocaleString('en-US')} items, ${result.megabytes.toFixed(2)} MB UTF-8, mixed zh-Hant/zh-Hans/en)`,
  );
  console.log(
    '   rules  keywords   compile     automaton   RegExp/keyword    ratio   matched/1000',
  );
  for (const row of result.rows) {
    console.log(
      `  ${row.rules.toLocaleString('en-US').padStart(6)}  ${String(row.keywords).padStart(8)}  ${`${row.compileMs.toFixed(0)} ms`.padStart(8)}  ${mbps(row.subjectMBps)}  ${mbps(row.baselineMBps)}  ${`${(row.subjectMBps / row.baselineMBps).toFixed(1)}×`.padStart(8)}  ${String(row.matchedPerThousand).padStart(12)}`,
    );
  }
  const first = result.rows[0];
  const last = result.rows.at(-1);
  if (first !== undefined && last !== undefined) {
    console.log(
      `  cost growth ${first.rules} → ${last.rules} rules (${last.rules / first.rules}×): automaton ${(first.subjectMBps / last.subjectMBps).toFixed(2)}×, baseline ${(first.baselineMBps / last.baselineMBps).toFixed(1)}×`,
    );
  }
  console.log(
    `  folding alone: foldForMatching ${mbps(result.foldMBps).trim()}; Traditional → Simplified table ${mbps(result.tableMBps).trim()} vs opencc-js t2cn Converter ${mbps(result.openccMBps).trim()}`,
  );
  console.log('  target: at 1,000 rules ≥ 20× the baseline\n');
}
