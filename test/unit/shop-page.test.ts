// A shop's product page names one product in its title or its 商品名称 field: that product is a
// mention wherever the page writes it, and what every unnamed price, spec and review is about.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shopPageProduct, shopPageProducts } from '../../server/src/analysis/shopPage.ts';
import { analyse } from '../helpers/engine.ts';

const page = (title: string, field = '') => [
  '京东 > 电脑、办公 > 笔记本 > 联想小新', '', title,
  '京东价　￥5999.00　　[降价通知]', '优惠 立减500元 | 满5000减200 | 限时8折 | 24期免息', '累计评价 2万+　　好评率 97%', '',
  '【规格参数】', ...(field ? [field] : []), 'NPU算力：13 TOPS', '重量：约1.46kg', '',
  '【AI功能】', '内置个人智能体，端侧大模型参数约70亿，支持32K上下文，断网也能用。',
].join('\n');

describe('the product a shop\'s page is about', () => {
  const rows: Array<[title: string, text: string, product: string | undefined]> = [
    ['the title\'s leading name, up to its year', page('联想小新Pro 14 AI元启 2025款 14英寸轻薄本 32G 1T'), '联想小新Pro 14 AI元启'],
    ['the title\'s leading name, up to a description in words', page('目灵MuLing AI眼镜Air 2 Pro 端侧大模型 实时翻译'), '目灵MuLing AI眼镜Air 2 Pro'],
    ['the 商品名称 field before the title', page('目灵MuLing AI眼镜Air 2 Pro 端侧大模型 实时翻译', '商品名称：目灵AI眼镜Air 2 Pro'), '目灵AI眼镜Air 2 Pro'],
    ['traditional script', page('目靈AI眼鏡Air 2 Pro 端側大模型', '商品名稱：目靈AI眼鏡Air 2 Pro').replace('京东价', '京東價').replace('累计评价', '累計評價'), '目靈AI眼鏡Air 2 Pro'],
    ['the title\'s leading name, up to a word that joins two things', page('讯飞AI学习机T30 Pro 星火大模型+DeepSeek双引擎 12.35英寸类纸护眼屏'), '讯飞AI学习机T30 Pro'],
    ['traditional script, up to a word that joins two things', page('訊飛AI學習機T30 Pro 星火大模型+DeepSeek雙引擎 12.35英寸').replace('京东价', '京東價').replace('累计评价', '累計評價'), '訊飛AI學習機T30 Pro'],
    ['no title: a headline\'s sentence', page('vivo 把 30 亿参数的大模型塞进了手机：每秒 80 tokens'), undefined],
    ['no shop: a news story that names a price', '联想小新Pro 14 AI元启发布\n\n售价￥5999，搭载13 TOPS的NPU。', undefined],
  ];
  for (const [title, text, product] of rows) test(title, () => assert.equal(shopPageProduct(text)?.name, product));
});

test('a shop\'s page: its product is what its unnamed prices and specs are about, not the shop named in its navigation', () => {
  const a = analyse(page('联想小新Pro 14 AI元启 2025款 14英寸轻薄本 32G 1T'));
  const about = (text: string) => a.figures.find((f) => f.text === text)?.subjectId;
  for (const figure of ['8折', '13 TOPS', '约1.46kg', '约70亿']) assert.equal(about(figure), 'product:联想小新pro 14 ai元启', figure);
  assert.equal(a.figures.find((f) => f.text === '8折')?.attribute, 'price');
  assert.equal(a.figures.find((f) => f.text === '500元')?.attribute, 'price');
  // (the shop's name before 价 labels the price, no mention of the company; the navigation's 京东 is one)
  assert.deepEqual(a.entities.filter((e) => e.entityId === 'vendor:jd').map((e) => e.start), [0]);
  assert.equal(a.figures.find((f) => f.text === '￥5999.00')?.attribute, 'price');
});

test('a sale\'s page of several products (【爆款一】…, 【爆款二】…) names each, and no one of them is the page\'s; its banner is no title', () => {
  const sale = [
    '首页 > 电脑/办公 > 双12 AI焕新季', '', '🔥AI焕新季|12.10-12.12 限时3天🔥', '领券中心 ▸ 跨店每满300元减40元 | 白条最高12期免息', '',
    '【爆款一】联想YOGA Air 15 Aura AI元启版', '日常价:¥8999.00', '到手价:¥6884.15', '',
    '【爆款二】星眸AI拍摄眼镜 S2', '日常价:¥2499', '到手价:¥1999.2',
  ].join('\n');
  assert.deepEqual(shopPageProducts(sale).map((p) => p.name), ['联想YOGA Air 15 Aura', '星眸AI拍摄眼镜 S2']);
  assert.equal(shopPageProduct(sale), undefined);
  assert.ok(analyse(sale).entities.some((e) => e.text === '星眸AI拍摄眼镜 S2' && e.kind === 'product'));
  // (a page of one product with a bracketed label before a line of news keeps its title)
  assert.deepEqual(shopPageProducts(page('目灵MuLing AI眼镜Air 2 Pro 端侧大模型').replace('【规格参数】', '【新品首发】9月15日20:00开售，前1000名下单赠券！\n【规格参数】')), []);
  // (and a banner alone is no product)
  assert.equal(shopPageProduct(['首页 > 数码', '', '🔥AI焕新季|12.10-12.12 限时3天🔥', '京东价 ￥2699.00', '累计评价 2万+'].join('\n')), undefined);
});
