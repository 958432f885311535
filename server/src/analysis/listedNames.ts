// Names a list gives by their company: in 文心一言、Kimi、讯飞星火和小满 the last is a model as the
// others are, though nothing else says so. A name the knowledge base lacks, written in a list of two or
// more names of one kind, or opening one of an enumeration's lines most of which open with known names of
// one kind (### 3. Reflection AI：), is a name of that kind; the document then reads it everywhere, as it
// reads the names a table's columns give (tableNames.ts).
import { bundledCues } from './attributeCues.ts';
import { aliasKey, type KnowledgeBase } from './knowledge.ts';
import type { GivenName } from './tableNames.ts';
import type { EntityKind } from './types.ts';

interface Listed { start: number; end: number; kind: EntityKind; tentative?: boolean }

/** What joins a list's names: 、 and the words for "and" (，以及 closes a list written with 、). */
const JOINER = '(?:[、,，]?\\s*(?:以及|还有|還有|和|与|與|及|跟|或者|或)|、|,(?= ?[A-Za-z]))';
/** What joins two names of one list (、, 和, 与, 以及, 或). */
export const NAMES_JOINED = new RegExp(`^\\s*${JOINER}\\s*$`);
/** A name's form: Chinese characters that are no function word (a Latin or digit tail allowed: 云岫Vision, 远征A2), or a Latin name. */
const CJK_NAME = '(?:[\\u4e00-\\u9fff](?<![的是为為和与與及在将將已了款个個把被对對从從向等这這那其各该該])){2,6}?(?:[A-Za-z][A-Za-z0-9.+\\-]*)?';
const LATIN_NAME = '[A-Za-z][A-Za-z0-9.+\\-]*(?: [A-Z0-9][A-Za-z0-9.+\\-]*){0,2}';
const NAME = `(${CJK_NAME}|${LATIN_NAME})`;
/** A name between two of the list's names. */
const BETWEEN = new RegExp(`^\\s*${JOINER}\\s*${NAME}\\s*${JOINER}\\s*$`);
/** What may follow the list's last name: punctuation, or a word that says the list is over (等, 之间, 放在一起, 横评). */
const LIST_OVER = '(?=\\s*(?:[，。；：！？、,.;:!?（(）)\\n|“”"「」『』]|$|等|的|之间|之間|这|這|都|均|各|也|三|四|五|两|兩|几|幾|在|放|进行|進行|对比|對比|相比|横评|橫評|测评|測評|评测|評測|同台|一起|PK))';
const AFTER_LAST = new RegExp(`^\\s*${JOINER}\\s*${NAME}${LIST_OVER}`, 'd');
/** What may come before the list's first name: punctuation, a line's start, or a word that opens a list (包括, 如, 了). */
const BEFORE_FIRST = new RegExp(`(?:[，。；：！？,.;:!?（(\\n|“"「『]|包括|如|像|比如|例如|诸如|諸如|了|有|是|对|對|把|将|將)\\s*${NAME}\\s*${JOINER}\\s*$`, 'd');
/** Words that make an item a description, not a name: 国产大模型, 其他厂商, 人类专家, 开源社区; a party a filing names by its role (集團). */
const DESCRIPTION = /模型|公司|产品|產品|平台|厂商|廠商|企业|企業|团队|團隊|用户|用戶|其他|其它|其余|其餘|国产|國產|国内|國內|国外|國外|海外|开源|開源|闭源|閉源|大厂|大廠|巨头|巨頭|们|們|人类|人類|专家|專家|行业|行業|市场|市場|政府|机构|機構|高校|学校|學校|系列|版本|功能|能力|服务|服務|技术|技術|方案|应用|應用|场景|場景|芯片|晶片|手机|手機|电脑|電腦|此外|另外|同时|同時|自家|自研|本土|新锐|新銳|创业|創業|初创|初創|头部|頭部|主流|领先|領先|知名|全球|中国|中國|美国|美國|日本|韩国|韓國|欧洲|歐洲|社区|社區|生态|生態|数据|數據|算力|资本|資本|基金|投资|投資|银行|銀行|大学|大學|实验室|實驗室|研究院|政策|标准|標準|领域|領域|产业|產業|方向|业务|業務|工具|助手|框架|具身|多模态|多模態|赛道|賽道|板块|板塊|旗下|下属|下屬|所属|所屬|背景|控股|集团|集團|客户|客戶|双方|雙方|对方|對方|本行|该行|該行/;
const LATIN_DESCRIPTION = /^(?:ai|api|app|apps|gpu|gpus|cpu|npu|tpu|pc|llm|llms|saas|maas|paas|iaas|aigc|agi|agent|agents|etc|and|or|the|vs|other|others|moe|rag|ar|vr|xr|iot|it|b端|c端|infra|ai infra)$/i;
/** Adverbs and linking words a list may be read to start with (通用能力上…，基本和DeepSeek-V3、Claude处在同一梯队): never names. */
const FUNCTION_WORD = /^(?:基本|基本上|大概|大约|大約|几乎|幾乎|已经|已經|甚至|同样|同樣|一样|一樣|主要|目前|现在|現在|还是|還是|并且|並且|而且|尤其|特别|特別|包括|例如|比如|只有|仅有|僅有|都是|也是|就是|正是|分别|分別|然后|然後|之后|之後|之前|以前|其中|当中|當中|无论|無論|不论|不論|虽然|雖然|但是|不过|不過|可以|能够|能夠|一直|始终|始終|依然|仍然|整体|整體|总体|總體|明显|明顯|略微|稍微|大致|大体|大體|完全|直接|真正|确实|確實)$/;

const overlaps = (mentions: readonly Listed[], start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);

/** The kinds a list's known names agree on: the kind most of them have (a model on a tie with a product). */
function kindOf(members: readonly Listed[]): 'model' | 'vendor' | undefined {
  const count = (k: EntityKind) => members.filter((m) => m.kind === k).length;
  const models = count('model') + count('product'), vendors = count('vendor');
  if (models >= 2 && models > vendors) return 'model';
  if (vendors >= 2 && vendors > models) return 'vendor';
  return undefined;
}

function isName(item: string, kb: KnowledgeBase): boolean {
  const name = item.trim();
  if (name.length < 2 || /^\d/.test(name) || DESCRIPTION.test(name) || LATIN_DESCRIPTION.test(name) || FUNCTION_WORD.test(name)) return false;
  return !kb.aliases.has(aliasKey(name));
}

/**
 * The names the lists of one block give: runs of known names joined by 、/和/与/及 (two or more, of one
 * kind), and the unknown name written between two of them, before the first or after the last.
 */
export function listedNames(text: string, mentions: readonly Listed[], kb: KnowledgeBase): GivenName[] {
  const firm = mentions.filter((m) => !m.tentative && (m.kind === 'model' || m.kind === 'product' || m.kind === 'vendor'));
  if (firm.length < 2) return [];
  const out: GivenName[] = [];
  const add = (written: string, kind: 'model' | 'vendor') => {
    const name = written.trim();
    if (isName(name, kb) && !out.some((o) => o.written === name)) out.push({ written: name, kind, entityId: `${kind}:${aliasKey(name)}` });
  };
  for (let i = 0; i < firm.length;) {
    // a run: known names, each joined to the next by a joiner alone or by a joiner, a name and a joiner
    const run: Listed[] = [firm[i]];
    const between: string[] = [];
    let j = i + 1;
    for (; j < firm.length; j++) {
      const gap = text.slice(firm[j - 1].end, firm[j].start);
      if (NAMES_JOINED.test(gap)) { run.push(firm[j]); continue; }
      const inner = BETWEEN.exec(gap);
      if (!inner) break;
      between.push(inner[1]);
      run.push(firm[j]);
    }
    i = j;
    // (benchmarks listed together, MMLU、C-Eval和GSM8K, are no models: their list gives no names)
    const kind = run.some((m) => m.kind === 'product' && bundledCues().isBenchmark(text.slice(m.start, m.end))) ? undefined : kindOf(run);
    if (!kind) continue;
    for (const b of between) add(b, kind);
    const last = run[run.length - 1];
    const after = AFTER_LAST.exec(text.slice(last.end, last.end + 40));
    if (after && !overlaps(mentions, last.end + after.indices![1][0], last.end + after.indices![1][1])) add(after[1], kind);
    // (a line's start reads as a break: the text before a block's first character is none)
    const first = run[0], from = Math.max(0, first.start - 40);
    const window = (from === 0 ? '\n' : '') + text.slice(from, first.start);
    const before = BEFORE_FIRST.exec(window);
    const offset = from - (from === 0 ? 1 : 0);
    if (before && !overlaps(mentions, offset + before.indices![1][0], offset + before.indices![1][1])) add(before[1], kind);
  }
  return out;
}

/** An enumerated line's name before its colon or bracket: ### 5. Reflection AI：…, ④ 码灵（…）, 1、星衍智能：…. */
const ENUMERATED_NAME = /^\s*(#{1,6}\s*)?(\d{1,2}\s*[.、)）]|[①-⑳]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}\s*[、.])\s*([A-Za-z][A-Za-z0-9.+\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\-]*){0,3}|[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9.\-]{1,11})\s*(?:[：:（(|｜]|——)/d;

/** The style of an enumeration's mark (1. and 一、 number different lists: items, and the sections they sit in). */
function markStyle(heading: string | undefined, mark: string): string {
  const kind = /^\d/.test(mark) ? 'arabic' : /^[①-⑳]/.test(mark) ? 'circled' : /^[（(]/.test(mark) ? 'bracketed' : 'chinese';
  return `${heading?.trim() ?? ''}${kind}`;
}

/**
 * The names enumerated lines give by their company: when most of the lines of one enumeration open with names
 * of one kind the knowledge base or the text knows, three at least (### 2. xAI：…, ### 4. Mistral AI：…), the
 * others' names are of that kind: companies or models (a list of products is too often one of topics: 一、CoWoS：).
 */
export function enumeratedNames(texts: readonly string[], mentions: ReadonlyArray<readonly Listed[]>, kb: KnowledgeBase): GivenName[] {
  const lists = new Map<string, Array<{ name: string; kind?: EntityKind }>>();
  for (let i = 0; i < texts.length; i++) {
    const m = ENUMERATED_NAME.exec(texts[i]);
    if (!m) continue;
    const [start, end] = m.indices![3];
    const known = mentions[i].find((e) => !e.tentative && e.start === start && e.end === end);
    const style = markStyle(m[1], m[2]);
    lists.set(style, [...(lists.get(style) ?? []), { name: m[3], kind: known?.kind }]);
  }
  const out: GivenName[] = [];
  for (const items of lists.values()) {
    const count = (k: EntityKind) => items.filter((x) => x.kind === k).length;
    const kind = count('vendor') >= 3 && count('vendor') * 2 >= items.length ? 'vendor' : count('model') >= 3 && count('model') * 2 >= items.length ? 'model' : undefined;
    if (!kind) continue;
    for (const x of items) {
      if (x.kind || !isName(x.name, kb) || out.some((o) => o.written === x.name)) continue;
      out.push({ written: x.name, kind, entityId: `${kind}:${aliasKey(x.name)}` });
    }
  }
  return out;
}
