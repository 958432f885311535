// A shop's product page (京东, 天猫, 淘宝 …): its title line, or its 商品名称 field, names the one product every
// unnamed price, spec and review on the page is about, however unknown that product is to the knowledge base.
//   首页 > 数码 > 智能眼镜
//   目灵MuLing AI眼镜Air 2 Pro 端侧大模型 实时翻译 39g轻量      ← the title: its leading name
//   京东价　￥2699.00
//   商品名称：目灵AI眼镜Air 2 Pro                                ← the field, when the page has one

/** Words only a shop's page writes: two different ones make a page a product page. */
const SHOP_MARKS = /京东价|京東價|天猫价|天貓價|到手价|到手價|券后价|券後價|加入购物车|加入購物車|累计评价|累計評價|商品评价|商品評價|商品介绍|商品介紹|商品名称|商品名稱|规格参数|規格參數|已售\s*\d|月销\s*\d|月銷\s*\d|买家问答|買家問答|白\s*条|七天无理由|7天无理由|以旧换新|以舊換新|期免息/g;
/** How far into the page the marks and the title are looked for. */
const SHOP_HEAD = 3000;
/** The product's name as a field of the page's description. */
const NAME_FIELD = /^[ \t\u3000·•\-*]*(?:商品名称|商品名稱|产品名称|產品名稱)\s*[：:]\s*([^\n]{2,40}?)\s*$/m;
/** A navigation line (首页 > 数码 > …), a site's name, a sale's banner: no title. */
// (nor the shop's own line: 联想京东自营旗舰店　｜　关注店铺)
// (nor a sale's banner: 🔥AI焕新季|12.10-12.12 限时3天🔥)
const NOT_A_TITLE = /[>＞»]|^\s*[【\[]|\p{Extended_Pictographic}|限时|限時|秒杀|秒殺|大促|狂欢|狂歡|焕新季|煥新季|直降|满减|滿減|领券|領券|主会场|主會場|\d{1,2}\.\d{1,2}\s*[-~～]\s*\d{1,2}\.\d{1,2}|^\s*(?:首页|首頁|京东|京東|天猫|天貓|淘宝|淘寶)\s*$|旗舰店|旗艦店|专卖店|專賣店|专营店|專營店|自营店|自營店|官方店|关注店铺|關注店鋪|进店|進店|联系客服|聯繫客服/u;
/** A sentence's punctuation: a headline's, never a product title's. */
const HEADLINE = /[，。！？：；]/;
/** Where a title's name ends: a year's or a size's token, a spec, a colour, a banner. */
const SPEC_TOKEN = /^(?:\d{4}款|\d+(?:\.\d+)?(?:英寸|寸|吋|G|GB|T|TB|mAh|W|Hz|g|克)|[【\[(（]|.*[色版装裝]$)/i;

/** A brand with its Latin name in brackets before a product's name: 联想(Lenovo), 华为（HUAWEI）. */
const BRAND_BEFORE_NAME = /^[\u4e00-\u9fff]{1,6}[(（][A-Za-z][A-Za-z .&-]*[)）]/;

export interface ShopProduct {
  /** The product's name as the page writes it. */
  name: string;
  start: number;
  end: number;
}

/** A section of a sale's page, its label in brackets and the product it sells: 【爆款一】联想YOGA Air 15 Aura AI元启版. */
// (a name with a Latin model in it and no sentence's punctuation: not 【新品首发】9月15日20:00开售，前1000名…)
const PRODUCT_SECTION = /^[ \t]*【[^】\n]{1,10}】[ \t]*([^\n【，。！？!?：:（()）]*[A-Za-z][^\n【，。！？!?：:（()）]*?)[ \t]*$/gm;

/** Whether the text is a shop's page: two of the words only such a page writes, near its top. */
function isShopPage(head: string): boolean {
  const marks = new Set<string>();
  for (const m of head.matchAll(SHOP_MARKS)) marks.add(m[0].replace(/\s|\d/g, ''));
  return marks.size >= 2;
}

/**
 * The products of a sale's page that sells several, one per section (【爆款一】联想YOGA Air 15 …, 【爆款二】…):
 * each section's heading names its product. Empty for a page of one product or no shop's page.
 */
export function shopPageProducts(text: string): ShopProduct[] {
  if (!isShopPage(text.slice(0, SHOP_HEAD))) return [];
  const out: ShopProduct[] = [];
  for (const m of text.matchAll(PRODUCT_SECTION)) {
    const lineStart = m.index! + m[0].indexOf(m[1]);
    const product = titleName(m[1], lineStart);
    if (product) out.push(product);
  }
  return out.length >= 2 ? out : [];
}

/**
 * The product a shop's page is about, or undefined when the text is no product page (or one of several products:
 * `sections`, the page's products by section, when the caller has read them already).
 */
export function shopPageProduct(text: string, sections: readonly ShopProduct[] = shopPageProducts(text)): ShopProduct | undefined {
  const head = text.slice(0, SHOP_HEAD);
  if (!isShopPage(head) || sections.length) return undefined;
  const field = NAME_FIELD.exec(head);
  if (field) {
    const start = field.index + field[0].indexOf(field[1], field[0].search(/[：:]/));
    return { name: field[1], start, end: start + field[1].length };
  }
  // the title: the first line with words that is no navigation, above the first price
  let pos = 0;
  while (pos < head.length) {
    let end = head.indexOf('\n', pos);
    if (end < 0) end = head.length;
    const line = head.slice(pos, end);
    if (/[￥¥]\s*\d/.test(line)) return undefined;
    // (a headline's sentence is no product's title: vivo 把 30 亿参数的大模型塞进了手机：每秒 80 tokens)
    if (line.trim() && !NOT_A_TITLE.test(line)) return HEADLINE.test(line) ? undefined : titleName(line, pos);
    pos = end + 1;
  }
  return undefined;
}

/** The leading name of a title line: its words up to the first spec, size, year, colour or description. */
function titleName(line: string, lineStart: number): ShopProduct | undefined {
  const words = [...line.matchAll(/\S+/g)];
  let last: RegExpMatchArray | undefined;
  for (let k = 0; k < words.length && k < 6; k++) {
    const w = words[k][0];
    // (a word of Chinese alone after the first is a description: 端侧大模型, 轻薄本; so is one that joins two things,
    // or has a description's run of Chinese in it: 星火大模型+DeepSeek双引擎)
    if (SPEC_TOKEN.test(w) || (k > 0 && (/^[\u4e00-\u9fff]{3,}$/.test(w) || /[+＋](?=\S)/.test(w) || /[\u4e00-\u9fff]{4,}/.test(w)))) break;
    last = words[k];
  }
  if (!last) return undefined;
  // (without the brand the title opens with, its Latin name in brackets: 联想(Lenovo)小新Pro14 → 小新Pro14)
  const brand = BRAND_BEFORE_NAME.exec(words[0][0]);
  const from = words[0].index! + (brand && brand[0].length < words[0][0].length ? brand[0].length : 0);
  const start = lineStart + from, end = lineStart + last.index! + last[0].length;
  const name = line.slice(from, last.index! + last[0].length);
  // (a name needs a letter or a digit beside its words: a product's model, not a slogan)
  return name.length >= 4 && name.length <= 30 && /[A-Za-z0-9]/.test(name) ? { name, start, end } : undefined;
}
