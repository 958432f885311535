// Sections for the outline: Markdown headings (as the Markdown parser found them, or by their # in a plain text), Chinese
// ordinal headings (一、 （一） 1.) and short title lines between paragraphs. The first title
// line of a plain text is its title.
import type { MarkdownHeading } from './markdown.ts';
import { PAUSE_EVERY, runSteps, type Steps } from './steps.ts';
import type { Section } from './types.ts';

interface Heading { level: number; title: string; start: number; end: number }

const CN_ORDINAL = /^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(\S.*)$/;
const CN_PAREN_ORDINAL = /^\s*[（(][一二三四五六七八九十]{1,3}[)）]\s*(\S.*)$/;
// (not a decimal at a line's start: 5.2元/4天; a newsletter's item number and a bar too: 03 | Anthropic 推出 Claude Opus 4.1)
const DIGIT_ORDINAL = /^\s*\d{1,2}\s*(?:[.．](?!\d)|、|[|｜])\s*(\S.*)$/;
/** 01 GitHub Copilot：老牌选手，额度最“抠”: a post's zero-padded section number, a space and its head (its gist after a colon). */
const PADDED_ORDINAL = /^\s*0[1-9][ \t\u3000]+(\S.*)$/;
/** 1️⃣ DeepSeek, ① 价格, ❷ 部署, 🥇 Kimi: a keycap or circled number, or a ranking's medal, heads an item of a post as a numbered heading does. */
const SYMBOL_ORDINAL = /^\s*(?:\d\uFE0F?\u20E3|[\u2460-\u2473\u2776-\u277F]|[\u{1F947}-\u{1F949}])\s*(\S.*)$/u;
/** #1　豆包 - 你的AI助手, No.2 Kimi, TOP3 文心一言: a rank and a name head the item of a ranking below them. */
const RANK_ITEM = /^\s*(?:#|No\.?\s?|NO\.?\s?|TOP\s?|Top\s?)\d{1,3}[ \t\u3000]+(\S.*)$/;
/** ▍寒武纪（688256.SH）：Q3收入环比大增, ■ 行业动态: a block or bullet mark at a line's start heads a section of a brief or a post. */
const MARK_HEADING = /^\s*[▍▌▎▐■◆◼⬛▶►]\s*(\S.*)$/u;
/** A line that is one run of bold text and nothing else (**…**, __…__), perhaps with a colon after it. */
const BOLD_LINE = /^(?:\*\*([^*\n]{2,60})\*\*|__([^_\n]{2,60})__)\s*[：:]?$/;
/** A Markdown heading in a plain text (a README or a post pasted into a .txt file): one to six #, a space, its title. */
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(\S.*?)[ \t]*#*[ \t]*$/;
const ENDS_SENTENCE = /[。，,；;：:、…]$/;
/** A Q&A record's numbered question (问1：, 問2：, Q3：). */
const NUMBERED_QUESTION = /^(?:\*\*)?(?:问|問|提问|提問|Q)\s*\d{1,2}\s*(?:\*\*)?\s*[：:.、]/;
const CJK = /[\u3400-\u9fff]/g;

/** `text` with code blanked out; `markdownHeadings` are given for a Markdown document (and only then). */
export function findSections(text: string, markdownHeadings?: readonly MarkdownHeading[]): Section[] {
  return runSteps(findSectionsInSteps(text, markdownHeadings));
}

/** findSections, pausing every few thousand lines (a huge document's outline). */
export function* findSectionsInSteps(text: string, markdownHeadings?: readonly MarkdownHeading[]): Steps<Section[]> {
  const markdown = !!markdownHeadings;
  const lines: Array<{ text: string; start: number; end: number }> = [];
  for (let pos = 0; pos <= text.length;) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const lineEnd = text.charCodeAt(nl - 1) === 13 && nl > pos ? nl - 1 : nl;
    lines.push({ text: text.slice(pos, lineEnd), start: pos, end: lineEnd });
    pos = nl + 1;
    if (lines.length % PAUSE_EVERY === 0) yield;
  }
  const headings: Heading[] = [];
  let firstTitle = true;
  let next = 0; // the next Markdown heading
  for (let i = 0; i < lines.length; i++) {
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
    const { text: line, start, end } = lines[i];
    while (markdownHeadings && next < markdownHeadings.length && markdownHeadings[next].end < start) next++;
    const md = markdownHeadings?.[next];
    if (md && md.start <= end && start < md.end) {
      // a line of a Markdown heading (a setext heading has two)
      if (md.start >= start) headings.push({ level: md.level, title: text.slice(md.titleStart, md.titleEnd).trim(), start: md.start, end: md.end });
      firstTitle = false;
      continue;
    }
    const t = line.trim();
    if (!t) continue;
    let h: Heading | undefined;
    const atx = markdown ? null : ATX_HEADING.exec(line);
    if (atx && atx[2].length <= 80) {
      headings.push({ level: atx[1].length, title: atx[2], start, end });
      firstTitle = false;
      continue;
    }
    // (a marked heading may be longer: a brief's section titles say what happened, 寒武纪（688256.SH）：Q3收入环比大增，思元590批量交付)
    const marked = t.length <= 60 && !ENDS_SENTENCE.test(t) ? MARK_HEADING.exec(line) ?? RANK_ITEM.exec(line) : null;
    // (a line all in bold heads the lines below it as a post writes a heading: **例1：Qwen2.5-72B，4×A100 80G**)
    const bold = !marked && t.length <= 64 ? BOLD_LINE.exec(t) : null;
    if (marked && !/[。！？!?]/.test(marked[1])) h = { level: 3, title: t, start, end };
    // (a numbered question of a Q&A record heads its answer however it ends, 问4：请介绍…。 as 问3：…？, so that one
    // question's names stop where the next question begins)
    else if (t.length <= 80 && NUMBERED_QUESTION.test(t)) h = { level: 3, title: t, start, end };
    else if (bold && !/[。！？!?]/.test(bold[1] ?? bold[2]) && !ENDS_SENTENCE.test(bold[1] ?? bold[2])) h = { level: 4, title: (bold[1] ?? bold[2]).trim(), start, end };
    // (an ordinal heading of a brief's section may be longer too, its company and what happened after a bar or a colon:
    // （四）计算机｜科大讯飞（002230.SZ）：星火X1全国产算力训练，教育医疗持续兑现)
    else if ((t.length <= 40 || (t.length <= 60 && /[｜|：:]/.test(t) && !/[。！？!?]/.test(t) && (CN_ORDINAL.test(line) || CN_PAREN_ORDINAL.test(line)))) && !ENDS_SENTENCE.test(t)) {
      let m: RegExpExecArray | null;
      if ((m = CN_ORDINAL.exec(line))) h = { level: 2, title: t, start, end };
      else if ((m = CN_PAREN_ORDINAL.exec(line))) h = { level: 3, title: t, start, end };
      else if ((m = DIGIT_ORDINAL.exec(line)) && (t.length <= 24 || /^\s*\d{1,2}\s*[|｜]/.test(line)) && !/[。，,]/.test(m[1])) h = { level: 4, title: t, start, end };
      else if ((m = PADDED_ORDINAL.exec(line)) && !/[。，,]/.test(m[1].split(/[：:｜|]/)[0])) h = { level: 3, title: t, start, end };
      // (a head and its gist after a bar may run on: 5️⃣ Kimi｜打赏制，最低¥5.2起)
      else if ((m = SYMBOL_ORDINAL.exec(line)) && !/[。，,]/.test(m[1].split(/[｜|]/)[0])) h = { level: 4, title: t, start, end };
      else if (isTitleLine(t, lines, i, markdown)) h = { level: firstTitle && headings.length === 0 ? 1 : 2, title: t, start, end };
    }
    if (h) {
      headings.push(h);
    }
    firstTitle = false;
  }
  return headings.map((h, k) => {
    let sectionEnd = text.length;
    for (let j = k + 1; j < headings.length; j++) {
      if (headings[j].level <= h.level) { sectionEnd = headings[j].start; break; }
    }
    return { title: h.title, level: h.level, headingStart: h.start, headingEnd: h.end, start: h.start, end: sectionEnd };
  });
}

/** A short line with no closing punctuation, followed by a longer paragraph. */
function isTitleLine(t: string, lines: Array<{ text: string }>, i: number, markdown: boolean): boolean {
  if (t.length < 4 || t.length > 30) return false;
  if ((t.match(CJK)?.length ?? 0) < 2) return false;
  if (/[|｜]/.test(t) || /^[-*+>|#\d(（]/.test(t)) return false;
  // (nor a post's line of a value after its emoji, 💰20美元/月（约145元）)
  if (/^\p{Extended_Pictographic}\uFE0F?\s*[\d¥￥$]/u.test(t)) return false;
  // a label and its value (🧾本月账单：¥412.6, 营收：12亿元) is a line of a list, not a title
  if (/[：:]\s*[¥￥$€£]?\s*[\d０-９]/.test(t)) return false;
  // (and so is a shop's price line, 京东价　￥5999.00　[降价通知]: an amount with its currency sign is no title's)
  if (/[¥￥]\s*[\d０-９]/.test(t)) return false;
  // (and a byline, 分析师：周恺文, 记者：…: a short label and what it names)
  if (/^[\u4e00-\u9fff]{1,5}\s*[：:]\s*\S/.test(t)) return false;
  if (markdown && /^\s*([-*+]|\d+\.)\s/.test(t)) return false;
  let next = i + 1;
  while (next < lines.length && !lines[next].text.trim()) next++;
  if (next >= lines.length) return false;
  const following = lines[next].text.trim();
  return following.length > t.length * 1.5 && following.length > 30;
}
