// Names a table gives by its columns: under a 模型 header every cell is a model's name, under 厂商
// a company's, whatever their form (云岫-Pro, 深蓝求索). The row links a model to its company. The
// document then reads these names everywhere, as it does the names found by their form.
import { bundledCues } from './attributeCues.ts';
import { aliasKey, foldCase, type KnowledgeBase } from './knowledge.ts';
import type { Table } from './structure.ts';

/** A name the document's structure gives an entity the knowledge base lacks: a table's column or a list (listedNames.ts). */
export interface GivenName {
  /** The name as the table or the list writes it. */
  written: string;
  kind: 'model' | 'vendor' | 'product';
  entityId: string;
  vendorId?: string;
}

const MODEL_HEADER = /^(模型|模型名称|模型名稱|模型名|大模型|模型版本|旗舰模型|旗艦模型|model|models|model name|(?:模型|大模型|model)\s*[/／、]\s*(?:产品|產品|应用|應用|版本|product|app)|(?:产品|產品|应用|應用|product|app)\s*[/／、]\s*(?:模型|大模型|model))$/i;
const VENDOR_HEADER = /^(厂商|廠商|厂家|廠家|品牌|品牌名|品牌名称|品牌名稱|公司|企业|企業|开发商|開發商|研发方|研發方|提供商|供应商|供應商|出品方|所属公司|所屬公司|发布方|發布方|vendor|company|developer|provider)$/i;
/** A column of products, apps, agents, machines, chips, devices, plans or computing centres: its cells are products (gn9.8xlarge under 实例规格, 天翼云长沙智算中心 under 智算中心). */
export const PRODUCT_HEADER = /^(产品|產品|产品名称|產品名稱|应用|應用|智能体|智能體|agent|app|实例|實例|实例规格|實例規格|实例类型|實例類型|规格|規格|机型|機型|机种|機種|机款|機款|型号|型號|产品型号|產品型號|规格型号|規格型號|设备|設備|终端|終端|芯片|晶片|加速卡|显卡|顯卡|服务器|伺服器|机器人|機器人|手机|手機|笔记本|筆記本|筆電|智算中心|数据中心|數據中心|算力中心|计算中心|計算中心|超算中心|中心名称|中心名稱|项目名称|項目名稱|instance|instance type|sku|device|chip|data center)$/i;
/** A column of the chips machines hold (处理器, SoC, 主控芯片, 计算平台). */
export const CHIP_HEADER = /^(?:处理器|處理器|芯片|晶片|SoC|CPU|GPU|NPU|主控|主控芯片|主控晶片|计算平台|計算平台)(?:型号|型號)?$/i;
/** A cell that can be a name: letters, digits and the joiners names use, starting with a letter or digit. */
const NAME_CELL = /^[\p{L}\p{N}][\p{L}\p{N} .\-_+·/]{0,38}[\p{L}\p{N}+]$/u;
/** Cells that stand for no one: totals, placeholders, comparisons, a header's words for what a column says (设置, 基准, 指标),
 * and the words a filing or a company uses for itself (发行人, 本公司): the writer, named elsewhere. */
const NOT_A_NAME = /^(?:发行人|發行人|本公司|公司|我司|本集团|本集團|集团|集團|我们|我們|自研|自主研发|自主研發|设置|設置|设定|設定|基准|基準|指标|指標|任务|任務|类别|類別|类型|類型|维度|維度|说明|說明|方法|测试集|測試集|评测集|評測集|数据集|數據集|setting|settings|metric|metrics|task|benchmark|shots?|合计|合計|总计|總計|(?:行业|行業|可比公司|同业|同業)?(?:平均|平均值|均值|中位数|中位數)|(?:其他|其它|其余|其餘)(?:厂商|廠商|公司|企业|企業|品牌|模型|产品|產品)?|小计|小計|备注|備註|暂无|暫無|未公布|未知|不详|不詳|total|average|mean|median|other|others|n\/a|na|tbd)$/i;
/** A cell that is a number with a unit or a plain figure (128K, 4元): a value, not a name. */
// (and a quantity with its scale word, 1亿tokens, 10万次: a tier of a resource pack, no product)
const FIGURE_CELL = /^[\d.,，]+\s*(?:\S{0,4}|[万亿億萬千百]\s*[A-Za-z\u4e00-\u9fff]{0,8})$/;

/** The model and company names of the tables whose header names such columns, KB-known names left out. */
export function tableNames(tables: readonly Table[], kb: KnowledgeBase): GivenName[] {
  const out: GivenName[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    const header = table.rows.find((r) => r.header);
    if (!header) continue;
    const columnOf = (re: RegExp) => header.cells.find((c) => re.test(c.text.trim()))?.column;
    const modelColumn = columnOf(MODEL_HEADER), vendorColumn = columnOf(VENDOR_HEADER);
    // (the first column of products, when no column holds models: a row is about its own machine, not the chip it holds)
    // (not a corner over what is measured, | 规格 | Shuyuan-4-Pro | Shuyuan-4-Flash | over 总参数, 上下文长度: a comparison
    // on its side, read below)
    const productHeaded = modelColumn === undefined ? columnOf(PRODUCT_HEADER) : undefined;
    // (nor a corner over names the knowledge base knows, | 機型 | Galaxy S25 Ultra | iPhone 16 Pro Max | over RAM, 電池容量:
    // the header holds the products, the first column what is measured of them)
    const cornered = productHeaded !== undefined && productHeaded === header.cells[0]?.column;
    const onItsSide = cornered && ((COMPARISON_CORNER.test(header.cells[0].text.trim()) && measuresInFirstColumn(table, productHeaded)) || knownInHeader(header.cells, kb) >= 2);
    const productColumn = onItsSide ? undefined : productHeaded;
    if (productColumn !== undefined) out.push(...productCells(table, productColumn, kb, seen));
    // (and the chip each machine holds, in a column of its own: | 機種 | 處理器 | → Core Ultra 7 258V)
    const chipColumn = productColumn !== undefined ? header.cells.find((c) => c.column !== productColumn && CHIP_HEADER.test(c.text.trim()))?.column : undefined;
    if (chipColumn !== undefined) out.push(...productCells(table, chipColumn, kb, seen));
    // a table turned on its side, | 模型 | 渊鉴-2.5-480B | 渊鉴-2.5-Flash | over rows of what is measured (总参数, 上下文长度):
    // the header's other cells are the models, the first column's cells no names
    if (modelColumn !== undefined && modelColumn === header.cells[0]?.column && measuresInFirstColumn(table, modelColumn)) {
      for (const c of header.cells) {
        const t = c.text.trim();
        // (a header's word for what a column says, 计费单位 or 单价, is no model)
        if (c.column === modelColumn || !mayBeName(t) || known(kb, t) || beginsWithKnown(kb, t) || seen.has(`m${t}`) || isMeasure(t)) continue;
        seen.add(`m${t}`);
        out.push({ written: t, kind: 'model', entityId: `model:${aliasKey(t)}` });
      }
      continue;
    }
    if (modelColumn === undefined && vendorColumn === undefined) {
      if (productColumn !== undefined) continue;
      // | | 小米AI眼镜 Pro | Lumi S2 | AirMe | over rows of what is measured (到手价, 重量): a comparison turned on its side,
      // whose header names the things compared — of the kind the known one among them is
      const corner = header.cells.find((c) => c.column === 0)?.text.trim() ?? '';
      if ((!corner || COMPARISON_CORNER.test(corner) || onItsSide) && labelsInFirstColumn(table, kb)) {
        // (rows that measure what only a model has, 参数量 or 上下文, say the things compared are models)
        const modelRows = table.rows.some((r) => !r.header && MODEL_MEASURE_LABEL.test(r.cells.find((c) => c.column === 0)?.text.trim() ?? ''));
        out.push(...comparedInHeader(header.cells.filter((c) => c.column > 0).map((c) => c.text.trim()), kb, seen, modelRows));
        continue;
      }
      // no column says what its cells are: the header's cells, or the first column's, are models or companies
      // when two or more of them are names the knowledge base knows of that kind (| 项目 | 文心一言 | Kimi | 小满 |)
      out.push(...siblingCells(header.cells.filter((c) => c.column > 0).map((c) => c.text.trim()), kb, seen));
      out.push(...siblingCells(table.rows.filter((r) => !r.header).map((r) => r.cells.find((c) => c.column === 0)?.text.trim() ?? ''), kb, seen));
      continue;
    }
    for (const row of table.rows) {
      if (row.header) continue;
      const cellText = (column: number | undefined) => {
        const t = column === undefined ? '' : row.cells.find((c) => c.column === column)?.text.trim() ?? '';
        return mayBeName(t) ? t : undefined;
      };
      const vendor = cellText(vendorColumn), model = cellText(modelColumn);
      const vendorKnown = vendor ? known(kb, vendor, 'vendor') : undefined;
      const vendorId = vendorKnown ?? (vendor ? `vendor:${aliasKey(vendor)}` : undefined);
      if (vendor && !vendorKnown && !seen.has(`v${vendor}`)) {
        seen.add(`v${vendor}`);
        out.push({ written: vendor, kind: 'vendor', entityId: vendorId! });
      }
      // (a cell that begins with a known name is that name with a method or a setting: Qwen2-7B-Instruct + CRPO)
      if (model && !known(kb, model) && !beginsWithKnown(kb, model) && !seen.has(`m${model}`)) {
        seen.add(`m${model}`);
        const name: GivenName = { written: model, kind: 'model', entityId: `model:${aliasKey(model)}` };
        if (vendorId) name.vendorId = vendorId;
        out.push(name);
      }
    }
  }
  return out;
}

/** The names of a column of products the knowledge base lacks. */
function productCells(table: Table, column: number, kb: KnowledgeBase, seen: Set<string>): GivenName[] {
  const out: GivenName[] = [];
  for (const row of table.rows) {
    const cell = row.header ? '' : row.cells.find((c) => c.column === column)?.text.trim() ?? '';
    if (!mayBeName(cell) || known(kb, cell) || beginsWithKnown(kb, cell) || seen.has(`p${cell}`)) continue;
    seen.add(`p${cell}`);
    out.push({ written: cell, kind: 'product', entityId: `product:${aliasKey(cell)}` });
  }
  return out;
}

/** Whether the first column below the header holds short labels of what is measured (到手价, 重量, 官方续航), no names, over values. */
function labelsInFirstColumn(table: Table, kb: KnowledgeBase): boolean {
  const body = table.rows.filter((r) => !r.header);
  const cells = body.map((r) => r.cells.find((c) => c.column === 0)?.text.trim() ?? '');
  // (and the rows' other cells mostly values: 1699元, 40g)
  const values = body.flatMap((r) => r.cells.filter((c) => c.column > 0).map((c) => c.text.trim()));
  return cells.length >= 2 && cells.every((c) => MEASURE_LABEL.test(c) && !beginsWithKnown(kb, c)) && values.filter((v) => /^[约約~≈]?\s*[\d.]/.test(v)).length * 2 >= values.length;
}
/** A row's label of what only a model has (参数量, 激活参数, 上下文长度, 模型类型, 层数). */
const MODEL_MEASURE_LABEL = /^(?:总?参数量?|總?參數量?|激活参数|激活參數|上下文(?:长度|長度|窗口)?|模型类型|模型類型|层数|層數|训练数据|訓練數據|向量维度|向量維度|最大输入长度|最大輸入長度)$/;
/** A short label of a measure: Chinese words, perhaps a Latin unit or a bracket (续航(h), 显存/内存). */
const MEASURE_LABEL = /^[\u4e00-\u9fff][\u4e00-\u9fff（）()\/A-Za-z]{0,11}$/;

/** Whether most cells of a column below its header say what is measured (总参数, 激活参数, 上下文长度): two at least. */
function measuresInFirstColumn(table: Table, column: number): boolean {
  const cells = table.rows.filter((r) => !r.header).map((r) => r.cells.find((c) => c.column === column)?.text.trim() ?? '').filter(Boolean);
  const measures = cells.filter(isMeasure).length;
  return measures >= 2 && measures * 2 >= cells.length;
}

/** Whether a cell says what is measured, its bracket aside: 上下文长度（tokens） does, Paraformer-KQ（语音识别） is a name and its use. */
function isMeasure(cell: string): boolean {
  return bundledCues().hits(cell.replace(/[（(][^）)]*[）)]/g, '').trim()).length > 0;
}

/** How many of a header's cells after its corner are names the knowledge base knows, or begin with one. */
function knownInHeader(cells: Table['rows'][number]['cells'], kb: KnowledgeBase): number {
  return cells.filter((c) => c.column > 0 && mayBeName(c.text.trim()) && (known(kb, c.text.trim()) || beginsWithKnown(kb, c.text.trim()))).length;
}

/** A header cell that is a time, no name (2024年, 2025Q1, FY2024, H1). */
const TIME_CELL = /^(?:\d{2,4}\s*(?:年|財年|财年|Q[1-4]|H[12])|FY\s?\d{2,4}|Q[1-4]|H[12]|[12]\d{3})/i;
/** The corner of a comparison turned on its side (| 对比项 | A | B |). */
const COMPARISON_CORNER = /^(?:项目|項目|对比项|對比項|对比|對比|参数|參數|规格|規格|指标|指標|配置|型号|型號)$/;

/** The unknown names of a header that compares things, one of them known: of the known one's kind (a product's by default). */
function comparedInHeader(cells: readonly string[], kb: KnowledgeBase, seen: Set<string>, models = false): GivenName[] {
  const names = cells.filter((c) => mayBeName(c) && !NOT_A_NAME.test(c));
  if (names.length < 2 || names.length < cells.length) return [];
  const knownKinds = names.map((c) => { const id = known(kb, c); return id ? kb.kindOf(id) : undefined; });
  // (with no known one, names written with Latin letters, none a time, are products: | | 小米AI眼镜 Pro | Lumi S2 | AirMe |)
  const first = knownKinds.find((k) => k) ?? (names.every((c) => /[A-Za-z]/.test(c) && !TIME_CELL.test(c)) ? (models ? 'model' : 'product') : undefined);
  if (!first) return [];
  const kind = first === 'vendor' ? 'vendor' : first === 'model' ? 'model' : 'product';
  const out: GivenName[] = [];
  names.forEach((cell, i) => {
    if (knownKinds[i] || beginsWithKnown(kb, cell) || seen.has(`${kind[0]}${cell}`)) return;
    seen.add(`${kind[0]}${cell}`);
    out.push({ written: cell, kind, entityId: `${kind}:${aliasKey(cell)}` });
  });
  return out;
}

/** The unknown names among cells of which two or more are known names of one kind, given that kind. */
function siblingCells(cells: readonly string[], kb: KnowledgeBase, seen: Set<string>): GivenName[] {
  // (a column of benchmarks, MMLU | C-Eval | MATH, names no models)
  if (cells.some((c) => c && bundledCues().isBenchmark(c))) return [];
  const kinds = cells.map((c) => (c ? kb.aliases.get(aliasKey(c))?.map((e) => kb.kindOf(e.entityId)) : undefined));
  const count = (k: 'model' | 'vendor') => kinds.filter((ks) => ks?.some((x) => x === k || (k === 'model' && x === 'product'))).length;
  const models = count('model'), vendors = count('vendor');
  const kind = models >= 2 && models > vendors ? 'model' : vendors >= 2 && vendors > models ? 'vendor' : undefined;
  if (!kind) return [];
  const out: GivenName[] = [];
  cells.forEach((cell, i) => {
    if (kinds[i] || !mayBeName(cell) || beginsWithKnown(kb, cell) || seen.has(`${kind[0]}${cell}`)) return;
    seen.add(`${kind[0]}${cell}`);
    out.push({ written: cell, kind, entityId: `${kind}:${aliasKey(cell)}` });
  });
  return out;
}

/** Whether a cell can be a name: name-like characters, no total or placeholder, no value. */
function mayBeName(cell: string): boolean {
  // (合计/平均: a total row that also gives the averages)
  return NAME_CELL.test(cell) && !cell.split(/\s*[/／、]\s*/).every((part) => NOT_A_NAME.test(part)) && !FIGURE_CELL.test(cell);
}

/** Whether a known name starts the cell. */
function beginsWithKnown(kb: KnowledgeBase, cell: string): boolean {
  // (a whole word of it: vivo does not begin Vivobook Q7)
  return kb.findAliases(foldCase(cell)).some((hit) => hit.start === 0 && !(/[A-Za-z]/.test(cell[hit.end - 1]) && /[A-Za-z]/.test(cell[hit.end] ?? '')));
}

/** The id of a name the knowledge base knows (of the kind, when given). */
function known(kb: KnowledgeBase, name: string, kind?: 'vendor'): string | undefined {
  const entries = kb.aliases.get(aliasKey(name));
  if (!entries?.length) return undefined;
  const entry = kind ? entries.find((e) => kb.kindOf(e.entityId) === kind) : entries[0];
  return entry?.entityId ?? (kind ? undefined : entries[0].entityId);
}
