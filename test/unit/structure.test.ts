// Document structure: what Markdown hides from the analysis (by the Markdown parser), headings and
// tables with their header cells, for Markdown and for plain text, and the lookups claims use.
import assert from 'node:assert/strict';
import test from 'node:test';
import { alignedTables } from '../../server/src/analysis/alignedTables.ts';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { readMarkdownNow, readMarkdownWhole, segmentStarts } from '../../server/src/analysis/markdown.ts';
import { maskNonProse } from '../../server/src/analysis/mask.ts';
import { cellAt, headingAt, headingsAt, pipeTables } from '../../server/src/analysis/structure.ts';
import { analyse, fastStartEngine as engine0 } from '../helpers/engine.ts';
const engine = () => engine0;

const masked = (md: string) => maskNonProse(md, readMarkdownNow(md));
/** Whether `part` of `md` is blanked out (every character a space or line break). */
const hides = (md: string, part: string) => {
  const at = md.indexOf(part);
  assert.ok(at >= 0, `${part} is in the text`);
  return /^[\s]*$/.test(masked(md).slice(at, at + part.length));
};

const HIDDEN: Array<[string, string, string]> = [
  ['fenced code', 'GPT-4很强。\n\n```\n参数1.8万亿\n```\n', '参数1.8万亿'],
  ['a longer fence around a shorter one', '````md\n```\n参数1.8万亿\n```\n还在代码里5万\n````\n正文', '还在代码里5万'],
  ['a tilde fence', '~~~\n参数1.8万亿\n~~~\n', '参数1.8万亿'],
  ['an unclosed fence runs to the end', '正文\n```\n参数1.8万亿\n\n后文约40个', '后文约40个'],
  ['indented code', '正文。\n\n    x = 5万\n    y = 3亿\n\n正文', 'x = 5万'],
  ['inline code, double backticks', '用 ``a `b` 5万`` 表示', 'a `b` 5万'],
  ['front matter', '---\ntitle: 参数1.8万亿\n---\n正文', 'title: 参数1.8万亿'],
  ['a link destination', '见[报告](https://example.com/a-5万 "标题3亿")。', '(https://example.com/a-5万 "标题3亿")'],
  ['an image source', '![图 盘古](img/5万.png)', '(img/5万.png)'],
  ['a reference definition', '[1]: https://example.com/3亿 "来源"\n\n正文', 'https://example.com/3亿 "来源"'],
  ['an autolink', '见 <https://example.com/3亿>', '<https://example.com/3亿>'],
  ['an HTML comment', '<!-- 草稿：参数5万亿 -->\n\n正文', '草稿：参数5万亿'],
  ['an HTML tag with attributes', '<div data-x="3亿">华为</div>', '<div data-x="3亿">'],
  ['a script element', '<script>\nvar a = 5e4;\n\nvar b = "3亿";\n</script>\n\n正文', 'var b = "3亿";'],
  ['inline HTML', '华为<span title="3亿">盘古</span>', '<span title="3亿">'],
];

for (const [name, md, part] of HIDDEN) {
  test(`Markdown hides ${name}`, () => assert.ok(hides(md, part), JSON.stringify(masked(md))));
}

const PROSE: Array<[string, string, string]> = [
  ['link text', '见[华为报告](https://example.com)。', '华为报告'],
  ['image alt text', '![盘古架构](a.png)', '盘古架构'],
  ['text inside an HTML block', '<div align="center">华为发布盘古5.0</div>', '华为发布盘古5.0'],
  ['a heading', '## 参数达1.8万亿\n\n正文', '参数达1.8万亿'],
  ['table cells', '| 模型 | 参数 |\n| --- | --- |\n| GPT-4 | 1.8万亿 |', '1.8万亿'],
  ['text after a closed fence', '```\nx\n```\n后文约40个', '后文约40个'],
  ['four spaces inside a paragraph', '正文第一行\n    第二行约40个', '第二行约40个'],
];

for (const [name, md, part] of PROSE) {
  test(`Markdown keeps ${name} as prose`, () => assert.ok(!hides(md, part), JSON.stringify(masked(md))));
}

test('plain text: a fence with no language that holds a table of figures and no code is data (its fence lines alone are hidden); code stays hidden', () => {
  const bill = '账单如下：\n```\n模型              输入(百万tok)  费用(元)\ndeepseek-chat         182.4        47.31\nqwen-plus             95.2         108.85\n```\n';
  const kept = maskNonProse(bill);
  assert.ok(kept.includes('deepseek-chat         182.4        47.31'), JSON.stringify(kept));
  assert.ok(!kept.includes('```'));
  for (const code of [
    '```python\nprice  =  2.0\ntokens  =  182.4\n```\n',
    '```\ncost = 182.4 * 2\nprint(cost   47.31)\n```\n',
    '```\n参数1.8万亿\n```\n',
  ]) assert.ok(!/\d/.test(maskNonProse(code)), code);
});

test('a Markdown table: header row, cells as trimmed spans, row and column headers of a cell', () => {
  const md = '# 模型\n\n| 模型 | 参数量 | 上下文 |\n|:---|---:|---|\n| GPT-4 |  1.8万亿 | 128K |\n| 盘古 | 1000亿 | |\n';
  const { tables } = readMarkdownNow(md);
  assert.equal(tables.length, 1);
  const [t] = tables;
  assert.deepEqual(t.rows.map((r) => r.header), [true, false, false]);
  assert.deepEqual(t.rows.map((r) => r.cells.map((c) => c.text)), [['模型', '参数量', '上下文'], ['GPT-4', '1.8万亿', '128K'], ['盘古', '1000亿', '']]);
  for (const r of t.rows) for (const c of r.cells) assert.equal(md.slice(c.start, c.end), c.text);
  const place = cellAt({ tables }, md.indexOf('1000亿') + 2)!;
  assert.equal(place.cell.text, '1000亿');
  assert.equal(place.rowHeader?.text, '盘古');
  assert.equal(place.columnHeader?.text, '参数量');
  assert.equal(cellAt({ tables }, md.indexOf('上下文'))?.columnHeader, undefined, 'a header cell has no column header');
  assert.equal(cellAt({ tables }, md.indexOf('# 模型')), undefined);
});

test('plain text: pipe tables (ASCII or full-width pipes, with or without a delimiter row)', () => {
  const text = '各模型参数：\n| 模型 | 参数 |\n|---|---|\n| GPT-4 | 1.8万亿 |\n\n｜厂商｜估值｜\n｜智谱｜200亿元｜\n｜月之暗面｜30亿美元｜\n单独一行 | 不是表\n';
  const tables = pipeTables(text);
  assert.equal(tables.length, 2);
  assert.deepEqual(tables[0].rows.map((r) => r.cells.map((c) => c.text)), [['模型', '参数'], ['GPT-4', '1.8万亿']]);
  assert.deepEqual(tables[1].rows.map((r) => [r.header, r.cells[1].text]), [[true, '估值'], [false, '200亿元'], [false, '30亿美元']]);
  const place = cellAt({ tables }, text.indexOf('30亿美元'))!;
  assert.equal(place.rowHeader?.text, '月之暗面');
  assert.equal(place.columnHeader?.text, '估值');
  // rows without outer pipes, as copied from a web page: a table when three or more cells in each and one width throughout
  const copied = '定价 | ChatGPT\n\n模型 | 输入 | 输出\nGPT-4o | 2.50美元 | 10.00美元\no1 | 15.00美元 | 60.00美元\n\n甲 | 乙 | 丙\n丁 | 戊\n';
  const found = pipeTables(copied);
  assert.equal(found.length, 1);
  assert.deepEqual(found[0].rows.map((r) => r.cells.map((c) => c.text)), [['模型', '输入', '输出'], ['GPT-4o', '2.50美元', '10.00美元'], ['o1', '15.00美元', '60.00美元']]);
  // two columns without outer pipes: a table only in a run of three rows or more whose values are numbers (not a headline's parts)
  const pairs = pipeTables('36氪首发｜企业级Agent公司完成融资\n作者｜周可然\n\n行业　｜占比\n金融　｜20.0%\n政务　｜17.0%\n\n來源｜本報\n記者｜王某\n編輯｜李某\n');
  assert.deepEqual(pairs.map((t) => t.rows.map((r) => r.cells.map((c) => c.text))), [[['行业', '占比'], ['金融', '20.0%'], ['政务', '17.0%']]]);
});

test('the analysis carries the structure: Markdown tables from the parser, plain-text pipe tables, headings', () => {
  const table = '| 模型 | 参数 |\n| --- | --- |\n| 盘古 | 1000亿 |\n';
  const md = analyze(`# 华为\n\n## 盘古\n\n${table}`, engine(), { markdown: true }).analysis;
  assert.equal(md.tables.length, 1);
  assert.deepEqual(md.sections.map((s) => [s.level, s.title]), [[1, '华为'], [2, '盘古']]);
  const at = `# 华为\n\n## 盘古\n\n${table}`.indexOf('1000亿');
  assert.equal(headingAt(md, at)?.title, '盘古');
  assert.deepEqual(headingsAt(md, at).map((s) => s.title), ['华为', '盘古']);
  assert.equal(cellAt(md, at)?.columnHeader?.text, '参数');
  const plain = analyze(`盘古参数\n${table}`, engine()).analysis;
  assert.equal(plain.tables.length, 1);
  assert.equal(cellAt(plain, `盘古参数\n${table}`.indexOf('1000亿'))?.rowHeader?.text, '盘古');
});

test('Markdown headings: ATX and setext from the parser, Chinese ordinal headings beside them, none inside code', () => {
  const md = '华为年报\n========\n\n一、公司概况\n\n正文很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n\n```\n# 不是标题\n```\n\n### 盘古 ###\n';
  const { sections } = analyze(md, engine(), { markdown: true }).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[1, '华为年报'], [2, '一、公司概况'], [3, '盘古']]);
  assert.equal(md.slice(sections[0].headingStart, sections[0].headingEnd), '华为年报\n========');
});

test('plain text pasted from Markdown: a line of one to six # and a space is a heading of that level; a hashtag (#话题#) is none', () => {
  const text = '# Qiming-2：高效的开源模型\n\n## 4. 训练细节 ##\n\n- 61 层 Transformer，每层 256 个路由专家。\n\n#大模型价格战# 又开打了，这条很长很长很长很长很长很长很长。\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[1, 'Qiming-2：高效的开源模型'], [2, '4. 训练细节']]);
});

test('plain text: a Q&A record\'s numbered questions head their answers however they end (问3：…？ and 问4：…。 alike)', () => {
  for (const text of ['问3：公司与华为是合作关系还是竞争关系？\n答：两者兼有，公司与华为在昇腾平台上合作。\n\n问4：请介绍2025年一季度的经营情况。\n答：2025年第一季度，公司实现营业收入3.87亿元。\n',
    '問3：公司與華為是合作關係還是競爭關係？\n答：兩者兼有，公司與華為在昇騰平台上合作。\n\n問4：請介紹2025年一季度的經營情況。\n答：2025年第一季度，公司實現營業收入3.87億元。\n']) {
    const { sections, figures } = analyze(text, engine()).analysis;
    assert.deepEqual(sections.map((s) => s.title.slice(0, 3)), [text.slice(0, 3), text.includes('問') ? '問4：' : '问4：']);
    // (so the first question's company is no subject of the second's answer)
    assert.notEqual(figures.find((f) => f.value === 387000000)?.why?.subject, 'heading');
  }
});

test('a results table\'s header of several lines (a period, then each column\'s year, then its unit) scales and names the values below it', () => {
  for (const [text, markdown] of [
    ['| | 截至6月30日止六个月 | | |\n|---|---|---|---|\n| | 2025年 | 2024年 | 同比变动 |\n| | 人民币千元 | 人民币千元 | |\n| 收入 | 1,286,437 | 902,518 | 42.5% |\n', true],
    ['| | 截至6月30日止六個月 | | |\n|---|---|---|---|\n| | 2025年 | 2024年 | 同比變動 |\n| | 人民幣千元 | 人民幣千元 | |\n| 收入 | 1,286,437 | 902,518 | 42.5% |\n', false],
  ] as const) {
    const { tables, figures } = analyze(text, engine(), { markdown }).analysis;
    assert.deepEqual(tables[0].rows.map((r) => r.header), [true, true, true, false], text);
    const cells = figures.filter((f) => /^[\d,.]+%?$/.test(f.text)).map((f) => [f.text, f.value, f.attribute]);
    assert.deepEqual(cells, [['1,286,437', 1286437000, 'revenue'], ['902,518', 902518000, 'revenue'], ['42.5%', 42.5, 'growth']], text);
  }
  // (a row of names under a table's header is a row: its first cell is no blank)
  const names = analyze('| 模型 | 厂商 | 参数 |\n|---|---|---|\n| 文心 | 百度 | 未公开 |\n| Qwen | 阿里 | 72B |\n', engine(), { markdown: true }).analysis;
  assert.deepEqual(names.tables[0].rows.map((r) => r.header), [true, false, false]);
});

const SEGMENTED: string[] = [
  '# 标题\n\n段落一。\n\n- 列表\n\n  续行\n\n```\n代码\n\n仍是代码\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  '---\ntitle: x\n\nmore: y\n---\n正文\n\n---\n\n正文二\n',
  '- 项目\n\n  ```\n  代码\n\n  代码二\n  ```\n\n后文`x`\n',
  '<!--\n注释\n\n仍是注释\n-->\n\n正文[链接](u)\n\n    缩进代码\n\n    仍是缩进代码\n',
  '<script>\na\n\nb\n</script>\n\n> 引用 `c`\n\n> 引用二 <b>x</b>\n',
  '1. 第一\n\n   第一续\n\n       缩进代码在列表里\n\n2. 第二 ![图](p.png)\n',
  '正文\n\n~~~\n代码\n\n````\n~~~\n\n后文 `y`\n',
];

test('the segmented reading equals one parse of the whole document', () => {
  for (const md of SEGMENTED) {
    assert.ok(segmentStarts(md).length > 1, `${JSON.stringify(md)} is cut somewhere`);
    const whole = readMarkdownWhole(md);
    const seg = readMarkdownNow(md);
    assert.deepEqual(maskNonProse(md, seg), maskNonProse(md, whole), JSON.stringify(md));
    assert.deepEqual(seg.headings, whole.headings);
    assert.deepEqual(seg.tables, whole.tables);
  }
});

test('a reading after an edit reuses unchanged segments and equals a fresh reading', () => {
  const base = SEGMENTED.join('\n\n');
  const first = readMarkdownNow(base);
  const at = base.indexOf('段落一') + 1;
  const edited = base.slice(0, at) + '`新`' + base.slice(at);
  const again = readMarkdownNow(edited, first);
  const fresh = readMarkdownNow(edited);
  assert.deepEqual(maskNonProse(edited, again), maskNonProse(edited, fresh));
  assert.deepEqual(again.tables, fresh.tables);
  assert.deepEqual(again.headings, fresh.headings);
  const reused = again.parts.filter((p) => first.parts.includes(p)).length;
  assert.equal(reused, again.parts.length - 1, 'only the edited segment is read again');
});

test('hidden ranges given out of order, or overlapping, are blanked as in order', () => {
  const md = '华为发布盘古3.0。\n隐藏一\n正文5万亿。隐藏二 隐藏三\n后文';
  const at = (part: string) => md.indexOf(part);
  const span = (part: string): [number, number] => [at(part), at(part) + part.length];
  const ordered = maskNonProse(md, { hidden: [span('隐藏一'), span('隐藏二'), span('隐藏三')] });
  assert.equal(maskNonProse(md, { hidden: [span('隐藏三'), span('隐藏一'), span('隐藏二')] }), ordered);
  assert.equal(maskNonProse(md, { hidden: [span('隐藏一'), [at('隐藏二'), at('隐藏三') + 3], span('隐藏二')] }), maskNonProse(md, { hidden: [span('隐藏一'), [at('隐藏二'), at('隐藏三') + 3]] }));
  assert.equal(ordered.length, md.length);
  assert.ok(ordered.includes('正文5万亿') && !ordered.includes('隐藏'));
});

test('plain text: a keycap or circled number heads an item as a numbered heading does; a label and its value is no title', () => {
  const text = '上个月的账单整理如下。\n\n1️⃣ DeepSeek（DeepSeek-V3）\n\n💰价格：输入2元/百万tokens，输出8元/百万tokens，夜间还能打五折。\n🧾本月账单：¥412.6\n吐槽：白天高峰期是真的慢，有两次直接报错，用户以为小程序崩了。\n\n② 阿里雲百煉\n\n價格：輸入0.8元/百萬tokens，輸出2元/百萬tokens，新用戶還送了額度。\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[4, '1️⃣ DeepSeek（DeepSeek-V3）'], [4, '② 阿里雲百煉']]);
});

test('plain text: a post\'s zero-padded section number heads its section, its gist after a colon may run on past a comma (01 GitHub Copilot：老牌选手，额度最“抠”)', () => {
  const text = '01 GitHub Copilot：老牌选手，额度最“抠”\n\n它目前分三档。\n\n02 Cursor：体验最好\n\nCursor很贵。\n\n03 年，我们一起努力，很多人入坑了\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[3, '01 GitHub Copilot：老牌选手，额度最“抠”'], [3, '02 Cursor：体验最好']]);
});

test('plain text: a keycap item\'s head and its gist after a bar may run on past a comma (5️⃣ Kimi｜打赏制，最低¥5.2起)', () => {
  const text = '4️⃣ 文心一言会员｜连续包月¥49.9\n年卡 499 元。\n\n5️⃣ Kimi｜打赏制，最低¥5.2起\n5.2元/4天、399元/年\n\n6️⃣ 豆包，通义，DeepSeek都免费\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[4, '4️⃣ 文心一言会员｜连续包月¥49.9'], [4, '5️⃣ Kimi｜打赏制，最低¥5.2起']]);
  const a = analyse(text);
  assert.equal(a.figures.find((f) => f.text === '5.2元/4天')?.subjectId, 'model:kimi');
});

test('plain text: a line all in bold heads the lines below it (**例1：Qwen2.5-72B，4×A100**), its figures the name\'s; a bold sentence does not', () => {
  for (const text of [
    '先说结论：自己部署不一定更便宜。\n\n**例1：Qwen2.5-72B，4×A100**\n\n用vLLM跑，并发64时整机输出吞吐约1400 tokens/s。\n- 每小时成本：5.2美元\n\n**例2：Llama 3.1 405B，8×H800**\n\n实测整机输出吞吐约1000 tokens/s。\n\n**这一点很重要。**\n',
    '先說結論：自己部署不一定更便宜。\n\n**例1：Qwen2.5-72B，4×A100**\n\n用vLLM跑，並發64時整機輸出吞吐約1400 tokens/s。\n- 每小時成本：5.2美元\n\n**例2：Llama 3.1 405B，8×H800**\n\n實測整機輸出吞吐約1000 tokens/s。\n\n**這一點很重要。**\n',
  ]) {
    const a = analyse(text);
    assert.deepEqual(a.sections.map((s) => [s.level, s.title]), [[4, '例1：Qwen2.5-72B，4×A100'], [4, '例2：Llama 3.1 405B，8×H800']], text);
    assert.deepEqual(a.figures.filter((f) => f.unit === 'tokens').map((f) => f.subjectId), ['model:qwen2.5-72b', 'model:llama-3.1-405b'], text);
  }
});

test('plain text: a block or bullet mark heads a section, however long its title; a byline is no title', () => {
  const text = '东岳证券研究所 | 晨会纪要\n\n二、重点公司点评\n\n▍寒武纪（688256.SH）：Q3收入环比大增，思元590批量交付，在手订单充足\n分析师：许昕（S0590522110003）\n事件：公司前三季度实现营收1.85亿元，同比增长25.8%，亏损同比收窄。\n\n■ 浪潮資訊（000977.SZ）：AI伺服器訂單飽滿\n事件：公司前三季營收826.2億元。\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [
    [2, '二、重点公司点评'], [3, '▍寒武纪（688256.SH）：Q3收入环比大增，思元590批量交付，在手订单充足'], [3, '■ 浪潮資訊（000977.SZ）：AI伺服器訂單飽滿'],
  ]);
});

test('plain text: a post\'s line of a value after its emoji (💰20美元/月) is no title to end the item above it', () => {
  const text = '📌一、海外四大金刚\n\n1️⃣ ChatGPT Plus\n💰20美元/月（约145元）\n✅优点：GPT-4o啥都能干，画图、语音聊天、读PDF一条龙，出门随手拍菜单让它翻译超方便\n\n2️⃣ ChatGPT Pro\n💰200美元/月🤯（約1450元！！）\n✅優點：o1 pro是真的強，數學題和寫程式能力斷層領先，長文推理很穩\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => [s.level, s.title]), [[4, '1️⃣ ChatGPT Plus'], [4, '2️⃣ ChatGPT Pro']]);
});

test('plain text: lines aligned by gaps make a table, unless a cell holds a sentence (prose beside a page\'s buttons)', () => {
  const table = '模型                  MATH    GSM8K   HumanEval\nQwen2-7B-Instruct     49.6    85.7    79.9\n';
  assert.equal(alignedTables(table).length, 1);
  const page = '模型单元按小时计费，单价60元。    [立即购买]  [联系销售]\n包月购买享8.5折，包年购买享七折。    [立即购买]  [联系销售]\n';
  assert.deepEqual(alignedTables(page), []);
});

test('plain text: lines of a label and one number (研发投入合计　　492,724,093.25) make a list of labelled values, each value a figure of its label', () => {
  const text = '（三）研发投入情况表\n单位：元\n\n本期费用化研发投入　　　　452,806,613.25\n本期资本化研发投入　　　　 39,917,480.00\n研发投入总额占营业收入比例（%）　38.30\n\n研发人员学历结构\n博士研究生　　87\n硕士研究生　 512\n';
  assert.deepEqual(alignedTables(text).map((t) => t.rows.map((r) => r.cells.map((c) => c.text))), [
    [['本期费用化研发投入', '452,806,613.25'], ['本期资本化研发投入', '39,917,480.00'], ['研发投入总额占营业收入比例（%）', '38.30']],
    [['博士研究生', '87'], ['硕士研究生', '512']],
  ]);
  const { figures } = analyze(text, engine()).analysis;
  assert.deepEqual(figures.map((f) => [f.text, f.value]), [['452,806,613.25', 452806613.25], ['39,917,480.00', 39917480], ['38.30', 38.3], ['87', 87], ['512', 512]]);
  // (one such line alone is no list: 阅读　　1286 under a post)
  assert.deepEqual(analyze('好文。\n\n阅读　　1286\n\n谢谢。', engine()).analysis.figures.map((f) => f.text), []);
});

test('plain text: a rule drawn under the header line (------) keeps the header over its rows, and its column\'s unit gives the rows\' prices', () => {
  for (const header of ['  方案              月费(美元)   约合台币', '  方案              月費(美元)   約合台幣']) {
    const text = `${header}\n  ------------------------------------\n  ChatGPT Plus          20          610\n  Claude Pro            20          610\n`;
    const [t] = alignedTables(text);
    assert.deepEqual(t?.rows.map((r) => [r.header, r.cells.map((c) => c.text)]), [
      [true, ['方案', header.trim().split(/\s{2,}/)[1], header.trim().split(/\s{2,}/)[2]]], [false, ['ChatGPT Plus', '20', '610']], [false, ['Claude Pro', '20', '610']],
    ]);
    const price = analyze(text, engine()).analysis.figures.find((f) => f.start === text.indexOf('20'));
    assert.deepEqual([price?.attribute, price?.unit, price?.per?.unit], ['price', '美元', '月']);
  }
});

test('plain text: columns aligned by runs of ideographic spaces (App　　　　首字时间) make a table too', () => {
  const table = 'App　　　　首字时间　　全部完成\n豆包　　　　0.9秒　　　11.2秒\nKimi　　　　1.6秒　　　18.7秒\n';
  const [t] = alignedTables(table);
  assert.deepEqual(t?.rows.map((r) => [r.header, r.cells.map((c) => c.text)]), [
    [true, ['App', '首字时间', '全部完成']], [false, ['豆包', '0.9秒', '11.2秒']], [false, ['Kimi', '1.6秒', '18.7秒']],
  ]);
});

test('plain text: a header of several lines is placed over the columns it is drawn above (a year over its pair, each column\'s unit below), every line of it a header', () => {
  const text = '                     2022年              2023年              2024年\n                 人民币千元     %    人民币千元     %    人民币千元     %\n云服务              31,020    58.1     52,310    61.2     88,904    64.5\n终端设备            22,370    41.9     33,150    38.8     48,921    35.5\n';
  const [table] = alignedTables(text);
  assert.deepEqual(table.rows.map((r) => [r.header, r.cells.map((c) => `${c.column}:${c.text}`)]), [
    [true, ['1:2022年', '3:2023年', '5:2024年']],
    [true, ['1:人民币千元', '2:%', '3:人民币千元', '4:%', '5:人民币千元', '6:%']],
    [false, ['0:云服务', '1:31,020', '2:58.1', '3:52,310', '4:61.2', '5:88,904', '6:64.5']],
    [false, ['0:终端设备', '1:22,370', '2:41.9', '3:33,150', '4:38.8', '5:48,921', '6:35.5']],
  ]);
});

test('plain text: a header cell drawn a little over its neighbour\'s column heads only the column no other cell of its line heads alone (人民幣千元 beside %)', () => {
  const text = '                            2022年               2023年               2024年\n                      人民幣千元      %    人民幣千元      %    人民幣千元      %\n模型授權及私有化部署      61,530    71.2     142,380    57.9     288,915    47.2\nAPI及雲端調用            14,920    17.3      68,145    27.7     214,370    35.0\n';
  const [table] = alignedTables(text);
  assert.deepEqual(table.rows[1].cells.map((c) => `${c.column}:${c.text}`), ['1:人民幣千元', '2:%', '3:人民幣千元', '4:%', '5:人民幣千元', '6:%']);
  const figures = analyze(`按業務線劃分的收入\n\n${text}`, engine()).analysis.figures;
  assert.deepEqual(figures.slice(0, 2).map((f) => [f.text, f.value, f.unit, f.attribute]), [['61,530', 61530000, '元', 'revenue'], ['71.2', 71.2, '%', 'other']]);
});

test('plain text: a filing\'s amounts in brackets are its costs and losses, read as their size; a unit note\'s exception (，百分比除外) is no part of the unit', () => {
  const text = '                       2023年     2024年\n                 （人民幣千元，百分比除外）\n收入                   245,730    612,058\n銷售成本              (131,562)  (301,447)\n毛利率（%）               46.5       50.7\n';
  const figures = analyze(text, engine()).analysis.figures;
  assert.deepEqual(figures.map((f) => [f.text, f.value, f.unit]), [['245,730', 245730000, '元'], ['612,058', 612058000, '元'], ['131,562', 131562000, '元'], ['301,447', 301447000, '元'], ['46.5', 46.5, '%'], ['50.7', 50.7, '%']]);
});

test('plain text: an ordinal heading of a brief\'s section may run to 60 characters after its bar or colon, not a sentence', () => {
  const text = '一、行业与公司\n\n（一）计算机｜星衡智能（688999.SH）：智算订单放量，上调全年盈利预测，维持买入评级\n\n公司一季度营收12.3亿元。\n\n（二）在推进算力基础设施建设的同时，统筹推进数据要素市场化配置改革和行业模型应用的规模化落地\n\n正文。\n';
  const { sections } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.map((s) => s.title), ['一、行业与公司', '（一）计算机｜星衡智能（688999.SH）：智算订单放量，上调全年盈利预测，维持买入评级']);
});

test('a table\'s column of resource packs (1亿tokens, 10亿tokens) names no products', () => {
  const text = '| 规格 | 价格 |\n| --- | --- |\n| 1亿tokens | 68元 |\n| 10亿tokens | 600元 |\n';
  const a = analyse(text, { markdown: true });
  assert.deepEqual(a.entities.filter((e) => e.kind === 'product').map((e) => e.canonical), []);
});

test('pipe rows without a header\'s underline: a first row with as many values as the rows below is a row (1️⃣ X｜1443), a row of years a header', () => {
  const rows = (text: string) => pipeTables(text, text)[0].rows.map((r) => r.header);
  assert.deepEqual(rows('总榜前三👇\n1️⃣ 星语-3 Pro｜1443\n2️⃣ GPT-4.5｜1404\n3️⃣ Grok-3｜1402\n'), [false, false, false]);
  assert.deepEqual(rows('模型 | 2023 | 2024\n星语-3 | 12 | 13\n云穹-2 | 14 | 15\n'), [true, false, false]);
});

test('plain text: a newsletter\'s item number and a bar heads its item, however long the title (03 | Anthropic 推出 Claude Opus 4.1)', () => {
  const text = '本期共 3 条。\n\n01 | OpenAI 发布 GPT-5\n\nSWE-bench Verified 得分 74.9%。\n\n03 | Anthropic 推出 Claude Opus 4.1\n\n編程能力小幅提升，SWE-bench Verified 達到 74.5%。\n';
  const { analysis } = analyze(text, engine());
  assert.deepEqual(analysis.sections.map((s) => [s.level, s.title]), [[4, '01 | OpenAI 发布 GPT-5'], [4, '03 | Anthropic 推出 Claude Opus 4.1']]);
  const f = analysis.figures.find((x) => text.slice(x.start, x.end) === '74.5%');
  assert.equal(f?.subjectId, 'model:claude-opus-4.1');
});

test('plain text: a rank and a name (#1　豆包 - 你的AI助手, No.2 Kimi) head the item of a ranking below them, and its figures are the item\'s', () => {
  const text = '🔥 AI助手热门榜\n\n━━━━━━━━━━\n#1　豆包 - 你的AI助手　　［获取］\n⭐ 4.8 · 326.5万个评分 ｜ 累计下载 12亿+ ｜ 大小 286.4 MB\n\n━━━━━━━━━━\n#2　Kimi - 智能助手　　［獲取］\n⭐ 4.7 · 87.1萬個評分 ｜ 累計下載 1.8億+ ｜ 大小 198.6 MB\n';
  const { sections, figures } = analyze(text, engine()).analysis;
  assert.deepEqual(sections.filter((s) => s.level === 3).map((s) => s.title), ['#1　豆包 - 你的AI助手　　［获取］', '#2　Kimi - 智能助手　　［獲取］']);
  assert.deepEqual(figures.filter((f) => f.text.includes('MB')).map((f) => f.subjectId), ['model:doubao', 'model:kimi']);
  // (a label in words right before a figure in its own cell says what it is: 累计下载 12亿+)
  assert.deepEqual(figures.filter((f) => f.text.includes('+')).map((f) => f.attribute), ['users', 'users']);
});

test('plain text: a header line without a digit names the columns of rows whose values are written in words (9萬8～11萬, NT$66,900)', () => {
  for (const [header, shop] of [['  型號          官方建議售價      實體通路價', '通路價'], ['  型号          官方建议售价      实体通路价', '通路价']]) {
    const text = `${header}\n  RTX 5090      NT$66,900        9萬8～11萬\n  RTX 5080      NT$36,990        4萬5上下\n`;
    const [t] = alignedTables(text);
    assert.deepEqual(t?.rows.map((r) => r.header), [true, false, false]);
    const f = analyze(text, engine()).analysis.figures.find((x) => x.text === '4萬5上下');
    assert.equal(f?.attribute, 'price', shop);
  }
});
