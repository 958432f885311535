// Numbers that are not claims: a hypothesis, a worked example, a definition. They keep their
// reading (the hover still explains them) but raise no diagnostic and never conflict. A real
// instance introduced by 例如 stays a claim.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticsFor } from '../../server/src/features/diagnostics.ts';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings.ts';
import { analyse, kb } from '../helpers/engine.ts';

/** [text, the kind every figure of it has (undefined: every figure is a claim)] */
const CASES: Array<[string, 'hypothetical' | 'example' | 'definition' | undefined]> = [
  ['假设每天调用100万次，每次消耗1000 tokens，每月费用约为6万元。', 'hypothetical'],
  ['假如每天處理100萬次請求，每月費用約為6萬元。', 'hypothetical'],
  // (万一 of 申万一级, an index provider's industry level, is no "if")
  ['申万一级行业中，计算机板块上涨5.12%。', undefined],
  ['申萬一級行業中，電子板塊上漲4.36%。', undefined],
  ['如果每家企业每天调用1万次，一年要花费约3650万元。', 'hypothetical'],
  ['按每天调用10万次计算，一年需要支付约3000万元。', 'hypothetical'],
  ['例如，输入1000 tokens、输出500 tokens，费用为0.0008×1+0.002×0.5=0.0018元。', 'example'],
  ['比如一次对话消耗2000 tokens，按每千tokens 0.01元计，合计0.02元。', 'example'],
  ['1个汉字约计为1个token。', 'definition'],
  ['通常1个token约等于0.75个英文单词。', 'definition'],
  ['1美元约合7.2元人民币。', 'definition'],
  ['1個漢字約計為1個token。', 'definition'],
  // real claims, even with 例如 or 约
  ['例如在金融行业，盘古大模型将操作步骤从5次降到1次。', undefined],
  ['DeepSeek-V3的训练成本约为557.6万美元。', undefined],
  // 主要是 is no 要是
  ['我们自己有两千来张卡，主要是H800。', undefined],
  ['我們自己有兩千來張卡，主要是H800。', undefined],
  ['以GPT-3为例，其训练使用了1024张A100。', undefined],
  ['以一篇5000字的文章为例，大约消耗3000 tokens。', 'example'],
  ['以一篇5000字的文章為例，大約消耗3000 tokens。', 'example'],
  ['以一家中型企业为例，每月调用量约为2亿tokens。', 'example'],
  ['以昇腾910为例，其算力达到256 TFLOPS。', undefined],
  ['以Qwen2.5-72B为例，其上下文长度为128K。', undefined],
  // (a real case's own arithmetic is a claim: 以DeepSeek-V3为例…折算)
  ['以DeepSeek-V3为例，官方披露完整训练消耗278.8万H800 GPU小时。', undefined],
  ['以DeepSeek-V3為例，官方披露完整訓練消耗278.8萬H800 GPU小時。', undefined],
  // a conditional's word that begins a name is the name
  ['若水科技旗下应用若水Talk注册用户达2300万。', undefined],
  ['若水科技旗下應用若水Talk註冊用戶達2300萬。', undefined],
  // a scenario's outcome
  ['在乐观情景下，规模效应可将毛利率维持在35%左右。', 'hypothetical'],
  ['在悲觀情境下，毛利率約下降15個百分點。', 'hypothetical'],
  // a paragraph that says its numbers are made up: every figure of it, the ones before the statement too
  ['测算框架（以下数字均为假设）。某云厂商每月提供1万亿tokens的推理服务，按0.004元/千tokens计价，月收入为400万元。', 'hypothetical'],
  ['毛利率从40%提升至60%，可抵消价格下降30%的影响。上述结果仅为示意，不代表任何公司的实际经营数据。', 'hypothetical'],
  ['敏感性分析：价格每下降10%，毛利率下降约4个百分点。', 'hypothetical'],
  ['以下數字均為假設：每月調用量1萬億tokens，月收入400萬元。', 'hypothetical'],
  // (a thought experiment is one: its later sentences, 按Chinchilla的结论，最优模型约为1.7万亿参数, too)
  ['做个思想实验：假设你有10万张H100，连续跑100天。按Chinchilla的结论，最优模型约为1.7万亿参数、34万亿tokens。', 'hypothetical'],
  ['做個思想實驗：假設你有10萬張H100，連續跑100天。按Chinchilla的結論，最優模型約為1.7萬億參數、34萬億tokens。', 'hypothetical'],
  // a disclaimer on real figures is no such statement
  ['华为云营收增长30%，达到100亿元。以上内容仅供参考，不构成投资建议。', undefined],
];

test('hypothetical, example and definitional numbers are marked; real claims are not', () => {
  for (const [text, kind] of CASES) {
    const figures = analyse(text).figures;
    assert.ok(figures.length, `${text}: no figures`);
    for (const f of figures) assert.equal(f.nonClaim, kind, `${text} → ${f.text}`);
  }
});

test('a condition bounds a tier (输入长度在0–32K区间时) and an evaluation names its setting (评测X（128K）): neither is a claim', () => {
  for (const [text, notClaims, claims] of [
    ['StarGPT采取分段计价：输入长度在0–32K区间时，输入价格为0.8元/百万tokens。', ['0–32K'], ['0.8元/百万tokens']],
    ['StarGPT採取分段計價：輸入長度在128K以上時，輸入價格為2.4元/百萬tokens。', ['128K以上'], ['2.4元/百萬tokens']],
    ['當調用量超過100萬次時，StarGPT的單價降至每千tokens 0.002元。', ['超過100萬次'], ['每千tokens 0.002元']],
    ['在长上下文理解评测OpenAI-MRCR（128K）上，StarGPT拿到了73.4分。', ['128K'], ['73.4分']],
  ] as Array<[string, string[], string[]]>) {
    const figures = analyse(text).figures;
    for (const t of notClaims) assert.ok(figures.find((f) => f.text === t)?.nonClaim, `${text} → ${t} is no claim`);
    for (const t of claims) assert.equal(figures.find((f) => f.text === t)?.nonClaim, undefined, `${text} → ${t} is a claim`);
  }
});

test('a non-claim raises no diagnostic; the claim beside it still does', () => {
  const text = 'StarGPT的训练成本为600万美元。假设每天调用100万次，每月费用约为6万元。';
  const analysis = analyse(text);
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  const diagnostics = diagnosticsFor({ uri: document.uri, document, analysis, kb, path: 'a.txt', orphaned: [] }, DEFAULT_SETTINGS, 'en');
  const flagged = diagnostics.filter((d) => String(d.code).startsWith('figure-')).map((d) => text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end)));
  assert.deepEqual(flagged, ['600万美元']);
});

test('non-claims never conflict', () => {
  const a = analyse('StarGPT拥有3000亿参数。假设StarGPT拥有7000亿参数，训练成本会翻倍。');
  assert.ok(a.figures.every((f) => f.status !== 'conflict'), a.figures.map((f) => `${f.text}:${f.status}`).join(' '));
});

test('a quantity restated in other units (约合40万汉字, 约合每月6.7万元) is the same claim again: marked, and no conflict', () => {
  for (const text of [
    'StarGPT的上下文为256K。\n\nStarGPT的256K上下文约合40万汉字，足以读入一部长篇小说。',
    'StarGPT的上下文為256K。\n\nStarGPT的256K上下文約合40萬漢字，足以讀入一部長篇小說。',
  ]) {
    const a = analyse(text);
    const restated = a.figures.find((f) => /^40萬?万?$/.test(f.text) || f.text.startsWith('40'))!;
    assert.equal(restated.nonClaim, 'definition', text);
    assert.ok(a.figures.every((f) => f.status !== 'conflict'), a.figures.map((f) => `${f.text}:${f.status}`).join(' '));
  }
  // an amount restated in another currency named before its number (約合新台幣650元)
  const converted = analyse('ChatGPT Plus每月20美元，約合新台幣650元。').figures.find((f) => f.text.includes('650'))!;
  assert.equal(converted.nonClaim, 'definition');
  // (up to a 的 that makes the amount describe what follows: the change after it is a claim)
  const change = analyse('StarAI估值为30亿元，约合4.2亿美元的估值较上轮上涨约27%。').figures.find((f) => f.text.includes('27%'))!;
  assert.equal(change.nonClaim, undefined);
  // what a thing costs compared with another (相当于X的七分之一) is no restatement
  assert.equal(analyse('墨言-2的输入价相当于极光-4的七分之一。').figures[0].nonClaim, undefined);
});

test('examples a page says are made up (以下示例…数字均为假设) and labelled ones (【示例一】) claim nothing, up to the next question; a picture counted in tokens (一张图片折算为约1000 tokens) is a definition', () => {
  for (const [text, notClaims, claims] of [
    ['Q3：费用怎么算？\n\n以下示例仅用于说明计费方式，数字均为假设。\n\n使用StarGPT发起一次请求，输入3,000 tokens，输出800 tokens，合计0.0218元。\n\nQ4：上下文有多长？\n\nStarGPT支持128K上下文。', ['3,000 tokens', '800 tokens', '0.0218元'], ['128K']],
    ['Q3：費用怎麼算？\n\n以下示例僅用於說明計費方式，數字均為假設。\n\n使用StarGPT發起一次請求，輸入3,000 tokens，輸出800 tokens，合計0.0218元。\n\nQ4：上下文有多長？\n\nStarGPT支持128K上下文。', ['3,000 tokens', '800 tokens', '0.0218元'], ['128K']],
    ['【示例二】客服机器人\n某客服应用每天调用StarGPT 10万次，平均每次输入1,200 tokens。\n\nStarGPT支持64K上下文。', ['10万次', '1,200 tokens'], ['64K']],
    ['StarGPT支持64K上下文。图片输入会先折算为token再计费，一张图片通常折算为约1000 tokens。', ['约1000 tokens'], ['64K']],
    ['StarGPT支持64K上下文。圖片輸入會先折算為token再計費，一張圖片通常折算為約1000 tokens。', ['約1000 tokens'], ['64K']],
  ] as Array<[string, string[], string[]]>) {
    const a = analyse(text);
    for (const t of notClaims) assert.ok(a.figures.find((f) => f.text === t)?.nonClaim, `${text} → ${t} is no claim`);
    for (const t of claims) assert.equal(a.figures.find((f) => f.text === t)?.nonClaim, undefined, `${text} → ${t} is a claim`);
    assert.ok(a.figures.every((f) => f.status !== 'conflict'), a.figures.map((f) => `${f.text}:${f.status}`).join(' '));
  }
});

test('a billing rule (按输入单价的40%计费) is a claim, not an assumed input (按每天100次计算)', () => {
  for (const text of ['百炼支持上下文缓存，命中部分按输入单价的40%计费，即0.8元/百万tokens。', '百鍊支援上下文快取，命中部分按輸入單價的40%計費，即0.8元/百萬tokens。']) {
    assert.ok(analyse(text).figures.every((f) => !f.nonClaim), text);
  }
  assert.equal(analyse('按每天调用100万次计算，一个月的费用约为2400元。').figures[0].nonClaim, 'hypothetical');
});
