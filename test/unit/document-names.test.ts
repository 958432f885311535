// Names a document gives entities by their form — a descriptor before a company's name, an
// organisation's suffix, a listing mark, a model's name and number next to 模型 — are mentions of the
// same entity wherever the document writes them, before or after, and so are a company's short forms.
// A block's reading then depends on the document's names: an incremental analysis must give what a
// fresh one gives.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import type { Analysis, EntityKind } from '../../server/src/analysis/types.ts';
import { analyse, engine } from '../helpers/engine.ts';

interface Case {
  title: string;
  input: string;
  /** Every mention of this kind, in order, as [text, entity id]. */
  mentions: { kind: EntityKind; expected: Array<[string, string]> };
  /** Figures and the entity each is about. */
  subjects?: Array<[string, string | undefined]>;
}

const named = (a: Analysis, kind: EntityKind) => a.entities.filter((e) => e.kind === kind).map((e) => [e.text, e.entityId]);

const cases: Case[] = [
  {
    title: 'a Chinese model named with 大模型 and its version (衡言大模型4.0) is written without 大模型 after (衡言4.0的API); its family\'s name alone is no mention of it',
    input: '公司在7月发布了衡言大模型4.0，上下文窗口扩展到了256K。\n\n价格上，衡言4.0的API定价为输入每百万tokens 0.8元。\n\n衡言App月活跃用户达到1.26亿。',
    mentions: { kind: 'model', expected: [['衡言大模型4.0', 'model:衡言4.0'], ['衡言4.0', 'model:衡言4.0']] },
    subjects: [['每百万tokens 0.8元', 'model:衡言4.0']],
  },
  {
    title: 'a family\'s name the text gives two versions of (衡言大模型3.0, 衡言大模型4.0) names neither alone',
    input: '公司发布了衡言大模型3.0，总参数量1000亿。\n\n今年又发布了衡言大模型4.0。\n\n衡言的总参数量为2000亿。',
    mentions: { kind: 'model', expected: [['衡言大模型3.0', 'model:衡言3.0'], ['衡言大模型4.0', 'model:衡言4.0']] },
    subjects: [['2000亿', undefined]],
  },
  {
    title: 'a trade\'s big maker before a name ending in its trade (組裝大廠瑞昇電腦) names a company, and its short name after (瑞昇, however the tagger splits it)',
    input: 'AI伺服器需求持續強勁，組裝大廠瑞昇電腦10日公布3月合併營收。\n\n瑞昇表示，3月營收大幅成長。瑞昇第1季AI伺服器占整體營收比重已超過五成。',
    mentions: { kind: 'vendor', expected: [['瑞昇電腦', 'vendor:瑞昇电脑'], ['瑞昇', 'vendor:瑞昇电脑'], ['瑞昇', 'vendor:瑞昇电脑']] },
    subjects: [['超過五成', 'vendor:瑞昇电脑']],
  },
  {
    title: 'the same in simplified script, and a device\'s kind before a company\'s name and a code makes it the device (AI笔记本曜石Book 14)',
    input: '组装大厂瑞昇电脑公布营收。\n\n瑞昇表示，营收大幅成长。曜石科技推出AI笔记本曜石Book 14。',
    mentions: { kind: 'product', expected: [['曜石Book 14', 'product:曜石book 14']] },
  },
  {
    title: 'a device the document names whole (AI手机曜石X7) stays that device where its company\'s short name and a code are written again, never a model',
    input: '曜石科技正式推出AI手机曜石X7。\n\n曜石X7搭载骁龙8至尊版芯片，曜石X7的起售价为4999元。',
    mentions: { kind: 'product', expected: [['曜石X7', 'product:曜石x7'], ['曜石X7', 'product:曜石x7'], ['骁龙8至尊版', 'product:snapdragon-8-elite'], ['曜石X7', 'product:曜石x7']] },
  },
  {
    title: 'a model\'s name with a size or a variant after a hyphen is a model of its own (曜言-3B, 曜言-Pro after 自研的曜言端侧大模型, itself a model as 盘古气象大模型 is)',
    input: '两款产品都内置了自研的曜言端侧大模型。曜言-3B运行在手机上，曜言-Pro在云端，曜言很强。',
    mentions: { kind: 'model', expected: [['曜言端侧大模型', 'model:曜言端侧大模型'], ['曜言-3B', 'model:曜言-3b'], ['曜言-Pro', 'model:曜言-pro'], ['曜言', 'model:曜言']] },
  },
  {
    title: 'a company\'s short name and AI is its app (拾光AI), not a business or a cloud of it (拾光AI业务, 拾光AI云)',
    input: '拾光智能旗下的对话产品拾光AI于2023年10月上线，拾光AI的日活约180万。拾光智能表示，拾光AI业务和拾光AI云都在增长。',
    mentions: { kind: 'model', expected: [['拾光AI', 'model:拾光ai'], ['拾光AI', 'model:拾光ai']] },
    subjects: [['约180万', 'model:拾光ai']],
  },
  {
    title: 'a family the company built before 大模型 (自研的天衡大模型) is a model, its short name with a dotted version (天衡2.0) another of the family',
    input: '本公司自研的天衡大模型持续扩大企业应用，天衡大模型付费企业客户数突破2,300家。8月推出的新一代模型天衡2.0支持128K上下文。',
    mentions: { kind: 'model', expected: [['天衡大模型', 'model:天衡大模型'], ['天衡大模型', 'model:天衡大模型'], ['天衡2.0', 'model:天衡2.0']] },
    subjects: [['2,300家', 'model:天衡大模型'], ['128K', 'model:天衡2.0']],
  },
  {
    title: 'a domain\'s model introduced in quotes (得到“澜言金融大模型”) is written by its brand alone after (澜言已覆盖…)',
    input: '华川银行完成微调，得到“澜言金融大模型”。上线6个月以来，澜言已覆盖全行1.6万名员工。',
    mentions: { kind: 'model', expected: [['澜言金融大模型', 'model:澜言金融大模型'], ['澜言', 'model:澜言金融大模型']] },
  },
  {
    title: 'the same in traditional script: 「瀾言金融大模型」 and 瀾言; unquoted, a domain\'s model lends its brand to no mention',
    input: '華川銀行完成微調，得到「瀾言金融大模型」。上線6個月以來，瀾言已覆蓋全行1.6萬名員工。',
    mentions: { kind: 'model', expected: [['瀾言金融大模型', 'model:澜言金融大模型'], ['瀾言', 'model:澜言金融大模型']] },
  },
  {
    title: 'an unquoted domain\'s model (岐黄医疗大模型) lends its brand to no mention',
    input: '公司研发的岐黄医疗大模型于2023年发布。岐黄已覆盖全国300家医院。',
    mentions: { kind: 'model', expected: [['岐黄医疗大模型', 'model:岐黄医疗大模型']] },
  },
  {
    title: 'a quoted domain\'s model named after a place (“江州政务大模型”) leaves the place a place',
    input: '项目建设“江州政务大模型”。江州全市已有30个部门接入。',
    mentions: { kind: 'model', expected: [['江州政务大模型', 'model:江州政务大模型']] },
  },
  {
    title: 'the same in traditional script: 拾光AI, 自研的天衡大模型 and 天衡2.0',
    input: '拾光智能旗下的對話產品拾光AI上線後日活約180萬。本公司自研的天衡大模型持續擴大企業應用，天衡大模型付費企業客戶數突破2,300家。新一代模型天衡2.0支援128K上下文。',
    mentions: { kind: 'model', expected: [['拾光AI', 'model:拾光ai'], ['天衡大模型', 'model:天衡大模型'], ['天衡大模型', 'model:天衡大模型'], ['天衡2.0', 'model:天衡2.0']] },
    subjects: [['約180萬', 'model:拾光ai'], ['128K', 'model:天衡2.0']],
  },
  {
    title: 'a kind of model after a verb of building is no name (自研的通用大模型, 推出的行业大模型), nor a name written once',
    input: '公司自研的通用大模型效果不错。我们推出的行业大模型与通用大模型不同。他们发布的星河大模型参数为700亿。',
    mentions: { kind: 'model', expected: [] },
  },
  {
    title: 'a Chinese name, a hyphen and a size is a model by its form (灵狐-8B), without a launch verb before it',
    input: '我用灵狐-8B跑了一下，4bit量化后显存只要6G。灵狐-8B-Instruct效果也不错。',
    mentions: { kind: 'model', expected: [['灵狐-8B', 'model:灵狐-8b'], ['灵狐-8B-Instruct', 'model:灵狐-8b-instruct']] },
  },
  {
    title: 'a company\'s short name with a dotted or lettered version glued on is its model (星衍2.0, 月湾M2, 星衍2.0-Lite), never the company',
    input: '创业公司星衍科技推出星衍2.0，总参数为5600亿。与星衍2.0一同发布的还有星衍2.0-Lite，其总参数为160亿。\n\n月湾科技的旗舰模型月湾M2总参数约3000亿。',
    mentions: { kind: 'model', expected: [['星衍2.0', 'model:星衍2.0'], ['星衍2.0', 'model:星衍2.0'], ['星衍2.0-Lite', 'model:星衍2.0-lite'], ['月湾M2', 'model:月湾m2']] },
    subjects: [['5600亿', 'model:星衍2.0'], ['160亿', 'model:星衍2.0-lite'], ['约3000亿', 'model:月湾m2']],
  },
  {
    title: 'the same in traditional script, and a variant word after a hyphenated version (灵枢-3 Mini)',
    input: '創業公司星衍科技推出星衍2.0，總參數為5600億。\n\n灵枢智能发布灵枢-3。与灵枢-3同时发布的，还有面向端侧的灵枢-3 Mini。其参数量只有38亿。',
    mentions: { kind: 'model', expected: [['星衍2.0', 'model:星衍2.0'], ['灵枢-3', 'model:灵枢-3'], ['灵枢-3', 'model:灵枢-3'], ['灵枢-3 Mini', 'model:灵枢-3 mini']] },
    subjects: [['5600億', 'model:星衍2.0'], ['38亿', 'model:灵枢-3 mini']],
  },
  {
    title: 'a device named with a code right after its kind is a product (机器人灵枢W2); a Latin model and its version names its family too (LingShu-VLA 1.0 → LingShu-VLA)',
    input: '公司先推出轮式双臂机器人灵枢W2。灵枢W2的售价为19.8万元。\n\n驱动机器人的是具身大模型LingShu-VLA 1.0，参数规模70亿。\n\n公司计划把LingShu-VLA的下一代版本参数规模扩大到300亿。',
    mentions: { kind: 'model', expected: [['LingShu-VLA 1.0', 'model:lingshu-vla 1.0'], ['LingShu-VLA', 'model:lingshu-vla']] },
    subjects: [['19.8万元', 'product:灵枢w2'], ['70亿', 'model:lingshu-vla 1.0'], ['300亿', 'model:lingshu-vla']],
  },
  {
    title: 'the same in traditional script; a precision after a machine is no device name (一體機單機FP16)',
    input: '公司先推出輪式雙臂機器人靈樞W2。靈樞W2的售價為19.8萬元。\n\n訓推一體機單機FP16算力不低於2.5 PFLOPS。',
    mentions: { kind: 'model', expected: [] },
    subjects: [['19.8萬元', 'product:灵枢w2'], ['不低於2.5 PFLOPS', undefined]],
  },
  {
    title: 'a company\'s short name and 大模型 with its version is its model (匯智大模型4.0), but not its platform (云启大模型平台)',
    input: 'AI軟件供應商匯智科技集團公布業績。旗下匯智大模型4.0參數規模達3,000億。截至去年底，匯智大模型的日均調用量已達2,800億tokens。\n\n云启科技推出云启大模型平台。',
    mentions: { kind: 'model', expected: [['匯智大模型4.0', 'model:汇智4.0'], ['匯智大模型', 'model:汇智大模型']] },
    subjects: [['3,000億', 'model:汇智4.0'], ['2,800億tokens', 'model:汇智大模型']],
  },
  {
    title: 'a company\'s short name and a Latin word only models are named with is its model wherever it is written (码灵Coder)',
    input: '码灵科技成立于2022年底。底层为自研代码大模型码灵Coder。\n\n码灵Coder参数规模约340亿。',
    mentions: { kind: 'model', expected: [['码灵Coder', 'model:码灵coder'], ['码灵Coder', 'model:码灵coder']] },
    subjects: [['约340亿', 'model:码灵coder']],
  },
  {
    title: 'a company\'s short name, what kind of model and 大模型 is its model (瀚海金融大模型); after 平台, its short name and a few characters is its product (平台瀚海智服)',
    input: '瀚海智能成立於2018年。公司自研的瀚海金融大模型參數規模達1,300億；2023年推出的企業級平台瀚海智服已部署於逾80家金融機構。\n\n瀚海金融大模型的訓練使用了約1,024張GPU。',
    mentions: { kind: 'model', expected: [['瀚海金融大模型', 'model:瀚海金融大模型'], ['瀚海金融大模型', 'model:瀚海金融大模型']] },
    subjects: [['1,300億', 'model:瀚海金融大模型'], ['約1,024張', 'model:瀚海金融大模型'], ['逾80家', 'product:瀚海智服']],
  },
  {
    title: 'a company whose name ends in 动力 or 电子 is named again by the rest of it; a role noun glued before it is left out',
    input: '一家北京初创公司澜图动力今日宣布完成融资。\n\n这是澜图年内第二次融资。\n\n设计服务厂耀晶电子（6123）公布营收。耀晶指出，需求强劲。',
    mentions: { kind: 'vendor', expected: [['澜图动力', 'vendor:澜图动力'], ['澜图', 'vendor:澜图动力'], ['耀晶电子', 'vendor:耀晶电子'], ['耀晶', 'vendor:耀晶电子']] },
  },
  {
    title: 'a listed company by its stock code written with 股份代號, and a role noun glued before a 科技 name (traditional)',
    input: 'AI推理晶片設計商睿湃科技今日起招股。\n\n睿湃今次引入七名基石投資者。\n\n設計商耀湃（股份代號：2677）今日掛牌。',
    mentions: { kind: 'vendor', expected: [['睿湃科技', 'vendor:睿湃科技'], ['睿湃', 'vendor:睿湃科技'], ['耀湃', 'vendor:耀湃']] },
  },
  {
    title: 'a model named in quotes after what it is, and a brand\'s hyphenated version after a launch verb, named again alone',
    input: 'AI助手“澜语”月活突破1亿。\n\n澜语的日活近3000万。\n\n耀衡智能发布耀衡-2技术报告。\n\n耀衡-2总参数为3200亿。',
    mentions: { kind: 'model', expected: [['澜语', 'model:澜语'], ['澜语', 'model:澜语'], ['耀衡-2', 'model:耀衡-2'], ['耀衡-2', 'model:耀衡-2']] },
    subjects: [['3200亿', 'model:耀衡-2']],
  },
  {
    title: 'a clause that opens with a short name of common words and 智能/科技 before a company\'s news verb names a company; its short name, a hyphen and a size is its model',
    input: '曜石智能今日宣布完成5亿元B轮融资。\n\n曜石智能旗下大模型曜石-7B在C-Eval上得分82.3，曜石-70B得分89.6。\n\n星河科技完成2亿元融资。人工智能今日迎来新发展。',
    mentions: { kind: 'vendor', expected: [['曜石智能', 'vendor:曜石智能'], ['曜石智能', 'vendor:曜石智能'], ['星河科技', 'vendor:星河科技']] },
    subjects: [['82.3', 'model:曜石-7b'], ['89.6', 'model:曜石-70b']],
  },
  {
    title: 'a clause that opens with a short name and 科技 before its annual report or its filing (恒泽科技年报显示, 恆澤科技財報顯示) names a company',
    input: '恒泽科技年报显示，公司2024年营业收入43.6亿元。\n\n恆澤科技財報顯示，公司營收增長20%。\n\n科技公告显示，营收增长20%。',
    mentions: { kind: 'vendor', expected: [['恒泽科技', 'vendor:恒泽科技'], ['恆澤科技', 'vendor:恒泽科技']] },
    subjects: [['43.6亿元', 'vendor:恒泽科技'], ['20%', 'vendor:恒泽科技']],
  },
  {
    title: 'a company\'s short name and a size glued or spaced (灵雀14B, 灵雀 14B) is its model, the one written 灵雀-14B',
    input: '杭州创业公司灵雀智能今日宣布开源新模型。\n\n最后说一个冷门的 灵雀14B，dense模型 140亿参数。\n\n| 模型 | 总参 |\n|---|---|\n| 灵雀-14B | 14B |',
    mentions: { kind: 'model', expected: [['灵雀14B', 'model:灵雀-14b'], ['灵雀-14B', 'model:灵雀-14b']] },
    subjects: [['140亿参数', 'model:灵雀-14b']],
  },
  {
    title: 'the short name a document defines (以下简称“云穹”, 下稱「雲穹」) names the company wherever it is written',
    input: '云穹智算科技股份有限公司（以下简称“云穹”）向港交所递交上市申请。\n\n截至9月底，云穹累计服务企业客户超过1,800家。',
    mentions: { kind: 'vendor', expected: [['云穹智算科技股份有限公司', 'vendor:云穹'], ['云穹', 'vendor:云穹'], ['云穹', 'vendor:云穹']] },
    subjects: [['超过1,800家', 'vendor:云穹']],
  },
  {
    title: 'a filing\'s word for its party (以下简称“公司”或“汇智数科”) is no name: only the short name is',
    input: '汇智数科技股份有限公司（以下简称“公司”或“汇智数科”）今日公告。\n\n公司营收3亿元。汇智数科净利润1亿元。',
    mentions: { kind: 'vendor', expected: [['汇智数科技股份有限公司', 'vendor:汇智数科'], ['汇智数科', 'vendor:汇智数科'], ['汇智数科', 'vendor:汇智数科']] },
    subjects: [['3亿元', 'vendor:汇智数科']],
  },
  {
    title: 'a filing\'s listed name (证券简称：汇智数科, 證券簡稱：鼎曜) names the company',
    input: '证券代码：688721　　证券简称：汇智数科　　公告编号：2025-021\n\n本报告期内，汇智数科营收3亿元。\n\n證券代碼：6688　　證券簡稱：*ST鼎曜',
    mentions: { kind: 'vendor', expected: [['汇智数科', 'vendor:汇智数科'], ['汇智数科', 'vendor:汇智数科'], ['鼎曜', 'vendor:鼎曜']] },
    subjects: [['3亿元', 'vendor:汇智数科']],
  },
  {
    title: 'a company named in quotes after 新創 / 初创公司, then without them (traditional and simplified)',
    input: '我最近在用一間台灣新創「澄聲未來」做的語音模型。\n\n阿凱：澄聲未來我知道，團隊才二十幾個人。\n\n初创公司“深澜”发布了新模型。深澜去年拿到3000万元种子轮。',
    mentions: { kind: 'vendor', expected: [['澄聲未來', 'vendor:澄声未来'], ['澄聲未來', 'vendor:澄声未来'], ['深澜', 'vendor:深澜'], ['深澜', 'vendor:深澜']] },
    subjects: [['二十幾個人', 'vendor:澄声未来'], ['3000万元', 'vendor:深澜']],
  },
  {
    title: 'a company named after a descriptor in paragraph 1 is the same company by its short name in paragraph 3',
    input: '具身智能公司澜图机器人今日宣布完成5亿元B轮融资。\n\n创始人在采访中透露，团队已有300人。\n\n澜图的人形机器人售价为20万元。',
    mentions: { kind: 'vendor', expected: [['澜图机器人', 'vendor:澜图机器人'], ['澜图', 'vendor:澜图机器人']] },
    subjects: [['5亿元', 'vendor:澜图机器人'], ['20万元', 'vendor:澜图机器人']],
  },
  {
    title: 'and in a paragraph before the one that names it by its form',
    input: '澜图计划明年扩产，产能目标为1万台。\n\n具身智能公司澜图机器人今日宣布完成5亿元B轮融资。',
    mentions: { kind: 'vendor', expected: [['澜图', 'vendor:澜图机器人'], ['澜图机器人', 'vendor:澜图机器人']] },
  },
  {
    title: 'the full name written again, where nothing in its own paragraph gives it a form (traditional)',
    input: 'AI晶片新創公司耀睿今天宣布完成新台幣12億元融資。\n\n法人指出，產業景氣回溫。\n\n耀睿表示，今年營收將成長三成。',
    mentions: { kind: 'vendor', expected: [['耀睿', 'vendor:耀睿'], ['耀睿', 'vendor:耀睿']] },
    subjects: [['新台幣12億元', 'vendor:耀睿'], ['三成', 'vendor:耀睿']],
  },
  {
    title: 'a listed company by its listing mark, and then without it (traditional)',
    input: '澄岳-KY今日公布第三季營收達新台幣52億元。\n\n法人表示，澄岳明年營收可望成長兩成。',
    mentions: { kind: 'vendor', expected: [['澄岳-KY', 'vendor:澄岳-ky'], ['澄岳', 'vendor:澄岳-ky']] },
    subjects: [['兩成', 'vendor:澄岳-ky']],
  },
  {
    title: 'a registered name, its name without the city and the form, and its short name are one company',
    input: '北京澜图机器人科技有限公司今日宣布完成融资。\n\n澜图机器人的估值为30亿元。\n\n澜图的员工有200人。',
    mentions: { kind: 'vendor', expected: [['北京澜图机器人科技有限公司', 'vendor:澜图机器人'], ['澜图机器人', 'vendor:澜图机器人'], ['澜图', 'vendor:澜图机器人']] },
    subjects: [['30亿元', 'vendor:澜图机器人'], ['200人', 'vendor:澜图机器人']],
  },
  {
    title: 'a model named by its form next to 模型 in paragraph 1 is the model in paragraph 3',
    input: '星衡科技发布通用大模型Hengda-2。\n\n市场反应积极。\n\nHengda-2的得分为81.5分。',
    mentions: { kind: 'model', expected: [['Hengda-2', 'model:hengda-2'], ['Hengda-2', 'model:hengda-2']] },
    subjects: [['81.5分', 'model:hengda-2']],
  },
  {
    title: "a Latin name glued after the company's short name is its model or its product",
    input: '具身智能公司澜图机器人今日宣布融资。\n\n其具身基础模型澜图-VLA 2.0参数规模为70亿，人形机器人澜图H3售价为20万元。',
    mentions: { kind: 'model', expected: [['澜图-VLA 2.0', 'model:澜图-vla 2.0']] },
    subjects: [['70亿', 'model:澜图-vla 2.0'], ['20万元', 'product:澜图h3']],
  },
  {
    title: '该公司 after the new name refers back to it',
    input: '具身智能公司澜图机器人今日宣布完成5亿元B轮融资。该公司投后估值约40亿元。',
    mentions: { kind: 'vendor', expected: [['澜图机器人', 'vendor:澜图机器人']] },
    subjects: [['约40亿元', 'vendor:澜图机器人']],
  },
  {
    title: 'a table\'s 模型 and 厂商 columns name models and companies, read again in the prose (a known word inside gives way)',
    input: '| 模型 | 厂商 | 输入单价（元/百万tokens） |\n| --- | --- | --- |\n| 岫云-Pro | 岫云科技 | 4 |\n| 蓝溟-R2 | 蓝溟求索 | 2 |\n\n蓝溟-R2目前正在促销，输出价格为每百万tokens 4元。蓝溟求索表示将持续降价。',
    mentions: { kind: 'model', expected: [['岫云-Pro', 'model:岫云-pro'], ['蓝溟-R2', 'model:蓝溟-r2'], ['蓝溟-R2', 'model:蓝溟-r2']] },
    subjects: [['2', 'model:蓝溟-r2'], ['每百万tokens 4元', 'model:蓝溟-r2']],
  },
  {
    title: 'a 模型/产品 column names models too, read again in the prose',
    input: '| 模型/产品 | 厂商 | 上下文长度 |\n| --- | --- | --- |\n| 灵医大模型 | 百度 | 32K |\n| 京医千询 | 京东健康 | 8K |\n\n京医千询日均服务问诊超过30万次。',
    mentions: { kind: 'model', expected: [['灵医大模型', 'model:灵医大模型'], ['京医千询', 'model:京医千询'], ['京医千询', 'model:京医千询']] },
    subjects: [['8K', 'model:京医千询'], ['超过30万次', 'model:京医千询']],
  },
  {
    title: 'a 模型 cell that begins with a known name is that model with a method, not a new name',
    input: '| 模型 | 得分 |\n| --- | --- |\n| Qwen2-7B-Instruct + CRPO | 61.2 |\n\nQwen2-7B-Instruct + CRPO的得分最高。',
    mentions: { kind: 'model', expected: [['Qwen2-7B-Instruct', 'model:qwen2-7b-instruct'], ['Qwen2-7B-Instruct', 'model:qwen2-7b-instruct']] },
  },
  {
    title: 'the companies of a table\'s 廠商 column (traditional)',
    input: '| 模型 | 廠商 | 輸入單價 |\n| --- | --- | --- |\n| 蓝溟-R2 | 蓝溟求索 | 2元 |\n\n蓝溟求索表示將持續降價。',
    mentions: { kind: 'vendor', expected: [['蓝溟求索', 'vendor:蓝溟求索'], ['蓝溟求索', 'vendor:蓝溟求索']] },
  },
  {
    title: 'a filing\'s own word for itself in a 厂商 column (发行人, 本公司) names no company: the writer is named elsewhere',
    input: '| 产品 | 厂商 | 算力 |\n| --- | --- | --- |\n| 衡芯T20 | 发行人 | 320 TFLOPS |\n| 思元590 | 寒武纪 | 256 TFLOPS |\n\n發行人主要產品的出貨量約4.6萬張。',
    mentions: { kind: 'vendor', expected: [['寒武纪', 'vendor:cambricon']] },
  },
  {
    title: 'a name with 大模型 and a code of capitals (衡律大模型HL-2) is one model, the one its brand and code name in a table (衡律HL-2)',
    input: '衡律智能｜法律垂直大模型 商业计划书\n\n—— P4 产品：衡律大模型HL-2 ——\n· 总参数720亿。\n\n| 评测集 | 衡律HL-2 | GPT-4o |\n| --- | --- | --- |\n| LawBench | 71.8 | 66.2 |\n',
    mentions: { kind: 'model', expected: [['衡律大模型HL-2', 'model:衡律hl-2'], ['衡律HL-2', 'model:衡律hl-2'], ['GPT-4o', 'model:gpt-4o']] },
    subjects: [['71.8', 'model:衡律hl-2']],
  },
  {
    title: 'a name with 大模型 and a code of capitals in traditional text (衡律大模型 HL-2)',
    input: '衡律智能｜法律垂直大模型 商業計劃書\n\n—— P4 產品：衡律大模型 HL-2 ——\n· 總參數720億。\n\n| 評測集 | 衡律HL-2 | GPT-4o |\n| --- | --- | --- |\n| LawBench | 71.8 | 66.2 |\n',
    mentions: { kind: 'model', expected: [['衡律大模型 HL-2', 'model:衡律hl-2'], ['衡律HL-2', 'model:衡律hl-2'], ['GPT-4o', 'model:gpt-4o']] },
  },
  {
    title: 'the product a trail ends on with its price page (首页 > 定价 > 弹性计算 > GPU云服务器 价格) is a product wherever the page names it, and what its prices are about',
    input: '凌霄云  产品  定价\n\n首页 > 定价 > 弹性计算 > GPU云服务器 价格\n\n# GPU云服务器 GCS 价格说明\n\nGPU云服务器支持按量付费。按量付费实例1元/小时起。\n',
    mentions: { kind: 'product', expected: [['GPU云服务器', 'product:gpu云服务器'], ['GPU云服务器', 'product:gpu云服务器'], ['GPU云服务器', 'product:gpu云服务器']] },
    subjects: [['1元/小时起', 'product:gpu云服务器']],
  },
  {
    title: 'a trail\'s price page in traditional text (首頁 > 定價 > GPU雲伺服器 價格); a trail of the site\'s own sections names no product (首页 > 产品 价格)',
    input: '首頁 > 定價 > 彈性計算 > GPU雲伺服器 價格\n\nGPU雲伺服器按量付費1元/小時起。\n\n首页 > 帮助 > 产品 价格\n',
    mentions: { kind: 'product', expected: [['GPU雲伺服器', 'product:gpu云伺服器'], ['GPU雲伺服器', 'product:gpu云伺服器']] },
  },
  {
    title: 'a spec table on its side (| 规格 | Shuyuan-4-Pro | Shuyuan-4-Flash | over 总参数, 上下文长度) names no product in its first column: its header names what is measured',
    input: '| 规格 | Shuyuan-4-Pro | Shuyuan-4-Flash |\n| --- | --- | --- |\n| 架构 | MoE | Dense |\n| 总参数 | 685B | 32B |\n| 激活参数 | 39B | 32B |\n| 上下文长度 | 256K | 128K |\n',
    mentions: { kind: 'product', expected: [] },
    subjects: [['685B', 'model:shuyuan-4-pro'], ['128K', 'model:shuyuan-4-flash']],
  },
  {
    title: 'a spec table on its side in traditional text (| 規格 | … | over 總參數, 上下文長度)',
    input: '| 規格 | Shuyuan-4-Pro | Shuyuan-4-Flash |\n| --- | --- | --- |\n| 總參數 | 685B | 32B |\n| 激活參數 | 39B | 32B |\n| 上下文長度 | 256K | 128K |\n',
    mentions: { kind: 'product', expected: [] },
  },
  {
    title: 'a model the document names after 模型 is a model wherever it is written, not a chip read from its code',
    input: '万象智能旗下推理模型万象-R1官宣降价。\n\n刚刚万象智能官方宣布，万象-R1的API价格全面下调。',
    mentions: { kind: 'model', expected: [['万象-R1', 'model:万象-r1'], ['万象-R1', 'model:万象-r1']] },
  },
  {
    title: 'a chip named by its code alone after its full name (曦岳X9 → X9) is the same chip, and takes its measures',
    input: '国产GPU企业曦岳微电子在北京举行发布会，推出旗舰GPU曦岳X9。\n\n据介绍，X9采用7nm制程。',
    mentions: { kind: 'product', expected: [['曦岳X9', 'product:曦岳x9'], ['X9', 'product:曦岳x9']] },
    subjects: [['7nm', 'product:曦岳x9']],
  },
  {
    title: 'a model named by the Latin word after its Chinese brand alone (澜川TurboX → TurboX), a capital inside it, is the same model; a tier word alone (Turbo) is not',
    input: '澜川科技发布旗舰模型澜川TurboX，支持256K上下文。\n\n澜川API目前的价格为：TurboX输入0.8元/百万tokens，Turbo版更便宜。',
    mentions: { kind: 'model', expected: [['澜川TurboX', 'model:澜川turbox'], ['TurboX', 'model:澜川turbox']] },
    subjects: [['0.8元/百万tokens', 'model:澜川turbox']],
  },
  {
    title: 'a family\'s one-digit version said as a word in a transcript (衡思三 of 衡思-3, 衡思二 beside it) is that version, its variant too; 衡思三年 is a time',
    input: '衡思科技CEO说：去年我们发布了衡思二。今天发布衡思三，就是屏幕上的衡思-3，总参数四千六百亿。\n\n衡思三-Lite只有一百四十亿参数，衡思三年前还是一家小公司。',
    mentions: { kind: 'model', expected: [['衡思二', 'model:衡思-2'], ['衡思三', 'model:衡思-3'], ['衡思-3', 'model:衡思-3'], ['衡思三-Lite', 'model:衡思-3-lite']] },
    subjects: [['一百四十亿参数', 'model:衡思-3-lite']],
  },
  {
    title: 'a Latin family\'s brand and a name after its hyphen (Xihe-VL, Xihe-ViT-H beside Xihe-VL2-A6B and Xihe-VL2-Mini) is a model of the family',
    input: '我们正式发布 Xihe-VL2 系列多模态模型，并开源 Xihe-VL2-A6B 与 Xihe-VL2-Mini 的权重。\n\n相比上一代 Xihe-VL，新模型平均分达到 78.6。视觉编码器为 Xihe-ViT-H，6.7亿参数。',
    mentions: { kind: 'model', expected: [['Xihe-VL2', 'model:xihe-vl2'], ['Xihe-VL2-A6B', 'model:xihe-vl2-a6b'], ['Xihe-VL2-Mini', 'model:xihe-vl2-mini'], ['Xihe-VL', 'model:xihe-vl'], ['Xihe-ViT-H', 'model:xihe-vit-h']] },
    subjects: [['6.7亿参数', 'model:xihe-vit-h']],
  },
  {
    title: 'a known model named by its code alone (Claude Opus 4.1 → Opus 4.1), in traditional text',
    input: 'Anthropic發布Claude Opus 4.1，輸入價格為每百萬tokens 15美元。\n\n換句話說，Opus 4.1的輸出價格為每百萬tokens 75美元。',
    mentions: { kind: 'model', expected: [['Claude Opus 4.1', 'model:claude-opus-4.1'], ['Opus 4.1', 'model:claude-opus-4.1']] },
  },
  {
    title: 'a PC chip named by its series code alone after its full name (Ryzen AI 9 HX 370 → HX 370, Snapdragon X Elite → X Elite); a rate after it is no variant',
    input: '這次比的是 Snapdragon X Elite 跟 Ryzen AI 9 HX 370。\n\n→ a: HX 370 跑分比較高，X Elite 記憶體頻寬 135GB/s，續航比較好。',
    mentions: { kind: 'product', expected: [['Snapdragon X Elite', 'product:snapdragon-x-elite'], ['Ryzen AI 9 HX 370', 'product:ryzen-ai-9-hx-370'], ['HX 370', 'product:ryzen-ai-9-hx-370'], ['X Elite', 'product:snapdragon-x-elite']] },
    subjects: [['135GB/s', 'product:snapdragon-x-elite']],
  },
  {
    title: 'a code two names share is neither\'s (星河-R1, 万象-R1 → R1 alone is no mention)',
    input: '推理模型星河-R1和推理模型万象-R1同日发布。\n\nR1的价格为每百万tokens 2元。',
    mentions: { kind: 'model', expected: [['星河-R1', 'model:星河-r1'], ['万象-R1', 'model:万象-r1']] },
  },
  {
    title: 'a company\'s short name before -3 is its model family\'s brand (灵枢-3 of 灵枢智能), not the company',
    input: '灵枢智能正式开源了新一代大模型 灵枢-3。\n\n灵枢-3在1024张H800上训练了约50天。',
    mentions: { kind: 'model', expected: [['灵枢-3', 'model:灵枢-3'], ['灵枢-3', 'model:灵枢-3']] },
    subjects: [['1024张', 'model:灵枢-3']],
  },
  {
    title: 'benchmarks listed together or in a table\'s first column (MMLU、C-Eval和GSM8K) give no model names',
    input: '评测集包括MMLU、C-Eval和GSM8K。\n\n| 基准 | GPT-4o | Claude 3.5 Sonnet |\n|---|---|---|\n| MMLU | 88.7 | 88.3 |\n| C-Eval | 76.0 | 75.1 |\n| GSM8K | 92.9 | 96.4 |\n',
    mentions: { kind: 'model', expected: [['GPT-4o', 'model:gpt-4o'], ['Claude 3.5 Sonnet', 'model:claude-3.5-sonnet']] },
    subjects: [['76.0', 'model:gpt-4o']],
  },
  {
    title: 'a name listed with two known models is a model (after the last, with 放在一起), and wherever it is written again',
    input: '我把文心一言、Kimi和小满放在一起测了两周。\n\n小满的总分为48.2分。',
    mentions: { kind: 'model', expected: [['文心一言', 'model:ernie-bot'], ['Kimi', 'model:kimi'], ['小满', 'model:小满'], ['小满', 'model:小满']] },
    subjects: [['48.2分', 'model:小满']],
  },
  {
    title: 'a name between two known models of a list is a model; the list\'s end word (横评) is not part of it',
    input: 'Copilot、码灵、Cursor横评。',
    mentions: { kind: 'model', expected: [['Copilot', 'model:copilot'], ['码灵', 'model:码灵']] },
  },
  {
    title: 'a name listed with known companies is a company (traditional), and a list\'s description is no name',
    input: '百度、阿里與極光智算等廠商都已降價。百度、阿里和國產大模型廠商相比如何？投資方包括百度、阿里以及沙特阿美旗下的基金。',
    mentions: { kind: 'vendor', expected: [['百度', 'vendor:baidu'], ['阿里', 'vendor:alibaba'], ['極光智算', 'vendor:极光智算'], ['百度', 'vendor:baidu'], ['阿里', 'vendor:alibaba'], ['百度', 'vendor:baidu'], ['阿里', 'vendor:alibaba']] },
  },
  {
    title: 'a header\'s word for what a column says (| 基准 | 设置 | X | DeepSeek-V3 |) is no model of the header\'s models',
    input: '| 基准 | 设置 | DeepSeek-V3 | Qwen2.5-72B |\n| --- | --- | --- | --- |\n| MMLU | 5-shot | 87.1 | 85.0 |\n',
    mentions: { kind: 'model', expected: [['DeepSeek-V3', 'model:deepseek-v3'], ['Qwen2.5-72B', 'model:qwen2.5-72b']] },
  },
  {
    title: 'an adverb before a list of models (基本和DeepSeek-V3、Claude 3.5 Sonnet处在同一梯队) is no model of it',
    input: '通用能力上，MMLU 88.5，基本和DeepSeek-V3、Claude 3.5 Sonnet处在同一梯队。通用能力上，MMLU 88.5，基本與DeepSeek-V3、Claude 3.5 Sonnet處在同一梯隊。',
    mentions: { kind: 'model', expected: [['DeepSeek-V3', 'model:deepseek-v3'], ['Claude 3.5 Sonnet', 'model:claude-3.5-sonnet'], ['DeepSeek-V3', 'model:deepseek-v3'], ['Claude 3.5 Sonnet', 'model:claude-3.5-sonnet']] },
  },
  {
    title: 'a party a filing names by its role (集團, 本行) is no company of a list of companies',
    input: '此外，集團與華為雲及阿里雲分別訂立算力租賃框架協議。此外，集团与华为云及阿里云分别订立协议。',
    mentions: { kind: 'vendor', expected: [['華為雲', 'vendor:huawei-cloud'], ['阿里雲', 'vendor:alibaba-cloud'], ['华为云', 'vendor:huawei-cloud'], ['阿里云', 'vendor:alibaba-cloud']] },
  },
  {
    title: 'one known name in a list is not enough, and people are no model (人类专家)',
    input: '我们比较了GPT-4o与澜图的回答。GPT-4o、Claude和人类专家的得分见下。',
    mentions: { kind: 'model', expected: [['GPT-4o', 'model:gpt-4o'], ['GPT-4o', 'model:gpt-4o'], ['Claude', 'model:claude']] },
  },
  {
    title: 'a company\'s short name and 智能体平台 is its product, a version after it its release (云启智能体平台2.0)',
    input: '云启科技发布云启智能体平台2.0：按次计费低至0.02元/次\n\n今日，雲啟科技正式發布雲啟智能體平台2.0版本。',
    mentions: { kind: 'product', expected: [['云启智能体平台', 'product:云启智能体平台'], ['雲啟智能體平台', 'product:云启智能体平台']] },
    subjects: [['0.02元/次', 'product:云启智能体平台']],
  },
  {
    title: 'a Latin model named with its size names its family too (LanShan-2-MoE-312B-A28B → LanShan-2-MoE), by a company the tagger takes for a place (岚山科技推出的)',
    input: '# LanShan-2-MoE-312B-A28B\n\n**LanShan-2-MoE** 是岚山科技推出的第二代混合专家大语言模型。模型总参数量为 3120亿。',
    mentions: { kind: 'model', expected: [['LanShan-2-MoE-312B-A28B', 'model:lanshan-2-moe-312b-a28b'], ['LanShan-2-MoE', 'model:lanshan-2-moe']] },
    subjects: [['3120亿', 'model:lanshan-2-moe']],
  },
  {
    title: 'a Chinese model named with its version and size names its family too (澄川3.0-14B-Chat → 澄川3.0), wherever the text writes it alone',
    input: '澄川3.0是一家创业公司开源的大模型系列。\n\n我们同时发布了澄川3.0-14B-Chat。澄川3.0的预训练数据达到12T tokens。',
    mentions: { kind: 'model', expected: [['澄川3.0', 'model:澄川3.0'], ['澄川3.0-14B-Chat', 'model:澄川3.0-14b-chat'], ['澄川3.0', 'model:澄川3.0']] },
    subjects: [['12T tokens', 'model:澄川3.0']],
  },
  {
    title: 'a brand and a device\'s own word is a device (澜图Book Pro 14 AI, 小米Pad 6 Max); a title\'s one name is what a review is about, written once',
    input: '【深度体验】澜图Book Pro 14 AI用了两周：续航真香\n\n- 处理器：英特尔酷睿Ultra 9 288V\n- 内存：32GB\n\n电池是72Wh。\n\n另外，小米Pad 6 Max也不错。',
    mentions: { kind: 'product', expected: [['澜图Book Pro 14 AI', 'product:澜图book pro 14 ai'], ['酷睿Ultra 9 288V', 'product:core-ultra-9-288v'], ['小米Pad 6 Max', 'product:小米pad 6 max']] },
    subjects: [['32GB', 'product:澜图book pro 14 ai'], ['72Wh', 'product:澜图book pro 14 ai']],
  },
  {
    title: 'a Latin brand, a space and a device\'s own word is a device (Aerix Book 14 AI); a site\'s name above its navigation is no title, and a review\'s title names what every unnamed measure is about',
    input: 'e+數碼週刊 ePlus Digital Weekly\n主頁 ＞ 評測 ＞ 手提電腦\n\n【實測】Aerix Book 14 AI 評測：Lunar Lake NPU 跑本地 AI 有幾快？\n\n微軟要求 NPU 算力達到 40 TOPS。Windows 11 同 Copilot 都係微軟嘅。微軟嘅 Phi-3.5-mini 都唔錯。\n\nGeekbench 6 多核跑到 11,842 分。屏幕亮度約 600 nits，重量 1.18kg。',
    mentions: { kind: 'product', expected: [['Aerix Book 14 AI', 'product:aerix book 14 ai'], ['Lunar Lake', 'product:core-ultra-200v'], ['Windows', 'product:windows']] },
    subjects: [['11,842 分', 'product:aerix book 14 ai'], ['1.18kg', 'product:aerix book 14 ai']],
  },
  {
    title: 'a Latin brand\'s device in a simplified review, the site\'s sections after 首页 no title',
    input: '科技新知 —— 数码评测站\n首页　评测　新闻　关于\n\nNovix Pad 12 Pro 上手体验：办公够用\n\n微软的 Copilot 很好用，微软的 Windows 也是，微软还有 Phi-3.5-mini。\n\n电池容量 10000mAh，售价 3999 元。',
    mentions: { kind: 'product', expected: [['Novix Pad 12 Pro', 'product:novix pad 12 pro'], ['Windows', 'product:windows']] },
    subjects: [['10000mAh', 'product:novix pad 12 pro'], ['3999 元', 'product:novix pad 12 pro']],
  },
  {
    title: 'a title that is a name alone (a model\'s card) is what the text is about, however seldom the name is written again',
    input: '# StarLM-Base-7B\n\n## 模型架构\n\n| 配置项 | 数值 |\n| --- | --- |\n| 层数 | 32 |\n\n本模型的上下文长度为 32K。',
    mentions: { kind: 'model', expected: [['StarLM-Base-7B', 'model:starlm-base-7b']] },
    subjects: [['32K', 'model:starlm-base-7b']],
  },
  {
    title: 'a company\'s name with a quarter glued on (寒曜科技Q3营收) is the company, the quarter no product\'s code; a report\'s version is no model',
    input: '寒曜科技Q3营收同比大增62%\n\n寒曜科技发布三季报。DeepSeek-V3的技术报告 v2 已更正。',
    mentions: { kind: 'vendor', expected: [['寒曜科技', 'vendor:寒曜科技'], ['寒曜科技', 'vendor:寒曜科技']] },
    subjects: [['62%', 'vendor:寒曜科技']],
  },
  {
    title: 'a version after a document (技术报告 v2) is the document\'s, no model\'s',
    input: 'DeepSeek-V3的技术报告 v2 已更正该数值。',
    mentions: { kind: 'model', expected: [['DeepSeek-V3', 'model:deepseek-v3']] },
  },
  {
    title: 'a listicle\'s numbered headings that open with known companies make the others\' names companies too (### 3. Reflection AI：)',
    input: '### 1. Anthropic：估值翻倍\n\nAnthropic完成融资。\n\n### 2. xAI：股债结合\n\nxAI完成融资。\n\n### 3. Reflection AI：估值涨了约15倍\n\n主打开源模型的Reflection AI宣布融资20亿美元。\n\n### 4. Mistral AI：欧洲的国家队\n\nMistral AI完成C轮融资。',
    mentions: { kind: 'vendor', expected: [['Anthropic', 'vendor:anthropic'], ['Anthropic', 'vendor:anthropic'], ['xAI', 'vendor:xai'], ['xAI', 'vendor:xai'], ['Reflection AI', 'vendor:reflection ai'], ['Reflection AI', 'vendor:reflection ai'], ['Mistral AI', 'vendor:mistral-ai'], ['Mistral AI', 'vendor:mistral-ai']] },
    subjects: [['20亿美元', 'vendor:reflection ai']],
  },
  {
    title: 'sections (一、具身智能：) and the items under them (1. 智元机器人：) are two enumerations: the items\' companies make no section a company',
    input: '一、具身智能：两家公司同周官宣\n\n1. 智元机器人：完成A3轮融资\n\n2. 宇树科技：B2轮落定\n\n二、AI Infra：国产算力受追捧\n\n3. 无问芯穹：累计融资近10亿元\n\n4. 硅基流动：用户破50万',
    mentions: { kind: 'vendor', expected: [['智元机器人', 'vendor:agibot'], ['宇树科技', 'vendor:unitree'], ['无问芯穹', 'vendor:infinigence'], ['硅基流动', 'vendor:siliconflow']] },
  },
  {
    title: 'numbered headings of products (一、CoWoS：, 三、H20：) are topics: their other names are no models',
    input: '一、CoWoS：一年翻倍仍不够用\n\n二、HBM：三家垄断\n\n三、H20：特供版的尴尬\n\n四、昇腾910B：产能不够\n\n五、結語：窗口不寬',
    mentions: { kind: 'model', expected: [] },
  },
  {
    title: 'a table whose header cells are two known models and one unknown name: all three are models',
    input: '| 测试项目 | 文心一言 | Kimi | 小满 |\n| --- | --- | --- | --- |\n| 总分 | 50.6 | 51.4 | 48.2 |\n\n小满的总分最低。',
    mentions: { kind: 'model', expected: [['文心一言', 'model:ernie-bot'], ['Kimi', 'model:kimi'], ['小满', 'model:小满'], ['小满', 'model:小满']] },
    subjects: [['48.2', 'model:小满']],
  },
  {
    title: 'a table\'s first column with two known models makes its other row names models (traditional)',
    input: '| 名稱 | 得分 |\n| --- | --- |\n| 文心一言 | 50.6 |\n| Kimi | 51.4 |\n| 星垣 | 47.0 |\n| 平均 | 49.7 |',
    mentions: { kind: 'model', expected: [['文心一言', 'model:ernie-bot'], ['Kimi', 'model:kimi'], ['星垣', 'model:星垣']] },
    subjects: [['47.0', 'model:星垣']],
  },
  {
    title: 'a column of machines (实例规格) names products: each row is about its own machine, not the chip it holds; a hardware column (vCPU) measures nothing of the vocabulary',
    input: '| 实例规格 | GPU型号 | vCPU | 按量付费(元/小时) |\n| --- | --- | --- | --- |\n| gn9.8xlarge | H20 | 16 | 11.80 |\n| ga7.48xlarge | 昇腾910B | 192 | 69.00 |',
    mentions: { kind: 'product', expected: [['gn9.8xlarge', 'product:gn9.8xlarge'], ['H20', 'product:h20'], ['ga7.48xlarge', 'product:ga7.48xlarge'], ['昇腾910B', 'product:ascend-910b']] },
    subjects: [['11.80', 'product:gn9.8xlarge'], ['69.00', 'product:ga7.48xlarge']],
  },
  {
    title: 'a column of products, apps or agents (产品) names products beside their makers: a row\'s price is its product\'s, not its maker\'s',
    input: '| 产品 | 厂商 | 定价 |\n| --- | --- | --- |\n| 灵犀Agent | 数衡科技 | 199元/月 |\n| 星图助手 | 星图智能 | 9.9元/月起 |',
    mentions: { kind: 'product', expected: [['灵犀Agent', 'product:灵犀agent'], ['星图助手', 'product:星图助手']] },
    subjects: [['199元/月', 'product:灵犀agent'], ['9.9元/月起', 'product:星图助手']],
  },
  {
    title: 'a column of machines names products (traditional)',
    input: '| 機型 | 晶片 | 售價 |\n| --- | --- | --- |\n| 雲碩 R8 Max | H200 | 1,200萬元 |\n| 雲碩 R4 | L40S | 380萬元 |',
    mentions: { kind: 'product', expected: [['雲碩 R8 Max', 'product:云硕 r8 max'], ['H200', 'product:h200'], ['雲碩 R4', 'product:云硕 r4'], ['L40S', 'product:l40s']] },
    subjects: [['380萬元', 'product:云硕 r4']],
  },
  {
    title: 'a Chinese model\'s family (灵犀 of 灵犀-4 Pro) is named with 大模型, a model of its own',
    input: '曜石云发布推理模型灵犀-4 Pro。同时，灵犀大模型家族API全面调价，最高降幅达85%。',
    mentions: { kind: 'model', expected: [['灵犀-4 Pro', 'model:灵犀-4 pro'], ['灵犀大模型', 'model:灵犀']] },
    subjects: [['85%', 'model:灵犀']],
  },
  {
    title: 'a Chinese model\'s family named with 大模型 (traditional)',
    input: '星訊集團發布天樞-3，總參數1.2萬億。截至6月底，天樞大模型日均tokens調用量超過8000億。',
    mentions: { kind: 'model', expected: [['天樞-3', 'model:天枢-3'], ['天樞大模型', 'model:天枢']] },
    subjects: [['超過8000億', 'model:天枢']],
  },
  {
    title: 'a company\'s cloud named whole after its suffix 智能 (星讯智能云) is called by its 智能云 after',
    input: '星讯集团第二季度收入186亿元。其中最值得一提的是星讯智能云，本季度收入61.2亿元。\n\n智能云的毛利率为35%。',
    mentions: { kind: 'vendor', expected: [['星讯集团', 'vendor:星讯集团'], ['星讯智能云', 'vendor:星讯智能云'], ['智能云', 'vendor:星讯智能云']] },
    subjects: [['61.2亿元', 'vendor:星讯智能云'], ['35%', 'vendor:星讯智能云']],
  },
  {
    title: 'a company\'s cloud named whole (traditional)',
    input: '星訊集團第二季度收入186億元。其中最值得一提的是星訊智能雲，本季度收入61.2億元。\n\n智能雲的毛利率為35%。',
    mentions: { kind: 'vendor', expected: [['星訊集團', 'vendor:星讯集团'], ['星訊智能雲', 'vendor:星讯智能云'], ['智能雲', 'vendor:星讯智能云']] },
    subjects: [['35%', 'vendor:星讯智能云']],
  },
  {
    title: 'a name the only longer name of another thing by its maker ends with is that thing written short (Copilot beside GitHub Copilot), in the whole document',
    input: 'Copilot值不值？\n\nGitHub Copilot个人版10美元/月。Copilot的补全采纳率为36.8%。',
    mentions: { kind: 'product', expected: [['Copilot', 'product:github-copilot'], ['GitHub Copilot', 'product:github-copilot'], ['Copilot', 'product:github-copilot']] },
    subjects: [['36.8%', 'product:github-copilot']],
  },
  {
    title: 'Copilot alone is Microsoft\'s assistant, a model as chat products are (traditional)',
    input: '微軟Copilot的月費是20美元。',
    mentions: { kind: 'model', expected: [['Copilot', 'model:copilot']] },
  },
  {
    title: 'a table\'s model column gives its names first, their short forms after the text\'s: 远帆 is the short name of 远帆智能, not of the column\'s 远帆4.0',
    input: '远帆智能发布远帆4.0。\n\n| 项目 | 远帆4.0 | 远帆4.0-Flash |\n|---|---|---|\n| 上下文 | 256K | 128K |\n\n针对金融客户，远帆提供私有化部署方案，标准版每年30万元起。',
    mentions: { kind: 'vendor', expected: [['远帆智能', 'vendor:远帆智能'], ['远帆', 'vendor:远帆智能']] },
    subjects: [['256K', 'model:远帆4.0']],
  },
  {
    title: 'a model named with its maker\'s short name first (天衡灵犀大模型 of 天衡数智) goes by the rest of its name too (灵犀大模型)',
    input: '天衡数智(301618)\n\n天衡数智董秘回复：投资者您好！公司自研的天衡灵犀大模型目前包括13B和70B两个参数版本。\n\n截至2024年末，灵犀大模型已在超过150家客户落地。',
    mentions: { kind: 'model', expected: [['天衡灵犀大模型', 'model:天衡灵犀大模型'], ['灵犀大模型', 'model:天衡灵犀大模型']] },
  },
  {
    title: 'a kind of model after its maker\'s short name (天衡基础大模型) gives no name of its own',
    input: '天衡数智(301618)\n\n天衡数智发布天衡基础大模型。\n\n基础大模型是行业的底座。',
    mentions: { kind: 'model', expected: [['天衡基础大模型', 'model:天衡基础大模型']] },
  },
  {
    title: 'the same in traditional script',
    input: '天衡數智(301618)\n\n天衡數智董秘回覆：投資者您好！公司自研的天衡靈犀大模型目前包括13B和70B兩個參數版本。\n\n截至2024年末，靈犀大模型已在超過150家客戶落地。',
    mentions: { kind: 'model', expected: [['天衡靈犀大模型', 'model:天衡灵犀大模型'], ['靈犀大模型', 'model:天衡灵犀大模型']] },
  },
  {
    title: 'a short name the document never gives a form is no company',
    input: '澜图的员工有200人。\n\n公司表示今年营收增长20%。',
    mentions: { kind: 'vendor', expected: [] },
  },
];

describe('names found by their form are recognised across the document', () => {
  for (const c of cases) {
    test(c.title, () => {
      const a = analyse(c.input);
      assert.deepEqual(named(a, c.mentions.kind), c.mentions.expected);
      for (const [text, subject] of c.subjects ?? []) {
        const f = a.figures.find((g) => g.text === text);
        assert.ok(f, `figure ${text}; found ${a.figures.map((g) => g.text).join(', ')}`);
        assert.equal(f.subjectId, subject, `subject of ${text}`);
      }
    });
  }
});

/** Descriptor apposition: [sentence, the company named in it, or null]. */
const apposition: Array<[string, string | null]> = [
  // (no company: 的 opens no name, a finance word is none, 智算 before 中心 is a kind of facility)
  ['他曾任职于国内互联网公司的研究院。', null],
  ['他曾任職於國內互聯網公司的研究院。', null],
  ['价格战可能压缩公司毛利。', null],
  ['價格戰可能壓縮公司毛利。', null],
  ['具身智能公司澜图机器人今日宣布完成融资。', '澜图机器人'],
  // (a Latin name, longer than a Chinese one may be)
  ['海外方面，硅谷公司Tabnova在10月完成2.2亿美元C轮融资。', 'Tabnova'],
  ['海外方面，矽谷公司Tabnova在10月完成2.2億美元C輪融資。', 'Tabnova'],
  ['AI芯片初创企业曦衡科技发布新一代推理芯片。', '曦衡科技'],
  ['大模型创业公司深澜科技获得新一轮投资。', '深澜科技'],
  ['算力租赁企业并行云算完成8亿元融资。', '并行云算'],
  ['AI晶片新創公司耀睿今天宣布量產。', '耀睿'],
  ['機器人新創公司瀾圖機器人今日宣布完成融資。', '瀾圖機器人'],
  ['算力租賃企業並行雲算完成8億元融資。', '並行雲算'],
  ['公司表示今年营收增长20%。', null],
  ['公司今年营收增长20%。', null],
  ['该公司今年营收增长20%。', null],
  ['這家公司今年營收成長兩成。', null],
  ['企业用户数量增长30%。', null],
  ['企業用戶數量成長三成。', null],
  ['科技公司CEO表示将加大投入。', null],
  ['互联网公司财务数据显示利润下滑。', null],
  ['手机厂商自研芯片的比例提高。', null],
  ['不過公司仍處於虧損。', null],
  ['覆盖超过一半的中小企业算力需求。', null],
  ['科技公司张伟表示将加大投入。', null],
  ['AI芯片设计商锋芯科技今日上市。', '锋芯科技'],
  ['內地AI晶片設計商鋒芯科技今日於港交所上市。', '鋒芯科技'],
  ['推理芯片设计公司芯域半导体值得关注。', '芯域半导体'],
  ['AI特殊應用晶片（ASIC）設計服務廠晶詠科技今（12）日召開法說會。', '晶詠科技'],
  ['芯片设计服务厂晶咏科技今日召开业绩会。', '晶咏科技'],
  ['晶圆代工厂辰芯半导体今日宣布扩产。', '辰芯半导体'],
  ['工厂里的工人今日宣布罢工。', null],
  ['晶圆厂扩产计划今年完成。', null],
];

/** A common word before 科技/智能 is a company's name when its officers or 旗下 follow: [sentence, the company, or null]. */
const companyAfter: Array<[string, string | null]> = [
  // (a city's officials are no company's)
  ['庆阳市相关负责人介绍，当地已有项目落地。', null],
  ['刚刚万象智能官方宣布降价。', '万象智能'],
  ['据万象智能CEO透露，用户已破亿。', '万象智能'],
  ['萬象智能旗下推理模型官宣降價。', '萬象智能'],
  ['发展人工智能旗下企业。', null],
  ['这家数字科技旗下公司。', null],
];

describe('a company by what follows its name (旗下, 官方, CEO)', () => {
  for (const [input, name] of companyAfter) {
    test(`${input} → ${name ?? 'no company'}`, () => {
      const a = analyse(input);
      assert.deepEqual(a.entities.filter((e) => e.kind === 'vendor').map((e) => e.text), name ? [name] : []);
      assert.ok(!a.entities.some((e) => e.kind === 'product'), 'an officer\'s title is no product');
    });
  }
});

describe('a name right after a descriptor is a company (descriptor apposition)', () => {
  for (const [input, name] of apposition) {
    test(`${input} → ${name ?? 'no company'}`, () => {
      const vendors = analyse(input).entities.filter((e) => e.kind === 'vendor' && e.via === 'pattern').map((e) => e.text);
      assert.deepEqual(vendors, name ? [name] : []);
    });
  }
});

/** A Chinese name with a Latin name and a size after a hyphen is a model's name by its form: [sentence, model, its figure]. */
const sizedModels: Array<[string, string, string]> = [
  ['车端可本地运行云衡-VLM 3B，首token延迟为120ms。', '云衡-VLM 3B', '120ms'],
  ['車端可本地運行雲衡-VLM 3B，首token延遲為120ms。', '雲衡-VLM 3B', '120ms'],
  ['团队开源了墨舟-Lite-7B，上下文长度为32K。', '墨舟-Lite-7B', '32K'],
];

describe('a Chinese name, a Latin name and a size after a hyphen is a model', () => {
  for (const [input, name, figure] of sizedModels) {
    test(`${input} → ${name}`, () => {
      const a = analyse(input);
      const model = a.entities.find((e) => e.kind === 'model');
      assert.equal(model?.text, name);
      assert.equal(a.figures.find((f) => f.text === figure)?.subjectId, model?.entityId);
      assert.ok(!a.figures.some((f) => name.includes(f.text)), 'the size is part of the name, not a figure');
    });
  }
});

describe('incremental analysis with names the document gives', () => {
  const short = '澜图计划明年扩产。\n\n行业整体回暖。\n\n澜图的人形机器人售价为20万元。';
  const full = `${short}\n\n具身智能公司澜图机器人今日宣布完成融资。`;
  const mentions = (a: Analysis) => a.entities.map((e) => `${e.start}:${e.end}:${e.entityId}`);
  const figures = (a: Analysis) => a.figures.map((f) => `${f.start}:${f.subjectId}`);

  test('a name added in a later paragraph reaches the blocks reused from before', () => {
    const first = analyze(short, engine());
    assert.deepEqual(first.analysis.entities.filter((e) => e.kind === 'vendor'), []);
    const next = analyze(full, engine(), { cache: first.cache });
    const fresh = analyze(full, engine());
    assert.deepEqual(mentions(next.analysis), mentions(fresh.analysis));
    assert.deepEqual(figures(next.analysis), figures(fresh.analysis));
    assert.equal(next.analysis.entities.filter((e) => e.text === '澜图').length, 2);
  });

  test('and removing it takes the short names away again', () => {
    const first = analyze(full, engine());
    const back = analyze(short, engine(), { cache: first.cache });
    assert.deepEqual(mentions(back.analysis), mentions(analyze(short, engine()).analysis));
    assert.deepEqual(back.analysis.entities.filter((e) => e.kind === 'vendor'), []);
  });

  test('an edit elsewhere keeps the names and reuses the blocks read with them', () => {
    const first = analyze(full, engine());
    const edited = full.replace('行业整体回暖。', '行业整体明显回暖。');
    const next = analyze(edited, engine(), { cache: first.cache });
    assert.deepEqual(mentions(next.analysis), mentions(analyze(edited, engine()).analysis));
    assert.equal(next.cache.finals[0], first.cache.finals[0]);
  });
});

/** A registered name standing after a label or a list mark is a company: [sentence, the mention, or null]. */
const registered: Array<[string, string | null]> = [
  ['中标供应商名称：华曜云计算有限公司', '华曜云计算有限公司'],
  ['第三名：星垣数据服务有限公司，投标报价1.2亿元。', '星垣数据服务有限公司'],
  ['得標廠商：華曜雲端運算股份有限公司', '華曜雲端運算股份有限公司'],
  ['该有限公司表示将扩产。', null],
];

describe('a registered name after a label or a list mark is a company', () => {
  for (const [input, name] of registered) {
    test(`${input} → ${name ?? 'no company'}`, () => {
      assert.deepEqual(analyse(input).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), name ? [name] : []);
    });
  }
});
