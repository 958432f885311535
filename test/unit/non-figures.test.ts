// Numbers that are not figures: rankings, stock codes, years and dates (二〇二三 only as a year),
// numerals heading a title or a line, phone numbers. Each row is a sentence and the figures it
// states — most of them none; where a real figure stands beside the non-figure it must survive.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse } from '../helpers/engine.ts';

type Row = [input: string, figures: string[]];

function table(title: string, rows: Row[]) {
  describe(title, () => {
    for (const [input, figures] of rows) {
      test(`${input} → ${figures.join(' | ') || 'no figure'}`, () => {
        assert.deepEqual(analyse(input).figures.map((f) => f.text), figures);
      });
    }
  });
}

table('the unit side of an exchange rate (what it is worth is the figure)', [
  ['美元价格以1美元兑7.1元换算', ['7.1元']],
  ['以匯率1美元兌30.5元新台幣計算', ['30.5元']],
  ['美元按1美元≈7.1元人民币折算', ['7.1元人民币']],
  ['售价1美元', ['1美元']],
]);

table('a chip named by its code alone (910B of 昇腾910B) is a product, not 910 billion of anything', [
  ['自己攒９１０Ｂ小集群，某云910B整机包月４.８万元/月', ['４.８万元/月']],
  ['國產卡910C的FP16算力約800 TFLOPS', ['約800 TFLOPS']],
]);

table('a post\'s date and time (11-20 09:41 来自 iPhone客户端)', [
  ['11-20 09:41 来自 iPhone客户端  已编辑', []],
  ['比分11-20', ['11-20']],
  ['推 user01   : 輝達一季賺了356億鎂 沒得比          03/12 23:15', ['356億鎂']],
  ['→ user02   : 樓上說的對                     12/01 09:05', []],
]);

table('a unit of charging (按千tokens报价, 按百万tokens计价) is no quantity', [
  ['文心一言4.5 Turbo是表中唯一按千tokens报价的', []],
  ['該模型按百萬tokens定價', []],
]);

table('the period a figure is of (前九个月, 前三季度, 前10個月), not a duration', [
  ['云穹2025年前九个月实现收入7.48亿元', ['7.48亿元']],
  ['前10個月累計營收9,874億元', ['9,874億元']],
  ['训练持续了3个月', ['3个月']],
]);

table('rankings', [
  ['该应用位列TOP19', []],
  ['入选Top 10榜单', []],
  ['获评top5创新企业', []],
  ['排名全球前五的超级计算机', []],
  ['进入前10名', []],
  ['跻身行业前三', []],
  ['位居全国第2', []],
  ['排名前10%的学生', ['前10%']],
  ['入選TOP 100企業', []],
  ['排名世界前三的晶片廠', []],
]);

table('a table column that numbers the rows (排名, 序号, #): its cells are no figures, the scores beside them are', [
  ['| 排名 | 模型 | 综合分 |\n|---|---|---|\n| 1 | GLM-4.6 | 78.9 |\n| 2 | DeepSeek-V3.2 | 77.9 |', ['78.9', '77.9']],
  ['| 序號 | 模型 | 得分 |\n|---|---|---|\n| 1 | GLM-4.6 | 78.9 |', ['78.9']],
  ['| # | Model | Score |\n|---|---|---|\n| 3 | GPT-5 | 80 |', ['80']],
  ['| 模型 | 参数 | 层数 |\n|---|---|---|\n| GLM-4.6 | 355B | 92 |', ['355B', '92']],
  // a tender's lots (包号, 标段)
  ['| 包号 | 标的名称 | 数量 | 单项最高限价（元） |\n|---|---|---|---|\n| 1 | GPU训练服务器 | 6台 | 1,280,000.00 |', ['6台', '1,280,000.00']],
  ['| 標段 | 標的名稱 | 數量 |\n|---|---|---|\n| 2 | 高速儲存系統 | 1套 |', ['1套']],
]);

table('stock codes', [
  ['台积电(2330)营收创新高', []],
  ['腾讯控股（00700.HK）股价上涨5%', ['5%']],
  ['贵州茅台600519.SH', []],
  ['寒武纪（688256）发布新品', []],
  ['股票代码：688256', []],
  ['台積電（2330）第三季營收達7000億元', ['7000億元']],
  ['英伟达(NASDAQ: NVDA)市值3万亿美元', ['3万亿美元']],
  ['证券代码 300750', []],
]);

table('years and dates', [
  ['二〇二三年是大模型元年', []],
  ['二〇二三', []],
  ['一九九一年一月十六日', []],
  ['2023年7月6日，华为发布了盘古3.0', []],
  ['发布会于2023-11-09举行', []],
  ['2024/3/15 发布', []],
  ['三月份的数据', []],
  ['十二月发布', []],
  ['二〇二四年營收成長三成', ['三成']],
  ['2023年营收增长了20%', ['20%']],
  ['2024', []],
  ['FY2024财年', []],
]);

table('heading numerals', [
  ['2024—大模型价格战', []],
  ['2023——回顾与展望', []],
  ['2024 — 大模型落地之年', []],
  ['1. 训练数据', []],
  ['一、行业概况', []],
  ['（三）算力基础设施', []],
  ['2024—2025年的规划', []],
]);

table('a section\'s number heading its line (02 ｜ Kimi：…)', [
  ['02 ｜ Kimi：从顶流到被追', []],
  ['03|價格戰打響', []],
  // (and a news flash's number before its time)
  ['2｜09:40【Kimi月活数据出炉】Kimi月活3600万。', ['3600万']],
  ['12｜16:05【輝達】台積電營收2.8兆元。', ['2.8兆元']],
]);

table('phone numbers', [
  ['咨询电话：400-800-1234', []],
  ['联系电话 010-12345678', []],
  ['手机13812345678', []],
  ['客服热线4008001234', []],
  ['请拨打(021)12345678', []],
  ['Tel: +86 13912345678', []],
  ['7×24小时在线服务', []],
  ['服務專線：02-23456789', []],
]);

table('过 before a magnitude in a headline\'s question (月入过万？) is no claim', [
  ['▶ 月入过万？用AI写小说的秘诀', []],
]);

table('masked numbers (a licence, a phone or an ID with digits hidden)', [
  ['京ICP备2021XXXXXX号', []],
  ['聯絡電話138****5678', []],
  ['统一社会信用代码：91110108MA01XXXXXX', []],
  ['客服19XXXXXX，营收增长3倍', ['3倍']],
]);

table('a number with a name\'s word glued on is part of the name (88VIP, 360AI)', [
  ['88VIP会员数增长至超过4,000万', ['超过4,000万']],
  ['88VIP會員數增長至超過4,000萬', ['超過4,000萬']],
  ['360AI搜索上线', []],
]);

table('升 after a number is the verb to rise as often as litres (从4K升级到256K)', [
  ['上下文长度从4K升级到256K', ['4K', '256K']],
  ['上下文長度從4K升級到256K', ['4K', '256K']],
  ['水箱容量为5升', ['5升']],
]);

table('dimensions of an image or a screen are one size, not figures', [
  ['端侧生成一张1024×1024图片只需约1秒', ['约1秒']],
  ['端側生成一張1024×1024圖片只需約1秒', ['約1秒']],
  ['支持1920x1080分辨率的视频', []],
  ['输出512*512的图像', []],
]);

table('points after an index or the market\'s close are figures (恒指收报25,487点，升312点); a time or a count of remarks is none', [
  ['恒指收报25,487点，升312点。', ['25,487点', '312点']],
  ['恒指收報25,487點，升312點。', ['25,487點', '312點']],
  ['下午3点开会，我有三点经验。', []],
]);

table('W without a power word is web slang for 万, not watts', [
  ['这篇文章10W+阅读', []],
  ['功耗很低。这篇文章10W阅读', []],
  ['千卡路里的饮食', []],
  // (but watts where the sentence speaks of full load or a card's board power)
  ['4090满载450W，3090也有350W。', ['450W', '350W']],
  ['4090滿載450W，3090也有350W。', ['450W', '350W']],
  ['RTX 5090的TGP为575W。', ['575W']],
]);

table('块 before a digit and a unit counts pieces, not money', [
  ['切成8块5厘米宽的木板', ['8块', '5厘米']],
]);

table('最近一轮 is the latest round, not a count', [
  ['公司在近一轮融资中获得红杉领投', []],
  ['公司在最近一輪融資中獲得紅杉領投', []],
  ['近一次发布会上', []],
  ['典型功耗85W', ['85W']],
]);

table('digits inside names and codes stay out', [
  ['GPT-4在多项测试中表现更好', []],
  ['Qwen2.5-72B在多个榜单上领先', []],
  ['使用A100训练', []],
  ['借助5G网络实现3D建模', []],
  ['HDC2023大会', []],
]);

table('a unit of charging (按百万tokens计价) is no quantity', [
  ['有的按百万tokens计价，有的仍按千tokens计价。', []],
  ['有的按百萬tokens計價，有的仍按千tokens計價。', []],
  ['接口以千tokens为单位收费，输入0.8元。', ['0.8元']],
  ['语音合成按1000次计费。', []],
]);

table('companies counted (共有七家企业) are figures; 一家 (an article) and the ones just named (两家公司, 三家的) are not', [
  ['共有七家企业参与投标，两家被否决。', ['七家']],
  ['目前有三家手机厂商、两家车企在用。', ['三家', '两家']],
  ['目前有三家手機廠商、兩家車企在用。', ['三家', '兩家']],
  ['一家公司的创始人表示。', []],
  ['这三家公司表示将继续投入。', []],
  ['百度、阿里、腾讯三家的总和。', []],
  ['市场的同时，两家公司可以集中精力。', []],
  ['智澜科技成立以来共完成五轮融资。', ['五轮']],
  ['三轮对话之后，模型给出答案。', []],
  ['玉山-LLM 2答對163題，正確率81.5%。', ['163題', '81.5%']],
]);

table('半 that begins a word after 过/近/通 is no half (近半年, 通过半导体, 经过半年)', [
  ['近半年来营收增长两成。', ['两成']],
  ['通过半导体工艺提升性能。', []],
  ['经过半年努力，模型上线。', []],
]);

table('5G is a network, not a size', [
  ['5G网络覆盖全国。', []],
  ['华为（5G）业务。', []],
]);

table('a phone number grouped with a space, an address\'s floor and a registration code are no figures', [
  ['电　话：020-3862 7751', []],
  ['商务合作请致电：021-6188 5520，团队规模约200人。', ['约200人']],
  ['地址：广州市天河区体育西路189号城建大厦21层', []],
  ['地址：台北市信義區某某大樓12樓', []],
  ['统一社会信用代码：91440600759236418K，中标金额9,620,000.00元', ['9,620,000.00元']],
  ['統一社會信用代碼：914406007592364182，中標金額962萬元', ['962萬元']],
  ['该模型支持32层堆叠', ['32层']],
]);

test('a month written year.month in a table (2025.06) is a date, and a registration code with K at its end no size', () => {
  const cells = (text: string) => analyse(text, { markdown: true }).figures.map((f) => f.text);
  assert.deepEqual(cells('| 公司 | 轮次 | 时间 | 融资金额 |\n|---|---|---|---|\n| 宇树科技 | C轮 | 2025.06 | 约7亿元 |\n'), ['约7亿元']);
  assert.deepEqual(cells('| 公司 | 輪次 | 時間 | 融資金額 |\n|---|---|---|---|\n| 宇樹科技 | C輪 | 2024.11 | 約7億元 |\n'), ['約7億元']);
  assert.deepEqual(cells('| 供应商 | 信用代码 | 金额（元） |\n|---|---|---|\n| 华为云 | 91440600759236418K | 24,368,000.00 |\n'), ['24,368,000.00']);
  // a size's K after a few digits stays one
  assert.deepEqual(cells('| 模型 | 上下文 |\n|---|---|\n| Qwen2.5-72B | 128K |\n'), ['128K']);
});

table('a year of the Republic calendar (112年, 民國113年度, 115至117年) is a date; a span of years stays a figure', [
  ['112年國內AI產業產值約新臺幣3,100億元', ['約新臺幣3,100億元']],
  ['民國113年度預算編列12億元', ['12億元']],
  ['115至117年再投入50億元', ['50億元']],
  ['这家老字号已有110年历史', ['110年']],
]);

table('a letter after a number said in words that is no size (B站, B轮)', [
  ['他在B站发视频，去年拿了三B轮融资。', []],
]);

table('an index provider\'s name (申万一级行业): 万 of a name, no ten thousand', [
  ['申万一级行业中，计算机涨幅居前。', []],
  ['申萬一級行業中，電子漲幅居前。', []],
]);

table('千万 as "by all means", a unit of charging (按千tokens标价), a post\'s date without its year (编辑于 02-28)', [
  ['两边对比的时候千万别看错小数点。', []],
  ['兩邊對比的時候千萬不要看錯小數點。', []],
  ['有的平台按千tokens标价，有的按百万tokens标价。', []],
  ['有的平台按千tokens標價，有的按百萬tokens標價。', []],
  ['编辑于 02-28 上海', []],
]);

table('a news tip line, a page\'s upvote button, an order of magnitude, an attachment\'s number, a publication\'s title, a section\'s zero-padded number, a date after a spaced month', [
  ['澎湃新闻报料：021-962866', []],
  ['未经授权不得转载\n+1\n收藏\n我要举报', []],
  ['+1  收藏  分享  举报', []],
  ['员工同比增长12%，+1%的增幅也算增长。', ['12%', '+1%']],
  ['腾讯2025年资本开支指引为"低双位数百分比"占收入比。', []],
  ['資本支出將維持在個位數百分比的成長。', []],
  ['附件：1.2024年全省重点算力项目清单（略）　2.算力券申领指南（略）', []],
  ['扫码领取《2025大模型API选型手册》，内含12家厂商的最新报价。', ['12家']],
  ['掃碼領取《2025大模型API選型手冊》，內含12家廠商的最新報價。', ['12家']],
  ['## 01 大模型：头部玩家继续吸金', []],
  ['0.5元一次，便宜。', ['0.5元一次']],
  ['官方说 2 月 8 日之后 V3 会恢复原价。', []],
  ['30日之内有效。', ['30日之内']],
  // (a reply's floor number before its author and its time)
  ['1  neonfish  3 天前\n4090 跑 32B，生成 38 tokens/s 左右', ['32B', '38 tokens/s 左右']],
  ['2  老王  2 小时前\n3 台机器跑了 5 天。', ['3 台', '5 天']],
  // (a relative time in words, a page counter)
  ['千問App月活躍用戶已達1.8億，較三個月前增長約一倍。', ['1.8億', '約一倍']],
  ['第 7 页 / 共 32 页', []],
  // (a shopping festival's name, a plan named by its multiple, an age that picks out a group)
  ['原价2699元，618打了八五折，双11期间再降。', ['2699元', '八五折']],
  ['大促当天卖了618台。', ['618台']],
  ['Claude Max 20x 每月200美元。', ['每月200美元']],
  ['65歲以上長者佔客戶三成。', ['三成']],
]);

table('a version of the software a thing runs on (iOS 16.0 及以上, Android 9, CUDA 12.4) is no quantity', [
  ['最低系统要求：iOS 16.0 及以上；Android 9.0 及以上', []],
  ['最低系統要求：iOS 16.0 及以上；Android 9.0 及以上', []],
  ['需要CUDA 12.4与Python 3.10，显存24GB', ['24GB']],
  ['鸿蒙4.2系统已覆盖超过8亿台设备', ['超过8亿台']],
]);

table('对 counts pairs (28亿对图文), not in 对话 or before a verb (14B对话模型, X对多语言能力)', [
  ['高质量图文数据28亿对', ['28亿对']],
  ['在MATH上，14B对话模型的得分为83.1分', ['14B', '83.1分']],
]);

table('a platform\'s share or count written right after its name is a figure (安卓73%)', [
  ['国内手机激活量中安卓73%、iOS 27%', ['73%', '27%']],
]);

table('a sale\'s days, month.day to month.day, beside what says they are days (12.10-12.12 限时3天, 活动时间：6.1-6.18); a range of amounts stays a figure', [
  ['🔥AI焕新季|12.10-12.12 限时3天🔥', ['3天']],
  ['🔥AI煥新季|12.10-12.12 限時3天🔥', ['3天']],
  ['活动时间：6.1-6.18，全场8折。', ['8折']],
  ['活動時間：6.1-6.18，全場8折。', ['8折']],
  ['价格在1.10-1.20元之间。', ['1.10-1.20元']],
]);

table('a phone number with its last digits masked (0571-8652 3xxx), and a row number under 序号 that reads a unit from the next cell', [
  ['联系方式：0571-8652 3xxx', []],
  ['聯絡電話：0574-8718 6xxx，共2台', ['2台']],
  ['| 序号 | 标的名称 | 数量 |\n| --- | --- | --- |\n| 1 | 大模型推理一体机 | 2台 |\n', ['2台']],
  ['| 序號 | 標的名稱 | 數量 |\n| --- | --- | --- |\n| 1 | 大模型推理一體機 | 2台 |\n', ['2台']],
]);

table('倍增 is a verb (从128K倍增为256K), no multiple; 3倍增长 is one', [
  ['上下文长度从128K倍增为256K。', ['128K', '256K']],
  ['上下文長度從128K倍增為256K。', ['128K', '256K']],
  ['营收实现3倍增长。', ['3倍']],
]);

table('a week\'s dates in brackets after a weekly\'s title (AI周报｜…（3.10-3.16）, 本周（3.17-3.21）)', [
  ['AI周报｜QwQ-32B以小博大、B300即将登场（3.10-3.16）', []],
  ['AI週報｜QwQ-32B以小博大、B300即將登場（3.10-3.16）', []],
  ['本周（3.17-3.21）申万计算机指数下跌1.86%', ['1.86%']],
  // (joined by a long dash too)
  ['AI行业周报 | 第12期（3.10—3.16）：DeepSeek公布理论成本利润率545%', ['545%']],
  ['AI行業週報 | 第12期（3.10—3.16）：DeepSeek公布理論成本利潤率545%', ['545%']],
  ['倍数区间（1.10-1.25）', ['1.10-1.25']],
]);

table('a tender lot\'s number (包1, 标段2) is its label; 流量包1个 still counts', [
  ['代理服务收费金额：包1 人民币壹拾捌万伍仟陆佰元整；包2 人民币伍万贰仟叁佰元整。', ['壹拾捌万伍仟陆佰元整', '伍万贰仟叁佰元整']],
  ['代理服務收費金額：包1 人民幣壹拾捌萬伍仟陸佰元整；包2 人民幣伍萬貳仟叁佰元整。', ['壹拾捌萬伍仟陸佰元整', '伍萬貳仟叁佰元整']],
  ['标段2：预算300万元。', ['300万元']],
  ['买了流量包1个。', ['1个']],
]);

table('a comment\'s date before its place and the reply button (3-16 北京 回复)', [
  ['👤 momo：额度是每周50条吗？\n  3-16 北京 回复', ['每周50条']],
  ['👤 momo：額度是每週50條嗎？\n  3-16 北京 回覆', ['每週50條']],
]);

table('a version in a name\'s table cell (| Pika 2.1 |) is no value after a name; values after names set apart by slashes are', [
  ['| 工具 | 厂商 | 时长 |\n|---|---|---|\n| Pika 2.1 | Pika Labs | 10秒 |', ['10秒']],
  ['数学子榜：DeepSeek-R1 1401 / o1 1396', ['1401', '1396']],
]);

table('a span of months with an en or em dash (1–10月累計, 1—9月) is a period, no figure', [
  ['| 公司 | 1–10月累計 |\n|---|---|\n| 鴻海 | 66,850 |', ['66,850']],
  ['前1—9月营收增长12%', ['12%']],
]);

table('a version number after 版本 is none (升级到版本3.0后), but a version\'s price after it is (老版本0.0008元/千tokens)', [
  ['升级到版本3.0后，速度提升2倍。', ['2倍']],
  ['老版本0.0008元/千tokens，新版本2元/百万tokens。', ['0.0008元/千tokens', '2元/百万tokens']],
  ['舊版本0.0008元/千tokens，新版本2元/百萬tokens。', ['0.0008元/千tokens', '2元/百萬tokens']],
]);
