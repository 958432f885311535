// Specification of numbers and figures (issue 2, section 4; DESIGN.md export contract):
// each case is a short Chinese sentence and the figures it states, in order — or none.
//
// A figure is compared on its text span (original offsets), value, unit and qualifier, and on
// its range (absent unless the text writes one). `ambiguity` is checked where a case names it
// (null: must be absent), `subjectId` where a case names it (null: must be absent).
//
// Cases marked `todo` state what the spec wants and what the engine does not do yet; they are
// reported by node:test but do not fail the run. Remove the todo when the engine is fixed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Figure, Qualifier } from '../../server/src/analysis/types.ts';
import { analyse } from '../helpers/engine.ts';

interface Expected {
  text: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The written range; must be absent when not given (except `'any'`, for 几 whose reading may carry one). */
  range?: [number, number] | 'any';
  ambiguity?: 'increase-multiple' | null;
  subjectId?: string | null;
}

interface Case {
  input: string;
  figures: Expected[];
  todo?: string;
}

type Extra = Pick<Expected, 'range' | 'ambiguity' | 'subjectId'>;
const fig = (text: string, value: number, unit: string, qualifier: Qualifier = 'eq', extra: Extra = {}): Expected => ({
  text, value, unit, qualifier, ...extra,
});
const none: Expected[] = [];

function project(f: Figure, e: Expected | undefined) {
  const out: Record<string, unknown> = { text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier };
  if (e?.range !== 'any') out.range = f.range;
  if (e && 'ambiguity' in e) out.ambiguity = f.ambiguity ?? null;
  if (e && 'subjectId' in e) out.subjectId = f.subjectId ?? null;
  return out;
}

function expected(e: Expected) {
  const out: Record<string, unknown> = { text: e.text, value: e.value, unit: e.unit, qualifier: e.qualifier };
  if (e.range !== 'any') out.range = e.range;
  if ('ambiguity' in e) out.ambiguity = e.ambiguity;
  if ('subjectId' in e) out.subjectId = e.subjectId;
  return out;
}

function check(c: Case) {
  const got = analyse(c.input).figures;
  for (const f of got) assert.equal(f.text, c.input.slice(f.start, f.end), 'a figure text is its span of the original');
  assert.deepEqual(
    got.map((f, i) => project(f, c.figures[i])),
    c.figures.map(expected),
  );
}

function run(title: string, cases: Case[]) {
  describe(title, () => {
    for (const c of cases) {
      const what = c.figures.length ? c.figures.map((f) => f.text).join(' | ') : 'no figure';
      test(`${c.input} → ${what}`, c.todo ? { todo: c.todo } : {}, () => check(c));
    }
  });
}

run('numerals and scale words', [
  { input: '盘古3.0使用了超过3万亿tokens进行训练', figures: [fig('超过3万亿tokens', 3e12, 'tokens', 'gt', { subjectId: 'model:pangu-3.0' })] },
  { input: '华为发布了千亿参数的盘古大模型', figures: [fig('千亿参数', 1e11, '参数', 'eq', { subjectId: 'model:pangu' })] },
  // a table cell's number with a bracketed note that words another: each a figure
  { input: '| 模型 | 输入 |\n| --- | --- |\n| DeepSeek-V3 | 2（缓存命中 0.5） |\n', figures: [fig('2', 2, ''), fig('0.5', 0.5, '')] },
  { input: '| 模型 | 輸入 |\n| --- | --- |\n| DeepSeek-V3 | 2（緩存命中 0.5） |\n', figures: [fig('2', 2, ''), fig('0.5', 0.5, '')] },
  // a price said from where it starts (官方是三千九百九十九起，) counts no cases (3起事故 does)
  { input: '价格啊，官方是三千九百九十九起，今天到手更便宜', figures: [fig('三千九百九十九起', 3999, '', 'gte')] },
  { input: '價格啊，官方是三千九百九十九起，今天到手更便宜', figures: [fig('三千九百九十九起', 3999, '', 'gte')] },
  { input: '价格上涨后，共发生3起事故', figures: [fig('3起', 3, '起')] },
  // the layers of a stack count (层级, 层面 are words of their own)
  { input: 'SK海力士的HBM3E采用12层堆叠', figures: [fig('12层', 12, '层')] },
  { input: 'SK海力士的HBM3E採用12層堆疊', figures: [fig('12層', 12, '层')] },
  { input: '这涉及3层面的问题', figures: none },
  { input: '业界正在迈向万亿参数的模型', figures: [fig('万亿参数', 1e12, '参数')] },
  { input: '国内已有多个超百亿参数的模型', figures: [fig('超百亿参数', 1e10, '参数', 'gt')] },
  { input: '公司目前拥有两千名研发人员', figures: [fig('两千名', 2000, '名')] },
  { input: '平台已服务1.2万家企业', figures: [fig('1.2万家', 12000, '家')] },
  { input: '上下文长度扩展到1,024个tokens', figures: [fig('1,024个tokens', 1024, 'tokens')] },
  { input: '单日处理10,000,000次请求', figures: [fig('10,000,000次', 1e7, '次')] },
  { input: '百分之三十的受访企业已经部署大模型', figures: [fig('百分之三十', 30, '%')] },
  { input: '百分之九十五的问题可以自动解决', figures: [fig('百分之九十五', 95, '%')] },
  { input: '三成企业表示将加大AI投入', figures: [fig('三成', 30, '%')] },
  { input: '推理成本下降了两成', figures: [fig('两成', 20, '%')] },
  { input: '研发团队规模达到三千五人', figures: [fig('三千五人', 3500, '人')] },
  { input: '该应用累计调用五亿零六万次', figures: [fig('五亿零六万次', 500060000, '次')] },
  { input: '该项目共收到五亿零六元捐款', figures: [fig('五亿零六元', 500000006, '元')] },
  { input: '训练数据规模达到2兆tokens', figures: [fig('2兆tokens', 2e12, 'tokens')] },
  { input: '一万两千名开发者参与了公测', figures: [fig('一万两千名', 12000, '名')] },
  { input: '该集群分布在十二个数据中心', figures: [fig('十二个', 12, '个')] },
  { input: '公司年营收达到一百五十亿元', figures: [fig('一百五十亿元', 1.5e10, '元')] },
  { input: '天使轮融资金额为两百万美元', figures: [fig('两百万美元', 2e6, '美元')] },
  { input: '服务可用率达到99.99%', figures: [fig('99.99%', 99.99, '%')] },
  { input: '错误率仅为0.5%', figures: [fig('0.5%', 0.5, '%')] },
  { input: '该模型在3.5万亿tokens上完成预训练', figures: [fig('3.5万亿tokens', 3.5e12, 'tokens')] },
  { input: '公司去年营收为13亿美元', figures: [fig('13亿美元', 1.3e9, '美元')] },
  { input: '这家初创公司完成了1200万美元融资', figures: [fig('1200万美元', 1.2e7, '美元')] },
  { input: '推理速度是上一代的三倍', figures: [fig('三倍', 3, 'x', 'eq', { ambiguity: null })] },
  { input: '不良率仅为百分之零点五', figures: [fig('百分之零点五', 0.5, '%')] },
  { input: '模型训练了三千五百亿个tokens', figures: [fig('三千五百亿个tokens', 3.5e11, 'tokens')] },
  { input: '上下文长度达到１，０２４个tokens', figures: [fig('１，０２４个tokens', 1024, 'tokens')] },
]);

run('ranges', [
  { input: '推理速度可达原来的5至10倍', figures: [fig('5至10倍', 5, 'x', 'eq', { range: [5, 10], ambiguity: null })] },
  { input: '国产芯片的市场份额在30%-40%之间', figures: [fig('30%-40%', 30, '%', 'eq', { range: [30, 40] })] },
  { input: '毛利率在20%到25%之间', figures: [fig('20%到25%', 20, '%', 'eq', { range: [20, 25] })] },
  { input: '每台服务器可部署20~100个实例', figures: [fig('20~100个', 20, '个', 'eq', { range: [20, 100] })] },
  { input: '每次调用消耗20～100个tokens', figures: [fig('20～100个tokens', 20, 'tokens', 'eq', { range: [20, 100] })] },
  { input: '算法工程师年薪在50万至100万元之间', figures: [fig('50万至100万元', 5e5, '元', 'eq', { range: [5e5, 1e6] })] },
  { input: '一次完整训练需要3到5天', figures: [fig('3到5天', 3, '天', 'eq', { range: [3, 5] })] },
  { input: '推理速度可达到原来的两到三倍', figures: [fig('两到三倍', 2, 'x', 'eq', { range: [2, 3] })] },
  { input: '部署周期缩短至1-2个月', figures: [fig('1-2个月', 1, '月', 'eq', { range: [1, 2] })] },
  { input: '推理速度可达原来的5-10倍', figures: [fig('5-10倍', 5, 'x', 'eq', { range: [5, 10] })] },
  { input: '首字延迟为20-30毫秒', figures: [fig('20-30毫秒', 20, '毫秒', 'eq', { range: [20, 30] })] },
  { input: '训练成本约200万至300万美元', figures: [fig('约200万至300万美元', 2e6, '美元', 'approx', { range: [2e6, 3e6] })] },
]);

run('comparators and hedges', [
  { input: '准确率达到95%以上', figures: [fig('95%以上', 95, '%', 'gte')] },
  { input: '能效比达到传统方案的10000倍以上', figures: [fig('10000倍以上', 10000, 'x', 'gte')] },
  { input: '单次推理时长在5分钟以上', figures: [fig('5分钟以上', 5, '分钟', 'gte')] },
  { input: '每百万tokens的价格降到1元以下', figures: [fig('1元以下', 1, '元', 'lte')] },
  { input: '误差控制在2%以内', figures: [fig('2%以内', 2, '%', 'lte')] },
  { input: '显存占用在80GB以内', figures: [fig('80GB以内', 80, 'GB', 'lte')] },
  { input: '国产芯片的占比不足10%', figures: [fig('不足10%', 10, '%', 'lt')] },
  { input: '这支团队不满100人', figures: [fig('不满100人', 100, '人', 'lt')] },
  { input: '不到2%的企业已完成部署', figures: [fig('不到2%', 2, '%', 'lt')] },
  { input: '少于70亿个参数的模型常被称为小模型', figures: [fig('少于70亿个参数', 7e9, '参数', 'lt')] },
  { input: '幻觉率低于1%', figures: [fig('低于1%', 1, '%', 'lt')] },
  { input: '接入了超过100个插件', figures: [fig('超过100个', 100, '个', 'gt')] },
  { input: '逾300家企业参加了展会', figures: [fig('逾300家', 300, '家', 'gt')] },
  { input: '该模型拥有500多亿参数', figures: [fig('500多亿参数', 5e10, '参数', 'gt')] },
  { input: '20余家企业参与了标准制定', figures: [fig('20余家', 20, '家', 'gt')] },
  { input: '今年发布了30多款AI产品', figures: [fig('30多款', 30, '款', 'gt')] },
  { input: '研发历时7个多月', figures: [fig('7个多月', 7, '月', 'gt')] },
  { input: '产品上线仅两个多月', figures: [fig('两个多月', 2, '月', 'gt')] },
  { input: '在4090上跑完一道题要１分多钟', figures: [fig('１分多钟', 1, '分钟', 'gt')] },
  // forum shorthand: G after memory is gigabytes, a lower-case w is 万
  { input: '显存24G，想在本地跑个大模型', figures: [fig('24G', 24, 'GB')] },
  { input: '雙卡跑模型，顯存佔用43.5G', figures: [fig('43.5G', 43.5, 'GB')] },
  { input: '这张卡二手价2w元', figures: [fig('2w元', 20000, '元')] },
  { input: '三十余家企业签约入驻', figures: [fig('三十余家', 30, '家', 'gt')] },
  { input: '超过七成的用户每天使用', figures: [fig('超过七成', 70, '%', 'gt')] },
  { input: '近三成企业已经试用', figures: [fig('近三成', 30, '%', 'approx')] },
  { input: '新架构的能效是旧架构的两倍以上', figures: [fig('两倍以上', 2, 'x', 'gte')] },
  { input: '十几家企业发布了大模型', figures: [fig('十几家', 10, '家', 'gt', { range: 'any' })] },
  { input: '平台吸引了几十万名开发者', figures: [fig('几十万名', 1e5, '名', 'gt', { range: 'any' })] },
  { input: '训练这样的模型需要几千张GPU', figures: [fig('几千张', 1000, '张', 'gt', { range: 'any' })] },
  { input: '该模型约1750亿个参数', figures: [fig('约1750亿个参数', 1.75e11, '参数', 'approx')] },
  { input: '大约80%的数据来自公开网页', figures: [fig('大约80%', 80, '%', 'approx')] },
  { input: '机房里有近2000台服务器', figures: [fig('近2000台', 2000, '台', 'approx')] },
  { input: '近百家企业发布了自己的大模型', figures: [fig('近百家', 100, '家', 'approx')] },
  { input: '注册用户数接近1亿人', figures: [fig('接近1亿人', 1e8, '人', 'approx')] },
  { input: '市场份额在30%左右', figures: [fig('30%左右', 30, '%', 'approx')] },
  { input: '每月费用1万元左右', figures: [fig('1万元左右', 1e4, '元', 'approx')] },
  { input: '词表约2.4万个单词', figures: [fig('约2.4万个单词', 24000, '单词', 'approx')] },
  { input: '训练数据量达1000+TB', figures: [fig('1000+TB', 1000, 'TB', 'gte')] },
  { input: '训练使用了超过1000+TB的数据', figures: [fig('超过1000+TB', 1000, 'TB', 'gt')] },
  { input: '需要至少1000张GPU', figures: [fig('至少1000张', 1000, '张', 'gte')] },
  { input: '项目要求不少于5000张卡', figures: [fig('不少于5000张', 5000, '张', 'gte')] },
  { input: '单次推理成本不超过0.1元', figures: [fig('不超过0.1元', 0.1, '元', 'lte')] },
  // 约为 is 约 and the copula: approximate, the span starts at the number as after 为
  { input: '公司收入约为81亿元', figures: [fig('81亿元', 8.1e9, '元', 'approx')] },
  { input: '公司收入約為81億元', figures: [fig('81億元', 8.1e9, '元', 'approx')] },
  // a plus sign before a change and after a percentage belong to the figure
  { input: '应在30个工作日完成审核', figures: [fig('30个工作日', 30, '工作日')] },
  { input: '广告收入同比+11%', figures: [fig('+11%', 11, '%')] },
  { input: '準確率達到90%+', figures: [fig('90%+', 90, '%', 'gte')] },
]);

run('units and measure words', [
  // (字符 and 中文字符 count characters as 字 does)
  { input: '长文本版本支持约200万中文字符', figures: [fig('约200万中文字符', 2e6, '字', 'approx')] },
  { input: '新版可一次讀入150萬個中文字的文件', figures: [fig('150萬個中文字', 1.5e6, '字')] },
  { input: '新版可一次读入150万个字', figures: [fig('150万个字', 1.5e6, '字')] },
  { input: '密码要8个字母', figures: [fig('8个', 8, '个')] },
  { input: '長文本版本支援約200萬個字符', figures: [fig('約200萬個字符', 2e6, '字', 'approx')] },
  // (the unit written once after a list's last value is every value's: 分别为45、48和50 TOPS)
  { input: 'NPU算力分别为45、48和50 TOPS', figures: [fig('45', 45, 'TOPS'), fig('48', 48, 'TOPS'), fig('50 TOPS', 50, 'TOPS')] },
  { input: 'NPU算力分別為45、48和50 TOPS', figures: [fig('45', 45, 'TOPS'), fig('48', 48, 'TOPS'), fig('50 TOPS', 50, 'TOPS')] },
  { input: '其中有45、48和50 TOPS三档', figures: [fig('50 TOPS', 50, 'TOPS')] },
  // (and its scale: 分别为249.6、298.3、352.7亿元; a forecast's years joined by slashes need no 分别)
  { input: '营收分别为249.6、298.3、352.7亿元', figures: [fig('249.6', 24960000000, '元'), fig('298.3', 29830000000, '元'), fig('352.7亿元', 35270000000, '元')] },
  { input: '對應EPS 0.18/0.39/0.59元', figures: [fig('0.18', 0.18, '元'), fig('0.39', 0.39, '元'), fig('0.59元', 0.59, '元')] },
  { input: '归母净利润4.1/8.9/13.6亿元', figures: [fig('4.1', 410000000, '元'), fig('8.9', 890000000, '元'), fig('13.6亿元', 1360000000, '元')] },
  // (two joined by a slash are a ratio or a pair, not a list: 降至1/4; and a Latin size letter is no shared scale)
  { input: '参数量分别为7/13/70B', figures: [fig('70B', 70000000000, '参数')] },
  // a rater's mark out of a scale is a score of the mark (我的打分：8.5/10); a bare fraction is a ratio
  { input: '👉我的打分：8.5/10', figures: [fig('8.5/10', 8.5, '分')] },
  { input: '綜合評分 4/5，推薦。', figures: [fig('4/5', 4, '分')] },
  { input: '成本降至1/4', figures: [fig('1/4', 0.25, 'x')] },
  // a run of spaces between columns of a plain-text table is no thousands separator (8         256K is two cells)
  { input: '极曜-3 Pro           2         8         256K', figures: [fig('2', 2, ''), fig('8', 8, ''), fig('256K', 256000, '')] },
  { input: '人口 1 000 000人', figures: [fig('1 000 000人', 1000000, '人')] },
  // (两 before a measure word is the numeral two, no unit of weight)
  { input: '提供7B和33B两个尺寸', figures: [fig('7B', 7e9, '参数'), fig('33B', 3.3e10, '参数')] },
  { input: '提供7B和33B兩個尺寸', figures: [fig('7B', 7e9, '参数'), fig('33B', 3.3e10, '参数')] },
  { input: '一个70B的开源模型就能达到这个水平', figures: [fig('70B', 7e10, '参数')] },
  { input: 'Llama系列最大的版本有70B参数', figures: [fig('70B参数', 7e10, '参数')] },
  { input: '模型使用1.5T tokens进行训练', figures: [fig('1.5T tokens', 1.5e12, 'tokens')] },
  { input: '该模型标称上下文为1M', figures: [fig('1M', 1e6, 'tokens')] },
  { input: '新版支持1M上下文', figures: [fig('1M', 1e6, 'tokens')] },
  // (上下 after a space is no "about" when 文 follows: 128K 上下文)
  { input: '原生支持 128K 上下文', figures: [fig('128K', 128000, 'tokens')] },
  { input: '原生支援 128K 上下文', figures: [fig('128K', 128000, 'tokens')] },
  { input: '該版本的上下文長度為1M', figures: [fig('1M', 1e6, 'tokens')] },
  { input: '每秒可生成100个token', figures: [fig('100个token', 100, 'tokens')] },
  { input: '训练语料达到2TB', figures: [fig('2TB', 2, 'TB')] },
  { input: '存储容量为2000 TB', figures: [fig('2000 TB', 2000, 'TB')] },
  { input: '只需6GB显存即可运行', figures: [fig('6GB', 6, 'GB')] },
  { input: '智算中心算力达到2000P Flops', figures: [fig('2000P Flops', 2000, 'PFLOPS')] },
  { input: '总算力为1000 PFLOPS', figures: [fig('1000 PFLOPS', 1000, 'PFLOPS')] },
  // GPU hours of a named chip (the chip's name inside the figure)
  { input: '共使用278.8万H800 GPU小时完成训练', figures: [fig('278.8万H800 GPU小时', 2788000, 'GPU小时')] },
  // (spaced as a text that sets its Latin words apart writes it)
  { input: '完整训练只花了 278.8 万 H800 GPU 小时', figures: [fig('278.8 万 H800 GPU 小时', 2788000, 'GPU小时')] },
  { input: '完整訓練只花了 278.8 萬 H800 GPU 小時', figures: [fig('278.8 萬 H800 GPU 小時', 2788000, 'GPU小时')] },
  { input: '共耗用100万A100卡时', figures: [fig('100万A100卡时', 1000000, '卡时')] },
  { input: '累计消耗约96万NPU卡时', figures: [fig('约96万NPU卡时', 960000, '卡时', 'approx')] },
  { input: '累計消耗約96萬NPU卡時', figures: [fig('約96萬NPU卡時', 960000, '卡时', 'approx')] },
  { input: '累计3084万GPU 小时', figures: [fig('3084万GPU 小时', 30840000, 'GPU小时')] },
  { input: '新芯片的速度是上一代的3倍', figures: [fig('3倍', 3, 'x', 'eq', { ambiguity: null })] },
  { input: '准确率提升了5个百分点', figures: [fig('5个百分点', 5, 'pp', 'eq', { ambiguity: null })] },
  // (多 inside the unit: more than that many points)
  { input: '一个季度抬了7个多百分点', figures: [fig('7个多百分点', 7, 'pp', 'gt')] },
  { input: '一個季度抬了7個多百分點', figures: [fig('7個多百分點', 7, 'pp', 'gt')] },
  { input: '市场份额增长了3.5个百分点', figures: [fig('3.5个百分点', 3.5, 'pp', 'eq', { ambiguity: null })] },
  { input: '第二季度营收增长20%', figures: [fig('20%', 20, '%', 'eq', { ambiguity: null })] },
  { input: '训练成本高达460万美元', figures: [fig('460万美元', 4.6e6, '美元')] },
  { input: '会员月费为99元', figures: [fig('99元', 99, '元')] },
  { input: '公司投资10亿元人民币建设算力中心', figures: [fig('10亿元人民币', 1e9, '元')] },
  { input: '部署了1万张昇腾卡', figures: [fig('1万张', 1e4, '张')] },
  { input: '去年采购了2000台服务器', figures: [fig('2000台', 2000, '台')] },
  { input: '集团建设了30个数据中心', figures: [fig('30个', 30, '个')] },
  { input: '翻译模型支持442种语言', figures: [fig('442种', 442, '种')] },
  { input: '接口每天调用超过5000万次', figures: [fig('超过5000万次', 5e7, '次', 'gt')] },
  { input: '整个训练耗时34天', figures: [fig('34天', 34, '天')] },
  { input: '集群连续运行约14小时', figures: [fig('约14小时', 14, '小时', 'approx')] },
  { input: '只需15分钟即可完成部署', figures: [fig('15分钟', 15, '分钟')] },
  { input: '在高考数学测试中取得了710分', figures: [fig('710分', 710, '分')] },
  { input: '飞桨已凝聚750万开发者', figures: [fig('750万', 7.5e6, '开发者')] },
  { input: '团队只用了两周就完成了训练', figures: [fig('两周', 2, '周')] },
  { input: '整个项目仅用了三个月', figures: [fig('三个月', 3, '月')] },
  { input: '模型先后尝试了四次才通过测试', figures: [fig('四次', 4, '次')] },
  { input: '团队有12名博士', figures: [fig('12名', 12, '名')] },
]);

run('提升 N 倍 is ambiguous (×N or ×(N+1))', [
  { input: '推理速度提升1.1倍', figures: [fig('1.1倍', 1.1, 'x', 'eq', { ambiguity: 'increase-multiple' })] },
  { input: '吞吐量提高了2倍', figures: [fig('2倍', 2, 'x', 'eq', { ambiguity: 'increase-multiple' })] },
  { input: '推理速度提升约 30 倍', figures: [fig('约 30 倍', 30, 'x', 'approx', { ambiguity: 'increase-multiple' })] },
  { input: '训练效率增长了3倍', figures: [fig('3倍', 3, 'x', 'eq', { ambiguity: 'increase-multiple' })] },
  { input: '推理速度提升至1.1倍', figures: [fig('1.1倍', 1.1, 'x', 'eq', { ambiguity: null })] },
  { input: '推理速度是原来的1.1倍', figures: [fig('1.1倍', 1.1, 'x', 'eq', { ambiguity: null })] },
  { input: '准确率提升了30%', figures: [fig('30%', 30, '%', 'eq', { ambiguity: null })] },
]);

run('subjects', [
  { input: 'GPT-3拥有1750亿参数', figures: [fig('1750亿参数', 1.75e11, '参数', 'eq', { subjectId: 'model:gpt-3' })] },
  {
    input: '训练1750亿参数的GPT-3需要34天',
    figures: [fig('1750亿参数', 1.75e11, '参数', 'eq', { subjectId: 'model:gpt-3' }), fig('34天', 34, '天')],
  },
  {
    input: 'GPT-3有1750亿参数，而GPT-4约1.8万亿参数',
    figures: [
      fig('1750亿参数', 1.75e11, '参数', 'eq', { subjectId: 'model:gpt-3' }),
      fig('约1.8万亿参数', 1.8e12, '参数', 'approx', { subjectId: 'model:gpt-4' }),
    ],
  },
  { input: '华为表示，盘古3.0训练了超过3万亿tokens', figures: [fig('超过3万亿tokens', 3e12, 'tokens', 'gt', { subjectId: 'model:pangu-3.0' })] },
  {
    input: '与GPT-4相比，盘古3.0的推理速度提升了2倍',
    figures: [fig('2倍', 2, 'x', 'eq', { subjectId: 'model:pangu-3.0', ambiguity: 'increase-multiple' })],
  },
  // X是Y的N倍: the figure is about X; Y is only the base of the comparison
  { input: '盘古3.0的推理速度是GPT-4的3倍', figures: [fig('3倍', 3, 'x', 'eq', { subjectId: 'model:pangu-3.0' })] },
  { input: 'GPT-3的参数量是GPT-2的100多倍', figures: [fig('100多倍', 100, 'x', 'gt', { subjectId: 'model:gpt-3' })] },
  { input: '文心一言的用户规模达到1亿人', figures: [fig('1亿人', 1e8, '人', 'eq', { subjectId: 'model:ernie-bot' })] },
  { input: '华为云今年部署了2000台服务器', figures: [fig('2000台', 2000, '台', 'eq', { subjectId: 'vendor:huawei-cloud' })] },
  { input: 'Llama 2 提供70B参数的版本', figures: [fig('70B参数', 7e10, '参数', 'eq', { subjectId: 'model:llama-2' })] },
  {
    input: '据百度介绍，文心大模型3.5的训练速度提升了2倍',
    figures: [fig('2倍', 2, 'x', 'eq', { subjectId: 'model:wenxin-3.5', ambiguity: 'increase-multiple' })],
  },
  { input: '全球AI市场规模达到5000亿美元', figures: [fig('5000亿美元', 5e11, '美元', 'eq', { subjectId: null })] },
]);

run('not figures: dates, years and times', [
  { input: '2023年7月6日，华为发布了盘古3.0', figures: none },
  { input: '发布会于2023-11-09在东莞举行', figures: none },
  { input: '2019年，OpenAI发布了GPT-2', figures: none },
  { input: '7月6日，世界人工智能大会开幕', figures: none },
  { input: '2020-2023年间，大模型快速发展', figures: none },
  { input: '2024—2028年复合增速（CAGR（2024—2028））为53.2%', figures: [fig('53.2%', 53.2, '%')] },
  // (a range of sums is no date, whatever its first number: no month 25)
  { input: '这款显卡售价2000-2500元', figures: [fig('2000-2500元', 2000, '元', 'eq', { range: [2000, 2500] })] },
  { input: '日志显示系统在14:37:55重启', figures: none },
  { input: '发布会将于下午3点开始', figures: none },
  { input: '系统于凌晨2点30分完成升级', figures: none },
  { input: '该模型26天前发布', figures: none },
  { input: '这篇文章3小时前更新', figures: none },
  { input: '2023年，全球AI市场规模达到5000亿美元', figures: [fig('5000亿美元', 5e11, '美元')] },
  { input: '2023年，国内发布了超过100个大模型', figures: [fig('超过100个', 100, '个', 'gt')] },
]);

run('角 alone is a word unless it is a price right after what it pays for', [
  { input: '五角大楼发布声明，这只是冰山一角。', figures: [] },
  { input: '炖肉时放两颗八角，再画一个三角形。', figures: [] },
]);

run('not figures: versions, ordinals, list numbering, discourse counts', [
  // (四周 before 围着 is "all around", no four weeks; 训练了四周 is)
  { input: 'H100在中介层上，四周围着6个HBM3堆栈。模型训练了四周。', figures: [fig('6个', 6, '个'), fig('四周', 4, '周')] },
  { input: 'H100在中介層上，四周圍著6個HBM3堆疊。', figures: [fig('6個', 6, '个')] },
  { input: '升级到3.5版本后体验更好', figures: none },
  { input: '新版本v1.5修复了不少问题', figures: none },
  { input: '公司推出了V2版', figures: none },
  { input: '当前版本号为1.2.3', figures: none },
  { input: '华为在该榜单中排名第一', figures: none },
  { input: '该模型在榜单上位列第3', figures: none },
  { input: '这是国内首个开源的大模型', figures: none },
  { input: '1. 模型训练需要大量数据', figures: none },
  { input: '一、行业发展概况', figures: none },
  { input: '(2) 数据清洗与标注', figures: none },
  { input: '大模型可以分为三类', figures: none },
  { input: '整个体系分为三个层级', figures: none },
  { input: '该方案具有两大优势', figures: none },
  { input: '主要体现在三个方面', figures: none },
  { input: '2. 训练使用了超过3万亿tokens', figures: [fig('超过3万亿tokens', 3e12, 'tokens', 'gt')] },
]);

run('not figures: digits inside names; an entity span wins', [
  { input: 'GPT-4在多项测试中表现更好', figures: none },
  { input: '华为在HDC2023上发布了新版本', figures: none },
  { input: '市民可以拨打12345热线咨询', figures: none },
  { input: '该模型的NDCG@30指标领先', figures: none },
  { input: '训练使用的是A100显卡', figures: none },
  { input: 'Qwen2.5-72B在多个榜单上领先', figures: none },
  { input: '1024全球开发节在长沙举办', figures: none },
  { input: '文心大模型3.5已经上线', figures: none },
  { input: 'ChatGLM-6B可以在消费级显卡上运行', figures: none },
  { input: 'Llama-2-70B开源后引发关注', figures: none },
  { input: '阿里发布了M6大模型', figures: none },
  { input: '借助5G网络实现3D建模', figures: none },
  { input: '盘古3.0在发布会上亮相', figures: none },
  { input: '使用1024张A100训练了34天', figures: [fig('1024张', 1024, '张'), fig('34天', 34, '天')] },
  { input: 'H100售价约3万美元', figures: [fig('约3万美元', 3e4, '美元', 'approx')] },
]);

run('normalisation: full-width, spaces, traditional, glosses, emoji', [
  { input: '模型训练使用了３万亿tokens', figures: [fig('３万亿tokens', 3e12, 'tokens')] },
  { input: '準確率達到９９．９９％', figures: [fig('９９．９９％', 99.99, '%')] },
  { input: '训练了１７５０亿参数的模型', figures: [fig('１７５０亿参数', 1.75e11, '参数')] },
  { input: '每天采集 5 万张高清图片', figures: [fig('5 万张', 5e4, '张')] },
  { input: '模型规模达到 1750 亿参数', figures: [fig('1750 亿参数', 1.75e11, '参数')] },
  { input: 'DeepSeek App 上线后日活 2 0 0 0 万', figures: [fig('2 0 0 0 万', 2e7, '')] },
  { input: 'Kimi 6月的月活大约是 ２ １ ００万', figures: [fig('２ １ ００万', 2.1e7, '')] },
  { input: '日均调用量已经突破了 ２ ０ 万亿', figures: [fig('２ ０ 万亿', 2e13, '')] },
  { input: 'Kimi月活增长 1 2 %', figures: [fig('1 2 %', 12, '%')] },
  // (个人 after a measure word is what is counted, not a discourse item: 38万名个人开发者)
  { input: '平台已服务38万名个人开发者', figures: [fig('38万名', 3.8e5, '名')] },
  { input: '盤古大模型擁有千億參數', figures: [fig('千億參數', 1e11, '参数', 'eq', { subjectId: 'model:pangu' })] },
  { input: '訓練使用了超過3萬億tokens', figures: [fig('超過3萬億tokens', 3e12, 'tokens', 'gt')] },
  { input: '研發歷時７個多月', figures: [fig('７個多月', 7, '月', 'gt')] },
  { input: '公司融資13億美元', figures: [fig('13億美元', 1.3e9, '美元')] },
  { input: '雙方聯(lián)合訓練了超過1000億參數的模型', figures: [fig('超過1000億參數', 1e11, '参数', 'gt')] },
  { input: '🔥超过1000家企业已接入', figures: [fig('超过1000家', 1000, '家', 'gt')] },
  { input: '📈营收增长50%🎉', figures: [fig('50%', 50, '%')] },
  { input: '🚀 GPT-4o的响应速度提升了2倍', figures: [fig('2倍', 2, 'x', 'eq', { subjectId: 'model:gpt-4o', ambiguity: 'increase-multiple' })] },
]);

run('units named before the number, signs', [
  { input: '星尘智能发布了StarDust-1，参数规模达到70亿。', figures: [fig('70亿', 7e9, '参数')] },
  { input: '豆包大模型日均tokens使用量已超过4万亿。', figures: [fig('超过4万亿', 4e12, 'tokens', 'gt', { subjectId: 'model:doubao' })] },
  { input: '这家公司的净利润为-3.2亿元。', figures: [fig('-3.2亿元', -3.2e8, '元')] },
  { input: '毛利率从去年的35%提升到了42%。', figures: [fig('35%', 35, '%'), fig('42%', 42, '%')] },
  // a rate's denominator right before the number is part of its span
  { input: '台积电CoWoS产能预计达到每月7.5万片。', figures: [fig('每月7.5万片', 75000, '片')] },
]);

run('approximators and tails kept in the span', [
  // 快 right before an amount is "nearly"; 快3倍 and 比…快3秒 are speed
  { input: '上市后股价快2千港元。', figures: [fig('快2千港元', 2000, '港元', 'approx')] },
  { input: '上市後股價快2千港元。', figures: [fig('快2千港元', 2000, '港元', 'approx')] },
  { input: '新一代比上一代快3秒。', figures: [fig('3秒', 3, '秒')] },
  // 有多 after a figure is "over"; 有多少 asks
  { input: '公开发售获超额认购八倍有多。', figures: [fig('八倍有多', 8, 'x', 'gt')] },
  { input: '公開發售獲超額認購八倍有多。', figures: [fig('八倍有多', 8, 'x', 'gt')] },
  // 内 after a duration bounds it; a stretch of the story's time keeps it out
  { input: '合同签订后90日内完成部署。', figures: [fig('90日内', 90, '天', 'lte')] },
  { input: '標準版可在10秒內生成模型。', figures: [fig('10秒內', 10, '秒', 'lte')] },
  { input: '在过去的两周内，诸多厂商宣布降价。', figures: [fig('两周', 2, '周')] },
  // the counted noun after 个 is not part of the figure
  { input: '截至去年底，全市已有100多个模型完成备案。', figures: [fig('100多个', 100, '个', 'gt')] },
  { input: '截至去年底，全市已有100多個模型完成備案。', figures: [fig('100多個', 100, '个', 'gt')] },
  // measure words of goods: 副, 顶, 间
  { input: '一季度国内AI眼镜出货10万副。', figures: [fig('10万副', 1e5, '副')] },
  { input: '預計出貨約20萬副智慧眼鏡。', figures: [fig('約20萬副', 2e5, '副', 'approx')] },
  { input: '全港已有超过60间数据中心。', figures: [fig('超过60间', 60, '间', 'gt')] },
  { input: '輝達GB200機櫃出貨約2.5萬櫃。', figures: [fig('約2.5萬櫃', 25000, '柜', 'approx')] },
  // seconds as tech writing abbreviates them; 约 ending a word (签约, 节约) is no "about"
  { input: 'P99 不到 1.5s。', figures: [fig('不到 1.5s', 1.5, '秒', 'lt')] },
  // (hours and minutes abbreviated, lower case: 11.5h, 30 min)
  { input: '正式训练跑了11.5h。', figures: [fig('11.5h', 11.5, '小时')] },
  { input: '推理压测排队等了30 min。', figures: [fig('30 min', 30, '分钟')] },
  { input: '续航5个多小时。', figures: [fig('5个多小时', 5, '小时', 'gt')] },
  { input: '提供7x24h服务。', figures: [] },
  { input: '首字延遲 0.8s。', figures: [fig('0.8s', 0.8, '秒')] },
  { input: '签约5年以上的客户可享七五折。', figures: [fig('5年以上', 5, '年', 'gte'), fig('七五折', 75, '%')] },
  { input: '簽約5年以上的客戶可享七五折。', figures: [fig('5年以上', 5, '年', 'gte'), fig('七五折', 75, '%')] },
  // 翻了一番 with its verb; 来 inside a spoken 个亿; a currency named before a range's first end, its 元 after the second
  { input: '合同额翻了一番。', figures: [fig('翻了一番', 2, 'x')] },
  { input: '投后估值二十来个亿。', figures: [fig('二十来个亿', 2e9, '元', 'approx')] },
  // 豆包月活 holds no 包月 (a monthly fee): the count is no money
  { input: '字节跳动的豆包月活超过1.5亿。', figures: [fig('超过1.5亿', 1.5e8, '', 'gt')] },
  { input: '投後估值二十來個億。', figures: [fig('二十來個億', 2e9, '元', 'approx')] },
  { input: '明年資本支出預估為新台幣300億到350億元。', figures: [fig('新台幣300億到350億元', 3e10, '新台币', 'eq', { range: [3e10, 3.5e10] })] },
  // 路: concurrent streams, not a bus route
  { input: '支持不少于500路并发会话', figures: [fig('不少于500路', 500, '路', 'gte')] },
  // 厘: a thousandth of a yuan (厘米 stays a length)
  { input: '价格打到了每千tokens八厘钱。', figures: [fig('每千tokens八厘钱', 0.008, '元')] },
  { input: '芯片厚度5厘米。', figures: [fig('5厘米', 5, 'cm')] },
  // 分钱: a hundredth of a yuan (分 alone is a score or a minute)
  { input: '摊到每次对话不到两分钱。', figures: [fig('不到两分钱', 0.02, '元', 'lt')] },
  { input: '每千tokens 1分錢，比上一代便宜。', figures: [fig('每千tokens 1分錢', 0.01, '元')] },
  // a measure word before GPU hours, the letters in any case
  { input: '正式训练花了 27.6 个 GPU 小时。', figures: [fig('27.6 个 GPU 小时', 27.6, 'GPU小时')] },
  { input: '正式訓練花了27.6個GPU小時。', figures: [fig('27.6個GPU小時', 27.6, 'GPU小时')] },
  // 人幣, Hong Kong's short name of 人民币
  { input: '商湯全年收入37.7億人幣。', figures: [fig('37.7億人幣', 3.77e9, '元')] },
  { input: '商汤全年收入37.7亿人币。', figures: [fig('37.7亿人币', 3.77e9, '元')] },
]);

test('a table cell without a unit takes its column header\'s, else its caption\'s, else its row header\'s (| 微软（亿美元） | 322 |)', () => {
  const cells = (text: string) => analyse(text, { markdown: true }).figures.map((f) => [f.text, f.value, f.unit]);
  assert.deepEqual(cells('资本开支：\n\n| 公司 | 2023 | 2024 |\n| --- | --- | --- |\n| 微软（亿美元） | 322 | 558 |\n| 阿里巴巴（亿元） | 237 | 725 |\n'),
    [['322', 3.22e10, '美元'], ['558', 5.58e10, '美元'], ['237', 2.37e10, '元'], ['725', 7.25e10, '元']]);
  assert.deepEqual(cells('資本開支：\n\n| 公司 | 2023 | 2024 |\n| --- | --- | --- |\n| 微軟（億美元） | 322 | 558 |\n'), [['322', 3.22e10, '美元'], ['558', 5.58e10, '美元']]);
  // the column's unit first
  assert.deepEqual(cells('| 公司（亿美元） | 营收（亿元） |\n| --- | --- |\n| 百度 | 336 |\n'), [['336', 3.36e10, '元']]);
  // the header row's first cell, over the rows' names, when it is a scale and a currency: itself no amount
  assert.deepEqual(cells('| 人民币百万元 | 2023年 | 2024年 |\n| --- | --- | --- |\n| 收入 | 803.9 | 396.2 |\n'), [['803.9', 8.039e8, '元'], ['396.2', 3.962e8, '元']]);
  assert.deepEqual(cells('| 人民幣百萬元 | 2023年 |\n| --- | --- |\n| 收入 | 803.9 |\n'), [['803.9', 8.039e8, '元']]);
  // (a range of bare numbers takes it too; a header that names a month's amount gives its denominator)
  const rated = analyse('| 时间 | 月产能（万片） |\n| --- | --- |\n| 2024年底 | 3.5 |\n| 2026年底 | 11~12 |\n', { markdown: true }).figures;
  assert.deepEqual(rated.map((f) => [f.text, f.value, f.unit, f.per?.unit]), [['3.5', 35000, '片', '月'], ['11~12', 110000, '片', '月']]);
  assert.deepEqual(rated[1].range, [110000, 120000]);
  // (or a scale and a currency in brackets at that cell's end, after what the columns are)
  assert.deepEqual(cells('| 截至12月31日止年度（百萬港元） | 2024年 | 2023年 |\n| --- | --- | --- |\n| 收益 | 3,162.4 | 2,222.8 |\n'), [['3,162.4', 3.1624e9, '港元'], ['2,222.8', 2.2228e9, '港元']]);
  assert.deepEqual(cells('| 截至12月31日止年度（人民币百万元） | 2024年 |\n| --- | --- |\n| 收入 | 803.9 |\n'), [['803.9', 8.039e8, '元']]);
});

test('a table cell is read with a footnote\'s mark after it (88.0*) and as an amount in an accountant\'s brackets ((521.4))', () => {
  const cells = (text: string) => analyse(text, { markdown: true }).figures.map((f) => [f.text, f.value]);
  assert.deepEqual(cells('| 模型 | MMLU | GSM8K |\n| --- | --- | --- |\n| GLM-4-Plus | 83.6 | 88.0* |\n| 文心4.0 | 80.4† | 86.7 |\n'),
    [['83.6', 83.6], ['88.0', 88], ['80.4', 80.4], ['86.7', 86.7]]);
  assert.deepEqual(cells('| 項目 | 2023年 |\n| --- | --- |\n| 年內虧損 | (587.2) |\n'), [['587.2', 587.2]]);
  assert.deepEqual(cells('| 項目 | 2024年 | 2023年 |\n| --- | --- | --- |\n| 年內虧損 | (862.0) | (1,318.6) |\n'), [['862.0', 862], ['1,318.6', 1318.6]]);
  // (under a row that is no cost nor loss the brackets are a minus sign, part of the figure)
  assert.deepEqual(cells('| 項目 | 2024年 | 2023年 |\n| --- | --- | --- |\n| 經調整EBITDA | (98,216) | (402,775) |\n'), [['(98,216)', -98216], ['(402,775)', -402775]]);
  assert.deepEqual(cells('| 项目 | 2024年 |\n| --- | --- |\n| 经营活动现金流 | (1,203.5) |\n'), [['(1,203.5)', -1203.5]]);
});

run('总参数 and 激活参数 are the unit of the count before them; a time needs its digits to end (启明-MoE-2：4560亿 is no 2:45)', [
  { input: '启明-MoE-2：4560亿总参数、320亿激活参数。', figures: [fig('4560亿总参数', 4.56e11, '参数'), fig('320亿激活参数', 3.2e10, '参数')] },
  { input: '啟明-MoE-2：4560億總參數、320億激活參數。', figures: [fig('4560億總參數', 4.56e11, '参数'), fig('320億激活參數', 3.2e10, '参数')] },
  { input: '发布会于14:30开始，全场共有1200人。', figures: [fig('1200人', 1200, '人')] },
]);

run('a K after a passage on long documents is a context length; a T right after 参数 is parameters (总参数 1T)', [
  { input: '它对长文档场景不太友好。DeepSeek-V3的64K则是API侧的限制。', figures: [fig('64K', 64000, 'tokens')] },
  { input: '它對長文檔場景不太友好。DeepSeek-V3的64K則是API側的限制。', figures: [fig('64K', 64000, 'tokens')] },
  { input: '月之暗面这个模型总参数 1T，发布于去年。', figures: [fig('1T', 1e12, '参数')] },
  // (and a T or a B before 总参数 or 激活参数: the kind of count is part of it, as after 亿)
  { input: 'Kimi K2 开源：1T 总参数，32B 激活参数。', figures: [fig('1T 总参数', 1e12, '参数'), fig('32B 激活参数', 3.2e10, '参数')] },
  { input: 'Kimi K2 開源：1T 總參數，32B 激活參數。', figures: [fig('1T 總參數', 1e12, '参数'), fig('32B 激活參數', 3.2e10, '参数')] },
]);

run('a power usage effectiveness written bare in its clause (PUE由2020年的1.55降至1.46)', [
  { input: '全国数据中心平均电能利用效率（PUE）由2020年的1.55降至1.46。', figures: [fig('1.55', 1.55, ''), fig('1.46', 1.46, '')] },
  { input: '全國數據中心平均電能利用效率（PUE）由2020年的1.55降至1.46。', figures: [fig('1.55', 1.55, ''), fig('1.46', 1.46, '')] },
]);

run('近 is "nearly" on its own, not the end of 最近 or 附近', [
  { input: '英伟达最近一个财季的营收为263亿美元。', figures: [fig('263亿美元', 2.63e10, '美元')] },
  { input: '英偉達最近一個財季的營收為263億美元，營收近一個億。', figures: [fig('263億美元', 2.63e10, '美元'), fig('近一個億', 1e8, '元', 'approx')] },
]);

run('× before a number multiplies two figures; it is no multiple (6万×0.012元)', [
  { input: '超额费用为6万×0.012元＝720元。', figures: [fig('6万', 60000, ''), fig('0.012元', 0.012, '元'), fig('720元', 720, '元')] },
  // (nor before a chip's code: 8×A800 is a machine of eight cards)
  { input: '租了一台8×A800 80G，单价5.98元/卡时。', figures: [fig('5.98元/卡时', 5.98, '元')] },
  { input: '推理性能提升3×，成本降低一半。', figures: [fig('3×', 3, 'x'), fig('一半', 50, '%')] },
]);

run('a fraction, in words or with a slash, is a percentage as a share (占三分之二, 1/2的请求, 比例不到三分之一) and a multiple below one as a ratio to another thing (二十分之一, 降至1/4)', [
  { input: '其中算法和工程团队大概占三分之二。', figures: [fig('三分之二', 66.6666666667, '%')] },
  { input: '其中算法和工程團隊大概佔三分之二。', figures: [fig('三分之二', 66.6666666667, '%')] },
  { input: '成本只有调用GPT-4o的二十分之一。', figures: [fig('二十分之一', 0.05, 'x')] },
  // (占 further back, before what it is a share of, and a share of a whole named after 的)
  { input: '届时将占到整体市场的近四分之一。', figures: [fig('近四分之一', 25, '%', 'approx')] },
  { input: '屆時將佔到整體市場的近四分之一。', figures: [fig('近四分之一', 25, '%', 'approx')] },
  { input: '公司约三分之一的员工来自海外。', figures: [fig('约三分之一', 33.3333333333, '%', 'approx')] },
  { input: '推理成本降至原来的十分之一。', figures: [fig('十分之一', 0.1, 'x')] },
  { input: '推理成本降至原來的十分之一。', figures: [fig('十分之一', 0.1, 'x')] },
  // (a word for a share before it, or the group its clause opens on)
  { input: '其中能分给AI芯片的比例不到三分之一。', figures: [fig('不到三分之一', 33.3333333333, '%', 'lt')] },
  { input: '团队40多个人，三分之一是博士。', figures: [fig('40多个人', 40, '人', 'gt'), fig('三分之一', 33.3333333333, '%')] },
  { input: '調查顯示，■ 中小企：三分之一計劃一年內引入AI。', figures: [fig('三分之一', 33.3333333333, '%')] },
  { input: '1/2的请求来自移动端，功耗仅为前代的1/6。', figures: [fig('1/2', 50, '%'), fig('1/6', 0.166666666667, 'x')] },
  // (a measure named right after a slash fraction is what it is a part of, no unit of a pair: 以1/20参数比肩R1)
  { input: 'QwQ-32B以1/20参数比肩R1。', figures: [fig('1/20', 0.05, 'x')] },
  { input: 'QwQ-32B用1/10算力做到了同样的效果。', figures: [fig('1/10', 0.1, 'x')] },
  // (a mixed number is a multiple)
  { input: '速度是原来的一又二分之一倍。', figures: [fig('一又二分之一倍', 1.5, 'x')] },
]);

run('seats of a ranking are counted (占据6席)', [
  { input: '在月活TOP10应用中，三家公司占据6席。', figures: [fig('6席', 6, '席')] },
  { input: '其中字节跳动系产品占据了四席。', figures: [fig('四席', 4, '席')] },
  { input: '其中字節跳動系產品佔據了四席。', figures: [fig('四席', 4, '席')] },
  { input: 'AI应用在市场上占有一席之地。', figures: [] },
  { input: '在月活TOP10應用中，三家公司佔據6席。', figures: [fig('6席', 6, '席')] },
]);

test('a salary in K (月薪40K, 50-90K·16薪) is thousands of yuan, not a window of tokens, whatever a passage near it speaks of', () => {
  const read = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.value} ${f.unit}`);
  assert.deepEqual(read('支持128K上下文。岗位月薪40K。'), ['128K 128000 tokens', '40K 40000 元']);
  assert.deepEqual(read('北京·海淀区 50-90K·16薪 | 经验3年'), ['50-90K 50000 元', '3年 3 年']);
  assert.deepEqual(read('支援128K上下文。崗位月薪40K。'), ['128K 128000 tokens', '40K 40000 元']);
});

test('a comparator before a currency word before the number bounds the amount (约人民币5亿元, 超過新台幣2億元: the span takes a currency other than the yuan)', () => {
  const read = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.qualifier}`);
  assert.deepEqual(read('本轮融资金额约人民币5亿元。'), ['5亿元 approx']);
  assert.deepEqual(read('全年營收超過新台幣2億元。'), ['超過新台幣2億元 gt']);
  assert.deepEqual(read('本轮融资金额为人民币5亿元。'), ['5亿元 eq']);
  // (and before a currency sign, a space between: 约 ¥1.5M, 超过 $3M)
  assert.deepEqual(read('单客年合同额约 ¥1.5M。'), ['约 ¥1.5M approx']);
  assert.deepEqual(read('單客年合同額超過 $3M。'), ['超過 $3M gt']);
});

test('Hong Kong cents (港仙) are money of their own; counts with a Latin scale beside what they count (3.4k stars, 下载量达到1.2M); 已经过亿', () => {
  const read = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.value} ${f.unit}`);
  assert.deepEqual(read('每股基本盈利18.6港仙，派末期息每股6港仙。'), ['18.6港仙 18.6 港仙', '每股6港仙 6 港仙']);
  assert.deepEqual(read('該模型在Hugging Face上的下載量達到1.2M，GitHub倉庫收穫3.4k stars。'), ['1.2M 1200000 次', '3.4k stars 3400 星']);
  assert.deepEqual(read('发布一周，下载量达到1.2M，GitHub仓库收获3.4k stars，支持128K上下文。'), ['1.2M 1200000 次', '3.4k stars 3400 星', '128K 128000 tokens']);
  // (an income said without its currency, a particle after it, is in yuan as 收入六个多亿 is)
  assert.deepEqual(read('今年前三季度收入已经过亿了。'), ['过亿 100000000 元']);
  // (cards counted after a list of prices are cards: 6块多余的 is no 6块多)
  assert.deepEqual(read('机房里有8块H100，另外还有6块多余的A800。'), ['8块 8 块', '6块 6 块']);
});

test('a shop\'s price ending in 9 after a subscription\'s or a price\'s words is in yuan (连续包月是49.9); a bare number elsewhere is not', () => {
  const read = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.unit}`);
  assert.deepEqual(read('文心一言会员现在连续包月是49.9，首月还有9.9的活动。'), ['49.9 元', '9.9 元']);
  assert.deepEqual(read('文心一言會員現在連續包月是49.9，首月還有9.9的活動。'), ['49.9 元', '9.9 元']);
  assert.deepEqual(read('会员有3个档位。'), ['3个 个']);
});

test('a plain table\'s unit line (人民币千元 under each year) scales the cells below it and is itself no amount; a gap of three spaces parts two figures', () => {
  const cells = (text: string) => analyse(text).figures.map((f) => [f.text, f.value, f.unit]);
  const table = '下表列示本集团按业务划分的收入：\n\n                     2022年              2023年              2024年\n                 人民币千元     %    人民币千元     %    人民币千元     %\n云服务              31,020    58.1     52,310    61.2     88,904    64.5\n';
  assert.deepEqual(cells(table).slice(2), [['52,310', 52310000, '元'], ['61.2', 61.2, '%'], ['88,904', 88904000, '元'], ['64.5', 64.5, '%']]);
  assert.deepEqual(cells('模型            输入      输出\nqwen-plus       2.3 亿    0.4 亿\ndeepseek-chat   6.8 亿    1.1 亿\n').map((c) => c[1]), [2.3e8, 4e7, 6.8e8, 1.1e8]);
  // (a model's year, 2025款, is no count of models)
  assert.deepEqual(cells('星曜Book 14 2025款 32GB内存'), [['32GB', 32, 'GB']]);
});

test('a caption\'s note may give some columns a unit of their own (單位：新台幣億元；月增率、年增率為%); a size in G where its sentence speaks of memory is gigabytes', () => {
  const cells = (text: string) => analyse(text).figures.map((f) => [f.text, f.value, f.unit]);
  const table = '表：供應鏈10月營收一覽\n單位：新台幣億元；月增率、年增率為%\n公司（代號）　　10月營收　　月增率　　年增率\n華擎（3515）　　1,208　　　5.6　　　11.3\n華寶（8078）　　316　　　　-2.0　　 9.6\n';
  assert.deepEqual(cells(table).slice(0, 3), [['1,208', 1.208e11, '元'], ['5.6', 5.6, '%'], ['11.3', 11.3, '%']]);
  assert.deepEqual(cells('4090有24G显存，两张就是48G，跑满血版要700G左右显存。').map((c) => [c[1], c[2]]), [[24, 'GB'], [48, 'GB'], [700, 'GB']]);
  assert.deepEqual(cells('这款5G手机今年卖了300万台。').map((c) => c[0]), ['300万台']);
  // (or of graphics cards: 两卡 48G, a card's name and its memory, 4060Ti 16G; the card's own word is no unit, 7900XTX)
  assert.deepEqual(cells('双 3090 跑 70B，两卡 48G 刚好塞下。').map((c) => [c[0], c[2]]), [['70B', '参数'], ['48G', 'GB']]);
  assert.deepEqual(cells('4060Ti 16G / Qwen2.5-14B / 11G 左右 / 25 tok/s').map((c) => [c[0], c[2]]), [['16G', 'GB'], ['11G 左右', 'GB'], ['25 tok/s', 'tokens']]);
  assert.deepEqual(cells('7900XTX 24G ，跑 GLM-4-9B 大约 55 tokens/s 。').map((c) => c[0]), ['24G', '大约 55 tokens/s']);
});

test('a caption\'s note may name the columns each unit is for (输入/输出单位均为元/M；上下文单位为tokens): the other columns take none of them', () => {
  const cells = (text: string) => analyse(text, { markdown: true }).figures.map((f) => [f.text, f.value, f.unit, f.per?.value]);
  const table = '说明：输入/输出单位均为元/M；上下文单位为tokens。\n\n| 模型 | 输入 | 输出 | 上下文 |\n| --- | --- | --- | --- |\n| DeepSeek-V3 | 2 | 8 | 64K |\n';
  assert.deepEqual(cells(table), [['2', 2, '元', 1e6], ['8', 8, '元', 1e6], ['64K', 64000, '', undefined]]);
  const traditional = '說明：輸入、輸出單位均為元/M。\n\n| 模型 | 輸入 | 輸出 | 排名 |\n| --- | --- | --- | --- |\n| Qwen-Max | 2.4 | 9.6 | 3 |\n';
  assert.deepEqual(cells(traditional).slice(0, 2), [['2.4', 2.4, '元', 1e6], ['9.6', 9.6, '元', 1e6]]);
  // (beside a unit for the whole table, the others take that one: 单位：亿元；增速单位为%)
  const mixed = '单位：亿元；增速单位为%\n\n| 公司 | 营收 | 增速 |\n| --- | --- | --- |\n| 浪潮信息 | 30.2 | 12.5 |\n';
  assert.deepEqual(cells(mixed), [['30.2', 3.02e9, '元', undefined], ['12.5', 12.5, '%', undefined]]);
  // (and when the note is the caption's bracket, its last clause closes it: （单位：亿元；PE单位：倍）)
  const bracketed = '【盈利预测与估值】（单位：亿元；PE单位：倍）\n\n| 公司 | 2025E营收 | 2025E PE |\n| --- | --- | --- |\n| 寒武纪 | 65.20 | 186 |\n';
  assert.deepEqual(cells(bracketed), [['65.20', 6.52e9, '元', undefined], ['186', 186, 'x', undefined]]);
  const bracketedTraditional = '【盈利預測與估值】（單位：億元；PE單位：倍）\n\n| 公司 | 2025E營收 | 2025E PE |\n| --- | --- | --- |\n| 寒武紀 | 65.20 | 186 |\n';
  assert.deepEqual(cells(bracketedTraditional), [['65.20', 6.52e9, '元', undefined], ['186', 186, 'x', undefined]]);
});

test('a filing\'s unit note with its currency after it (单位：万元　币种：人民币) scales the table below, a blank line between', () => {
  const cells = (text: string) => analyse(text).figures.map((f) => [f.text, f.value, f.unit]);
  const aligned = '主要经营数据\n单位：万元　币种：人民币\n\n项目　　　　　2024年　　　　2023年　　　　增减(%)\n营业收入　　　186,452.37　　113,827.09　　63.80\n营业成本　　　115,322.49　　65,142.26　　77.03\n';
  assert.deepEqual(cells(aligned).slice(0, 3), [['186,452.37', 1864523700, '元'], ['113,827.09', 1138270900, '元'], ['63.80', 63.8, '%']]);
  const traditional = '主要經營數據\n單位：萬元　幣種：人民幣\n\n項目　　　　　2024年　　　　2023年　　　　增減(%)\n營業收入　　　186,452.37　　113,827.09　　63.80\n營業成本　　　115,322.49　　65,142.26　　77.03\n';
  assert.deepEqual(cells(traditional).slice(0, 2), [['186,452.37', 1864523700, '元'], ['113,827.09', 1138270900, '元']]);
  const piped = '单位：亿元，币种：人民币\n\n| 项目 | 2024年 |\n| --- | --- |\n| 营业收入 | 12.5 |\n';
  assert.deepEqual(analyse(piped, { markdown: true }).figures.map((f) => [f.text, f.value, f.unit]), [['12.5', 1.25e9, '元']]);
});

test('a column in percentage points (增减（百分点）) keeps its points under a caption in 万元, and a cell with a minus sign (−2.35) takes its column\'s scale as any other', () => {
  const cells = (text: string) => analyse(text, { markdown: true }).figures.map((f) => [f.text, f.value, f.unit]);
  const table = '单位：人民币万元\n\n| 分产品 | 营业收入 | 毛利率比上年同期增减(百分点) |\n|---|---|---|\n| 教育产品 | 722,940.51 | 2.35 |\n| 智慧城市 | 275,130.06 | −3.17 |\n';
  assert.deepEqual(cells(table), [['722,940.51', 7229405100, '元'], ['2.35', 2.35, 'pp'], ['275,130.06', 2751300600, '元'], ['−3.17', -3.17, 'pp']]);
  const traditional = '| 分部 | 經營溢利（億元） | 毛利率增減（百分點） |\n|---|---|---|\n| 雲業務 | −2.35 | 1.2 |\n';
  assert.deepEqual(cells(traditional), [['−2.35', -235000000, '元'], ['1.2', 1.2, 'pp']]);
});

run('a pair of prices set off by a spaced slash shares the unit after the second (2 / 8 元: input and output), a ratio does not', [
  { input: 'deepseek-chat 单价 2 / 8 元', figures: [fig('2', 2, '元'), fig('8 元', 8, '元')] },
]);

test('a statistics table states each row\'s unit in a 单位 column: it scales the row\'s numbers (亿元, 万人, 万吨CO2e), not a column whose header has its own (增长（%）)', () => {
  const cells = (text: string) => analyse(text).figures.map((f) => [f.text, f.value, f.unit]);
  const table = '表1 2025年某市数字经济主要指标\n\n指标名称                 单位       2025年      比上年增长（%）\n数字经济核心产业收入     亿元       352.6        18.4\n从业人员                 万人         4.2        12.0\n碳排放                   万吨CO2e    61.5         3.1\n';
  assert.deepEqual(cells(table).slice(0, 6), [['352.6', 3.526e10, '元'], ['18.4', 18.4, '%'], ['4.2', 42000, '人'], ['12.0', 12, '%'], ['61.5', 615000, '吨CO2e'], ['3.1', 3.1, '%']]);
  const pipes = '| 指標 | 單位 | 2024年 | 2025年 |\n|---|---|---|---|\n| 營業收入 | 億元 | 12.5 | 20.1 |\n| 機櫃數 | 萬架 | 1.1 | 1.8 |\n';
  assert.deepEqual(cells(pipes).map((c) => c[1]), [1.25e9, 2.01e9, 11000, 18000]);
});

test('a bare decimal is a score beside a score in 分 (以88.2分拿下第一，ERNIE 4.5以87.9紧随其后) or under a label naming a benchmark (**代码（HumanEval）**：)', () => {
  const scores = (text: string) => analyse(text).figures.filter((f) => f.attribute === 'score').map((f) => f.text);
  assert.deepEqual(scores('Qwen2.5-Max以88.2分拿下单项第一，ERNIE 4.5以87.9紧随其后。'), ['88.2分', '87.9']);
  assert.deepEqual(scores('**代码（HumanEval）**：差距最大的一项。GPT-4o（86.0）依然是天花板，DeepSeek-V3以82.6领先。'), ['86.0', '82.6']);
  assert.deepEqual(scores('**代碼（HumanEval）**：差距最大的一項。GPT-4o（86.0）依然是天花板，DeepSeek-V3以82.6領先。'), ['86.0', '82.6']);
  // (a decimal with no benchmark and no score near is no figure)
  assert.deepEqual(analyse('这次更新把版本升到了4.5，界面也改了。').figures.map((f) => f.text), []);
});

run('the unit after a number\'s restatement in brackets (约18万亿（18T）tokens) is the number\'s, its span the number alone', [
  { input: '预训练语料规模约18万亿（18T）tokens。', figures: [fig('约18万亿', 1.8e13, 'tokens', 'approx')] },
  { input: '預訓練語料規模約18萬億（18T）tokens。', figures: [fig('約18萬億', 1.8e13, 'tokens', 'approx')] },
  { input: '总参数1万亿（1T）参数的模型。', figures: [fig('1万亿', 1e12, '参数')] },
]);

test('a cell of four digits under a column that names a measure (| Codeforces | 2051 |) is its value; under a time\'s column (| 年份 | 2024 |) a year', () => {
  for (const markdown of [true, false]) {
    const scores = analyse('| 模型 | AIME 2024 | Codeforces |\n| --- | --- | --- |\n| Step-R2 | 81.6 | 2051 |\n| o1 | 79.2 | 1982 |\n', { markdown }).figures;
    assert.deepEqual(scores.map((f) => [f.text, f.attribute, f.benchmark]), [
      ['81.6', 'score', 'AIME 2024'], ['2051', 'score', 'Codeforces'], ['79.2', 'score', 'AIME 2024'], ['1982', 'score', 'Codeforces'],
    ]);
    const years = analyse('| 年份 | 营收 |\n| --- | --- |\n| 2023 | 100亿 |\n| 2024 | 200亿 |\n', { markdown }).figures;
    assert.deepEqual(years.map((f) => f.text), ['100亿', '200亿']);
  }
});

test('hours of people\'s work (15万个工时, 9万人时) are one figure with their unit, no count of something', () => {
  const read = (t: string) => analyse(t).figures.map((f) => `${f.text} ${f.value} ${f.unit}`);
  assert.deepEqual(read('部署后一年节省约15万个工时。'), ['约15万个工时 150000 工时']);
  assert.deepEqual(read('部署後一年節省約15萬個工時，去年投入9萬人時。'), ['約15萬個工時 150000 工时', '9萬人時 90000 工时']);
});
