// The report: its data shaped from real analyses (server/src/features/report.ts), and its HTML
// (client/src/reportHtml.ts) — charts with the right counts, a strict Content-Security-Policy,
// and every piece of document text escaped in element and attribute contexts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportData } from '../../protocol/index.ts';
import { buildReport, inWorkspace } from '../../server/src/features/report.ts';
import { bySubjectAndAttribute, contentSecurityPolicy, dateValue, escape, reportHtml } from '../../client/src/reportHtml.ts';
import { analyse, kb } from '../helpers/engine.ts';

const HOSTILE = '<img src=x onerror=alert(1)></script>"\'`&';
const NONCE = 'bm9uY2Utbm9uY2Utbm9uY2U=';

const A = [
  '# 报告',
  '',
  '据华为介绍，盘古3.0拥有千亿参数，训练数据超过3万亿tokens。',
  'DeepSeek-V3训练成本约557万美元，华为和DeepSeek都很强。',
  `${HOSTILE}智谱的GLM-4参数量达到9000亿，GPT-4o用户超过2亿。`,
  '',
  '今年整个行业的融资增长了30%。',
].join('\r\n');
const B = '百度文心一言用户突破3亿。华为的盘古3.0也在其中。';

function doc(path: string, text: string, version = 1) {
  const uri = `file:///ws/${path}`;
  return { uri, path, document: TextDocument.create(uri, path.endsWith('.md') ? 'markdown' : 'plaintext', version, text), analysis: analyse(text, { markdown: path.endsWith('.md') }), kb };
}

describe('report data', () => {
  const a = doc('a.md', A, 3);
  const data = buildReport([a], { scope: 'document', locale: 'en' });

  test('counts mentions per vendor and per model, most first, with vendor and release date', () => {
    assert.equal(data.scope, 'document');
    assert.equal(data.uri, a.uri);
    assert.equal(data.version, 3);
    assert.deepEqual(data.paths, ['a.md']);
    const huawei = data.vendors.find((v) => v.id === 'vendor:huawei');
    assert.equal(huawei?.count, a.analysis.entities.filter((e) => e.entityId === 'vendor:huawei').length);
    assert.equal(huawei?.count, 2);
    assert.equal(data.vendors[0].id, 'vendor:huawei', 'the most mentioned first');
    const glm = data.models.find((m) => m.id === 'model:glm-4');
    assert.equal(glm?.vendor, kb.get('vendor:zhipu')?.name);
    assert.equal(glm?.released, (kb.get('model:glm-4') as { released?: string }).released);
    assert.equal(data.totals.mentions, a.analysis.entities.length);
    assert.equal(data.totals.vendors, data.vendors.length);
    assert.equal(data.totals.models, data.models.length);
  });

  test('figures by status, with ranges that select the figure text, subjects and context', () => {
    assert.equal(data.figures.length, a.analysis.figures.length);
    const sum = Object.values(data.statuses).reduce((x, y) => x + y, 0);
    assert.equal(sum, data.figures.length);
    for (const status of ['verified', 'attributed', 'unverified', 'conflict'] as const) {
      assert.equal(data.statuses[status], a.analysis.figures.filter((f) => f.status === status).length, status);
    }
    for (const f of data.figures) {
      assert.equal(a.document.getText(f.range), f.text, 'the range selects the figure');
      assert.equal(data.figures[f.index], f);
    }
    const glm = data.figures.find((f) => f.text === '9000亿')!;
    assert.equal(glm.status, 'unverified');
    assert.equal(glm.subjectId, 'model:glm-4');
    assert.equal(glm.subject, 'GLM-4');
    assert.match(glm.description, /9 × 10¹¹/);
    assert.ok(glm.context.before.endsWith('参数量达到'));
    assert.ok(glm.context.before.length <= 24);
    assert.equal(glm.context.after, '，GPT-4o用户超过2亿。');
    const industry = data.figures.find((f) => f.text === '30%')!;
    assert.equal(industry.subjectId, undefined, 'a figure without a subject');
    assert.equal(industry.range.start.line, 6, 'CRLF lines are counted once');
    assert.ok(!industry.context.after.includes('\r'));
  });

  test('the timeline lists the mentioned models with a release date, earliest first', () => {
    assert.ok(data.timeline.length >= 3);
    const dates = data.timeline.map((m) => m.released!);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(data.timeline.length + data.undated.length, data.models.length);
    assert.ok(data.timeline.some((m) => m.id === 'model:pangu-3.0' && m.released === '2023-07-07'));
  });

  test('the workspace report adds up the documents, sorted by path, and leaves files outside the folder out', () => {
    const b = doc('docs/b.txt', B);
    const outside = { ...doc('x.txt', B), uri: 'file:///elsewhere/x.txt', path: '../elsewhere/x.txt' };
    const untitled = { ...doc('u.txt', B), uri: 'untitled:Untitled-1', path: 'untitled:Untitled-1' };
    assert.ok(inWorkspace(a) && inWorkspace(b));
    assert.ok(!inWorkspace(outside) && !inWorkspace(untitled));
    assert.ok(!inWorkspace({ uri: 'file:///c:/x.md', path: 'C:\\x.md' }));
    const ws = buildReport([b, a, outside, untitled].filter(inWorkspace), { scope: 'workspace', locale: 'zh-cn' });
    assert.deepEqual(ws.paths, ['a.md', 'docs/b.txt']);
    assert.equal(ws.uri, undefined);
    const huawei = ws.vendors.find((v) => v.id === 'vendor:huawei')!;
    assert.equal(huawei.count, 3);
    assert.equal(huawei.documents, 2);
    const pangu = ws.models.find((m) => m.id === 'model:pangu-3.0')!;
    assert.equal(pangu.documents, 2);
    assert.deepEqual(ws.figures.map((f) => f.index), ws.figures.map((_, i) => i));
    assert.equal(ws.figures.at(-1)!.path, 'docs/b.txt');
    assert.match(ws.figures.find((f) => f.text === '9000亿')!.description, /^9 × 10¹¹/, 'zh locale');
    assert.ok(ws.figures.some((f) => f.text === '超过3万亿tokens' && f.description.startsWith('超过')));
  });

  test('ignored figures are counted apart and left out', () => {
    const a2 = doc('a.md', A);
    const figures = a2.analysis.figures.map((f, i) => (i === 0 ? { ...f, ignored: true } : f));
    const r = buildReport([{ ...a2, analysis: { ...a2.analysis, figures } }], { scope: 'document', locale: 'en' });
    assert.equal(r.totals.ignored, 1);
    assert.equal(r.figures.length, figures.length - 1);
    assert.equal(Object.values(r.statuses).reduce((x, y) => x + y, 0), figures.length - 1);
  });

  test('figures carry what they measure, named in the locale; the table lists them by subject, then attribute', () => {
    const zh = buildReport([a], { scope: 'document', locale: 'zh-cn' });
    const glm = zh.figures.find((f) => f.text === '9000亿')!;
    assert.equal(glm.attribute, 'parameters');
    assert.equal(glm.attributeName, '参数量');
    const ordered = bySubjectAndAttribute(data.figures);
    const keys = ordered.map((f) => `${f.subjectId ?? '~'}|${f.attribute}`);
    // each subject's figures together, each attribute's together within it, no subject last
    for (let i = 1; i < keys.length; i++) {
      const seenBefore = keys.slice(0, i - 1).includes(keys[i]);
      assert.ok(keys[i] === keys[i - 1] || !seenBefore, `grouped: ${keys.join(', ')}`);
    }
    assert.equal(ordered.at(-1)!.subjectId, undefined);
    assert.match(reportHtml(data, { nonce: NONCE, language: 'en', title: 'a.md' }), /<th>Measures<\/th>/);
  });

  test('a context cut never leaves half a surrogate pair', () => {
    const text = `${'😀'.repeat(30)}GPT-4o用户超过2亿${'😀'.repeat(30)}`;
    const r = buildReport([doc('e.txt', text)], { scope: 'document', locale: 'en' });
    const f = r.figures.find((x) => x.text === '超过2亿')!;
    for (const s of [f.context.before, f.context.after]) assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s), s);
  });
});

/** Every tag of the page: its name and its attributes, well-formed or the test fails. */
function tags(html: string): Array<{ name: string; attributes: Map<string, string> }> {
  const out = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const attributes = new Map<string, string>();
    const rest = m[2].replace(/\s*\/$/, '');
    const re = /\s+([a-zA-Z][\w:-]*)(?:="([^"]*)")?/gy;
    let consumed = 0;
    for (let a = re.exec(rest); a; a = re.exec(rest)) {
      attributes.set(a[1].toLowerCase(), a[2] ?? '');
      consumed = re.lastIndex;
    }
    assert.equal(rest.slice(consumed).trim(), '', `malformed attributes in <${m[1]}${m[2]}>`);
    out.push({ name: m[1].toLowerCase(), attributes });
  }
  return out;
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'p', 'button', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'mark', 'svg', 'rect', 'line', 'circle', 'text', 'script']);

function hostileReport(): ReportData {
  const base = buildReport([doc('a.md', A)], { scope: 'workspace', locale: 'en' });
  const entity = { id: `model:${HOSTILE}`, kind: 'model' as const, name: `${HOSTILE}"><script>alert(2)</script>`, count: 2, documents: 1, vendor: `" onmouseover="alert(3)`, released: `2024-05"><svg onload=alert(4)>`, unknown: true };
  return {
    ...base,
    paths: [...base.paths, `${HOSTILE}.md`],
    vendors: [...base.vendors, { ...entity, kind: 'vendor', id: `vendor:${HOSTILE}` }],
    models: [...base.models, entity],
    timeline: [...base.timeline, entity],
    undated: [{ ...entity, released: undefined }],
    figures: base.figures.map((f) => (f.status === 'unverified'
      ? { ...f, path: `${HOSTILE}.md`, subject: `${HOSTILE}' onfocus='alert(5)`, description: `</script><script>alert(6)</script>`, context: { before: `<img src=x onerror=alert(1)>`, after: '</script>' } }
      : f)),
  };
}

describe('report HTML', () => {
  const data = buildReport([doc('a.md', A)], { scope: 'document', locale: 'en' });
  const html = reportHtml(data, { nonce: NONCE, language: 'en', title: 'a.md' });

  test('a strict Content-Security-Policy, nothing remote, the only script and stylesheet carry the nonce', () => {
    const csp = contentSecurityPolicy(NONCE);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${NONCE}'`.replace(/[+/=]/g, '\\$&')));
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp));
    const all = tags(html);
    const meta = all.find((t) => t.name === 'meta' && t.attributes.get('http-equiv') === 'Content-Security-Policy');
    assert.equal(meta?.attributes.get('content'), csp);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style'), 'the policy comes before any style or script');
    assert.ok(!/https?:/i.test(html), 'no http or https URL at all');
    for (const t of all) {
      for (const name of ['src', 'href', 'srcset', 'style', 'action', 'xlink:href']) assert.ok(!t.attributes.has(name), `<${t.name} ${name}>`);
      for (const name of t.attributes.keys()) assert.ok(!name.startsWith('on'), `<${t.name} ${name}>`);
      if (t.name === 'script' || t.name === 'style') assert.equal(t.attributes.get('nonce'), NONCE);
    }
    assert.equal(all.filter((t) => t.name === 'script').length, 1);
    assert.throws(() => reportHtml(data, { nonce: '"><script>', language: 'en', title: '' }), /nonce/);
  });

  test('charts show the right counts', () => {
    const section = (id: string) => html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));
    const counts = (id: string) => [...section(id).matchAll(/<tr class="bar-row" data-count="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(counts('vendors'), data.vendors.map((v) => v.count));
    assert.deepEqual(counts('models'), data.models.map((m) => m.count));
    assert.deepEqual(counts('statuses'), [data.statuses.conflict, data.statuses.unverified, data.statuses.attributed, data.statuses.verified]);
    assert.match(section('vendors'), /<rect x="0" y="1" width="100\.00%"/, 'the largest bar is full width');
    assert.equal(section('vendors').match(/<svg class="bar vendor"/g)?.length, data.vendors.length);
    for (const v of data.vendors) assert.ok(section('vendors').includes(`<th scope="row">${escape(v.name)}`), v.name);
    // the unverified table: one row per unverified figure, carrying its index and nothing else
    const rows = [...section('unverified').matchAll(/<tr class="figure" tabindex="0" data-figure="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(rows, data.figures.filter((f) => f.status === 'unverified').map((f) => f.index));
    assert.ok(rows.length >= 2);
    // the timeline: release order, one dot per model
    const released = [...section('timeline').matchAll(/<tr class="model" data-released="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(released, data.timeline.map((m) => m.released));
    assert.equal(section('timeline').match(/<circle class="dot"/g)?.length, data.timeline.length);
  });

  test('hostile text is escaped in element and attribute contexts', () => {
    const page = reportHtml(hostileReport(), { nonce: NONCE, language: 'en', title: `${HOSTILE} title` });
    const all = tags(page); // also: every attribute is well formed, no value broke out of its quotes
    assert.deepEqual([...new Set(all.map((t) => t.name))].filter((n) => !ALLOWED_TAGS.has(n)), [], 'no injected element');
    assert.equal(all.filter((t) => t.name === 'script').length, 1, 'one script');
    assert.equal(page.match(/<\/script>/gi)?.length, 1, 'only our own </script>');
    assert.equal(page.match(/<\/style>/gi)?.length, 1);
    assert.ok(!page.includes('<img'));
    assert.ok(!page.includes('<svg onload'));
    for (const t of all) for (const name of t.attributes.keys()) assert.ok(!name.startsWith('on'), `<${t.name} ${name}>`);
    assert.ok(page.includes('&#60;img src=x onerror=alert(1)&#62;&#60;/script&#62;&#34;&#39;&#96;&#38;'), 'shown as text');
    const titled = all.filter((t) => t.attributes.get('title')?.includes('onmouseover'));
    assert.ok(titled.length > 0, 'the vendor reached an attribute');
    for (const t of titled) assert.equal(t.attributes.get('title')?.includes('"'), false);
    assert.ok(page.includes('&#60;/script&#62;&#60;script&#62;alert(6)&#60;/script&#62;'));
    assert.ok(page.includes('<mark>'), 'the figure is marked in its context');
    assert.ok(page.includes('data-released="2024-05&#34;&#62;&#60;svg onload=alert(4)&#62;"'));
  });

  test('escape covers the characters that end an element or an attribute', () => {
    assert.equal(escape(`<>&"'\``), '&#60;&#62;&#38;&#34;&#39;&#96;');
    assert.equal(escape(undefined), '');
    assert.equal(escape('盘古3.0'), '盘古3.0');
  });

  test('labels in Simplified Chinese, numbers and names unchanged', () => {
    const zh = reportHtml(data, { nonce: NONCE, language: 'zh-cn', title: 'a.md' });
    assert.match(zh, /<html lang="zh-CN">/);
    for (const label of ['各厂商提及次数', '各模型提及次数', '各状态数据条数', '未核实的数据', '按发布时间排列的模型', '刷新']) assert.ok(zh.includes(label), label);
    assert.ok(!zh.includes('Mentions per vendor'));
    assert.match(html, /<html lang="en">/);
    assert.ok(html.includes('Mentions per vendor'));
  });

  test('empty report and long lists', () => {
    const empty = buildReport([doc('e.md', '没有任何内容。')], { scope: 'document', locale: 'en' });
    const page = reportHtml(empty, { nonce: NONCE, language: 'en', title: 'e.md' });
    assert.ok(page.includes('None.'));
    const many = { ...data, vendors: Array.from({ length: 45 }, (_, i) => ({ id: `vendor:v${i}`, kind: 'vendor' as const, name: `V${i}`, count: 45 - i, documents: 1 })) };
    const long = reportHtml(many, { nonce: NONCE, language: 'en', title: 'x', limit: 30 });
    assert.ok(long.includes('… and 15 more'));
  });

  test('release dates on the timeline', () => {
    assert.equal(dateValue('2024'), 2024);
    assert.equal(dateValue('2024-07'), 2024.5);
    assert.ok(Math.abs(dateValue('2024-07-02')! - (2024.5 + 1 / 365)) < 1e-9);
    assert.equal(dateValue('soon'), undefined);
  });
});
