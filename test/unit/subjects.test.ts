// Which entity a figure is about, one rule per case, simplified and traditional: the head of a
// 旗下/的 chain, the name after 的, 分别, coreference (该模型, 其, 公司), comparisons, investors,
// acquisitions, counted things, titles, generic subjects, the paragraph's, heading's and
// document's topic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../helpers/engine.ts';
import { sentences } from '../../server/src/analysis/sentences.ts';

/** [text, figure as written, subject's canonical name (null: no subject), rule that decided (prefix of why.subject)] */
type Case = [string, string, string | null, string?];

function check(cases: Case[], markdown = false) {
  for (const [text, figure, subject, rule] of cases) {
    const a = analyse(text, { markdown });
    const f = a.figures.find((x) => x.text === figure);
    assert.ok(f, `${text}: no figure ${figure} in [${a.figures.map((x) => x.text).join(', ')}]`);
    const name = f!.subjectId ? a.entities.find((e) => e.entityId === f!.subjectId)?.canonical ?? f!.subjectId : null;
    assert.equal(name, subject, `${text} → ${figure}: ${name} (${f!.why?.subject})`);
    if (rule) assert.ok(f!.why?.subject?.startsWith(rule), `${text} → ${figure}: why ${f!.why?.subject}, expected ${rule}`);
  }
}

test('of two names that fit, the kind the attribute is about first (a context window is a model\'s before a product\'s)', () => check([
  ['Cursor默认用的是Claude 3.5 Sonnet，官方标称窗口200K。', '200K', 'Claude 3.5 Sonnet'],
  ['Cursor默認用的是Claude 3.5 Sonnet，官方標稱窗口200K。', '200K', 'Claude 3.5 Sonnet'],
]));

test('the head of a 旗下 / 的 / 推出的 chain, apposition', () => check([
  // (a company's founders or backers qualify it: the company raises the money, 前达摩院团队创办「极弦智能」完成…融资)
  ['首发｜前达摩院团队创办「极弦智能」完成1亿美元B轮融资，投后估值约10亿美元', '1亿美元', '极弦智能', 'chain'],
  ['阿里巴巴前員工創立的月之暗面完成10億美元融資。', '10億美元', '月之暗面', 'chain'],
  ['百度孵化的度小满获得5亿元融资。', '5亿元', '度小满', 'chain'],
  // (a time word between the company and its product: 輝達今年GB200 NVL72機櫃的出貨量)
  ['法人統計，輝達今年GB200 NVL72機櫃的全球出貨量約2.8萬櫃。', '約2.8萬櫃', 'GB200 NVL72', 'chain'],
  ['字节跳动旗下豆包大模型的价格降到0.0008元。', '0.0008元', '豆包大模型', 'chain 旗下'],
  // (what a model is set against, 对标GPT-4的, qualifies it: the model after 的 is the subject)
  ['阿里云宣布通义千问9款主力模型集体降价，其中对标GPT-4的Qwen-Long输入价格降至0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
  ['阿里雲宣布通義千問9款主力模型集體降價，其中對標GPT-4的Qwen-Long輸入價格降至0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
  // (a kind of maker between, 旗下伺服器廠: the one it names after is still the subject)
  ['纬创旗下服务器厂纬颖3月营收758亿元，月增42.9%。', '42.9%', '纬颖', 'chain 旗下服务器厂'],
  ['緯創旗下伺服器廠緯穎3月營收新台幣758億元，月增42.9%。', '新台幣758億元', '纬颖', 'chain 旗下伺服器厂'],
  // (a stock code in brackets after either name breaks no chain)
  ['纬创（3231）旗下服务器厂纬颖（6669）同日公布6月营收735.6亿元，月增6.1%。', '735.6亿元', '纬颖', 'chain'],
  ['緯創（3231）旗下伺服器廠緯穎（6669）同日公布6月營收735.6億元，月增6.1%。', '735.6億元', '纬颖', 'chain'],
  ['OpenAI的最新模型GPT-4o支持128K上下文。', '128K', 'GPT-4o', 'chain'],
  // (X最新版本Y: the version; and a gap to a model it is compared with, 与X相距N分, is the subject's)
  ['汇思智能发布了汇思大模型。管理层表示，自研的汇思大模型最新版本HuiSi-3参数规模达2,000亿，在SuperCLUE中文总榜得分80.1分，与GPT-4 Turbo相距不足两分。', '2,000亿', 'HuiSi-3', 'chain 最新版本'],
  ['匯思智能發布了匯思大模型。管理層表示，自研的匯思大模型最新版本HuiSi-3參數規模達2,000億，在SuperCLUE中文總榜得分80.1分，與GPT-4 Turbo相距不足兩分。', '不足兩分', 'HuiSi-3'],
  ['汇思智能发布了HuiSi-3。HuiSi-3在SuperCLUE总榜得分80.1分，与GPT-4 Turbo相差约2分。', '约2分', 'HuiSi-3'],
  // (a machine compared with by its chip's name: 是H20服务器的1.7倍)
  ['昇腾910B服务器的推理吞吐达到2,350 tokens/s，是H20服务器的1.7倍。', '1.7倍', '昇腾910B'],
  ['昇騰910B伺服器的推理吞吐達到2,350 tokens/s，是H20伺服器的1.7倍。', '1.7倍', '昇腾910B'],
  // a model's version named after it (X的长文本版本Y) is the one the figure is about
  ['GLM-4-9B-Chat的长文本版本GLM-4-9B-Chat-1M则支持约200万中文字符。', '约200万中文字符', 'GLM-4-9B-Chat-1M', 'chain 的长文本版本'],
  ['GLM-4-9B-Chat的長文本版本GLM-4-9B-Chat-1M則支援約200萬中文字符。', '約200萬中文字符', 'GLM-4-9B-Chat-1M', 'chain 的长文本版本'],
  ['阿里云推出的通义千问2.5上下文长度为128K。', '128K', 'Qwen2.5', 'chain 推出的'],
  ['百度文心一言的用户数突破3亿。', '3亿', '文心一言', 'chain'],
]));

test('the name after the figure: 1750亿参数的GPT-3, 千亿参数语翼', () => check([
  ['拥有1750亿参数的GPT-3于2020年发布。', '1750亿参数', 'GPT-3', 'after'],
  // (the first of a list of sizes before 的, in a comparison too)
  ['阿里开源QwQ-32B，参数量仅320亿，得分79.5，与拥有6710亿参数、每次激活370亿参数的DeepSeek-R1相当。', '6710亿参数', 'DeepSeek-R1', 'after'],
  ['阿里開源QwQ-32B，參數量僅320億，得分79.5，與擁有6710億參數、每次激活370億參數的DeepSeek-R1相當。', '6710億參數', 'DeepSeek-R1', 'after'],
  // (the kind of model between them, however it is said: 的图像生成基础模型)
  ['通义千问团队开源 200 亿参数的图像生成基础模型 Qwen-Image，主打中文文字渲染。', '200 亿参数', 'Qwen-Image', 'after'],
  ['通義千問團隊開源 200 億參數的圖像生成基礎模型 Qwen-Image，主打中文文字渲染。', '200 億參數', 'Qwen-Image', 'after'],
  ['擁有1750億參數的GPT-3於2020年發布。', '1750億參數', 'GPT-3', 'after'],
  // (an edition's word between 的 and the name: 的轻量版)
  ['DeepSeek-V3为自研的6710亿参数模型，同时推出了70亿参数的轻量版DeepSeek-R1-Distill-Qwen-7B。', '70亿参数', 'DeepSeek-R1-Distill-Qwen-7B', 'after'],
  ['DeepSeek-V3為自研的6710億參數模型，同時推出了70億參數的輕量版DeepSeek-R1-Distill-Qwen-7B。', '70億參數', 'DeepSeek-R1-Distill-Qwen-7B', 'after'],
]));

test('a name of a later clause that has a figure of its own after it is that figure\'s, not the one before', () => check([
  ['Yi-Lightning的推理速度提升了40%。现在API日均调用量约50亿tokens，开源的Yi系列累计下载量超过1000万次。', '约50亿tokens', 'Yi-Lightning'],
  ['Yi-Lightning的推理速度提升了40%。現在API日均調用量約50億tokens，開源的Yi系列累計下載量超過1000萬次。', '約50億tokens', 'Yi-Lightning'],
  ['Yi-Lightning的推理速度提升了40%。现在API日均调用量约50亿tokens，开源的Yi系列累计下载量超过1000万次。', '超过1000万次', 'Yi'],
]));

test('分别: the figures after it belong to the names before it, in order', () => check([
  ['GPT-4o、Claude 3.5 Sonnet和Gemini 1.5 Pro的上下文长度分别为128K、200K和100万tokens。', '128K', 'GPT-4o', 'respectively'],
  // (names listed after one 分别, their values after another)
  ['榜单前三名分别为豆包、DeepSeek和Kimi，月活分别为7861万、3370万和2101万；其中DeepSeek增长最快。', '2101万', 'Kimi', 'respectively'],
  ['榜單前三名分別為豆包、DeepSeek和Kimi，月活分別為7861萬、3370萬和2101萬。', '2101萬', 'Kimi', 'respectively'],
  ['GPT-4o、Claude 3.5 Sonnet和Gemini 1.5 Pro的上下文长度分别为128K、200K和100万tokens。', '200K', 'Claude 3.5 Sonnet', 'respectively'],
  ['GPT-4o、Claude 3.5 Sonnet和Gemini 1.5 Pro的上下文长度分别为128K、200K和100万tokens。', '100万tokens', 'Gemini 1.5 Pro', 'respectively'],
  // (a list of facets before 分别, 输入、输出价格, is what the values are of: not the names before it)
  ['OpenAI在2024年5月发布GPT-4o时，输入、输出价格分别为每百万tokens 5美元和15美元。', '每百万tokens 5美元', 'GPT-4o'],
  ['OpenAI在2024年5月發布GPT-4o時，輸入、輸出價格分別為每百萬tokens 5美元和15美元。', '每百萬tokens 5美元', 'GPT-4o'],
  ['GPT-4o與Claude 3.5 Sonnet的上下文長度分別為128K和200K。', '200K', 'Claude 3.5 Sonnet', 'respectively'],
  // (the list right before 分别, when another name stands before it: 组装B200服务器的…)
  ['负责组装B200服务器的鸿海、广达与纬创，下季度将分别交付约5000台、3200台及2100台。', '约5000台', '鸿海', 'respectively'],
  ['負責組裝B200伺服器的鴻海、廣達與緯創，下季度將分別交付約5000台、3200台及2100台。', '3200台', '广达电脑', 'respectively'],
  ['負責組裝B200伺服器的鴻海、廣達與緯創，下季度將分別交付約5000台、3200台及2100台。', '2100台', '纬创', 'respectively'],
  // (the list after 分别 ends at its clause: a later clause's figure is not one of it)
  ['Qwen2.5-72B-Instruct、DeepSeek-V3和GLM-4-Plus的中文综合得分分别为89.2、88.7和87.5分，均高于GPT-4o的86.3分。', '88.7', 'DeepSeek-V3', 'respectively'],
  // (两者 names the last two named, across a semicolon)
  ['DeepSeek-R1在AIME 2024上的通过率为79.8%，略高于o1的79.2%；在MATH-500上，两者的得分分别为97.3%和96.4%。', '96.4%', 'o1', 'respectively'],
  ['DeepSeek-R1在AIME 2024上的通過率為79.8%，略高於o1的79.2%；在MATH-500上，兩者的得分分別為97.3%和96.4%。', '97.3%', 'DeepSeek-R1', 'respectively'],
  // (三家 with no names in its paragraph: the last list of three the document wrote, a title's A vs B vs C)
  ['# 实测｜通义灵码 vs 豆包MarsCode vs GitHub Copilot：三个AI编程助手\n\n大家好。\n\n补全速度上，三家首字延迟的中位数分别是0.42秒、0.83秒和0.65秒，MarsCode最快。', '0.42秒', '通义灵码', 'respectively list of 3'],
  ['# 實測｜通義靈碼 vs 豆包MarsCode vs GitHub Copilot：三個AI編程助手\n\n大家好。\n\n補全速度上，三家首字延遲的中位數分別是0.42秒、0.83秒和0.65秒，MarsCode最快。', '0.65秒', 'GitHub Copilot', 'respectively list of 3'],
]));

test('模型 opening a clause before what a model has (模型上下文長度由…8K擴充至128K) is the model spoken of, not a centre named before', () => check([
  ['資創院正式推出「雪山-TC 2.0」。本次訓練在國網中心完成。模型上下文長度由第一代的8K擴充至128K。', '128K', '雪山-TC 2.0', 'coreference 模型'],
  ['资创院正式推出「雪山-TC 2.0」。本次训练在国网中心完成。模型上下文长度由第一代的8K扩充至128K。', '8K', '雪山-TC 2.0', 'coreference 模型'],
]));

test('a model named by its size (70B模型, 8B模型) is the model of that size the text named', () => check([
  ['資創院發布雪山-TC 2.0，包括雪山-TC-8B-Instruct與雪山-TC-70B-Instruct兩個版本。本次訓練在國網中心完成，70B模型動用512張NVIDIA H100 GPU，連續訓練約34天；8B模型則使用128張H100。', '512張', '雪山-TC-70B-Instruct', 'variant 70B'],
  ['资创院发布雪山-TC 2.0，包括雪山-TC-8B-Instruct与雪山-TC-70B-Instruct两个版本。本次训练在国网中心完成，70B模型动用512张NVIDIA H100 GPU，连续训练约34天；8B模型则使用128张H100。', '8B', '雪山-TC-8B-Instruct', 'variant 8B'],
  ['资创院发布雪山-TC 2.0，包括雪山-TC-8B-Instruct与雪山-TC-70B-Instruct两个版本。本次训练在国网中心完成，70B模型动用512张NVIDIA H100 GPU，连续训练约34天。', '约34天', '雪山-TC-70B-Instruct', 'variant 70B'],
]));

test('a short first line ending with a colon that names one company (輝達上一季財報：) is the caption of the lines below it', () => check([
  ['聯想全球PC市佔還是第一，24%左右\n\n輝達上一季（FY2025 Q4）財報：\n營收393億美元，年增78%\n毛利率約73%\n', '約73%', '英伟达', 'heading'],
  ['联想全球PC市占还是第一，24%左右\n\n英伟达上一季（FY2025 Q4）财报：\n营收393亿美元，年增78%\n毛利率约73%\n', '393亿美元', '英伟达', 'heading'],
]));

test('a family said as the class of the model named before it (**Qwen2.5-72B-Instruct**：阿里通义千问系列的旗舰开源模型) is not what the model\'s figures are about', () => check([
  ['测试模型：\n1. **Qwen2.5-72B-Instruct**：阿里通义千问系列的旗舰开源模型，720 亿参数的稠密结构，支持 128K 上下文。', '128K', '通义千问2.5-72B-Instruct'],
  ['測試模型：\n1. **Qwen2.5-72B-Instruct**：阿里通義千問系列的旗艦開源模型，720 億參數的稠密結構，支持 128K 上下文。', '720 億參數', '通义千问2.5-72B-Instruct'],
  // (the family alone is its own subject)
  ['通义千问系列的旗舰模型支持128K上下文。', '128K', '通义千问'],
]));

test('what an app runs on (免费版用的是文心大模型3.5, 底層是自研的CodeSpark-32B) is not what its prices are about', () => check([
  ['第三个文心一言，百度的老牌选手了。免费版用的是文心大模型3.5，想用4.0就得开会员，连续包月49.9元。', '49.9元', '文心一言'],
  ['第三個文心一言，百度的老牌選手了。免費版用的是文心大模型3.5，想用4.0就得開會員，連續包月49.9元。', '49.9元', '文心一言'],
]));

test('a foundry named with its process (采用台积电5纳米制程) is not what the chip\'s figures are about', () => check([
  ['该公司的新推理芯片HX-9将于下季度量产，采用台积电5纳米制程，INT8算力达800 TOPS，功耗仅60瓦。', '800 TOPS', 'HX-9'],
  ['該公司的新推論晶片HX-9將於下季度量產，採用台積電5奈米製程，INT8算力達800 TOPS，功耗僅60瓦。', '60瓦', 'HX-9'],
  // (a packaging a chip is made with, 透過CoWoS-L先進封裝, and the architecture a rack is built on, 以X架構打造的)
  ['台灣新創鈦芯科技公開推論ASIC「鈦芯T2」。該晶片採台積電3奈米製程，透過CoWoS-L先進封裝整合6顆HBM3E，總容量192GB。', '192GB', '钛芯T2'],
  ['以Blackwell Ultra架構打造的GB300 NVL72機櫃已進入量產，FP4推論算力達1.1 EFLOPS。', '1.1 EFLOPS', 'GB300 NVL72'],
  ['以Blackwell Ultra架构打造的GB300 NVL72机柜已进入量产，FP4推理算力达1.1 EFLOPS。', '1.1 EFLOPS', 'GB300 NVL72'],
  // (the chip a device carries is a part of it: 搭载骁龙8 Gen 3的手机)
  ['搭载骁龙8 Gen 3的手机售价3999元。', '3999元', null],
  ['搭載驍龍8 Gen 3的手機售價3999元。', '3999元', null],
]));

test('coreference: 该模型, 其, 它 to the last model named, in the paragraph or before it', () => check([
  // (a name after the pronoun is not what it refers to: MMLU is a benchmark, not 它)
  ['灵枢智能发布灵枢-3。在公开评测上，它的C-Eval得分为87.9，MMLU得分为84.6。', '84.6', '灵枢-3', 'coreference'],
  ['靈樞智能發布靈樞-3。在公開評測上，它的C-Eval得分為87.9，MMLU得分為84.6。', '84.6', '灵枢-3', 'coreference'],
  ['DeepSeek发布了DeepSeek-V3。该模型的训练成本为557.6万美元。', '557.6万美元', 'DeepSeek-V3', 'coreference 该模型'],
  // (平台 is the thing named as a platform, however many models and apps were named since)
  ['# 潮汐AI开放平台常见问题\n\n潮汐AI开放平台提供潮汐-Pro、DeepSeek-R1等模型。\n\nA：支持支付宝、微信支付。未消耗的余额可申请退款，平台将扣除退款金额千分之六的手续费。', '千分之六', '潮汐AI开放平台', 'coreference 平台'],
  ['# 潮汐AI開放平台常見問題\n\n潮汐AI開放平台提供潮汐-Pro、DeepSeek-R1等模型。\n\nA：支援支付寶、微信支付。未消耗的餘額可申請退款，平台將扣除退款金額千分之六的手續費。', '千分之六', '潮汐AI开放平台', 'coreference 平台'],
  // (a model the paragraph has just said was made, after the base it began with: 微调后得到“X”。该模型…)
  ['华川银行选择Qwen2.5-72B作为基座，完成微调，得到“澜言金融大模型”。该模型的训练使用了32张昇腾910B，历时9天。', '32张', '澜言金融大模型', 'coreference 该模型'],
  ['華川銀行選擇Qwen2.5-72B作為基座，完成微調，得到「瀾言金融大模型」。該模型的訓練使用了32張昇騰910B，歷時9天。', '9天', '澜言金融大模型', 'coreference 该模型'],
  ['DeepSeek发布了DeepSeek-V3。\n\n该模型的训练成本为557.6万美元。', '557.6万美元', 'DeepSeek-V3', 'coreference 该模型'],
  ['DeepSeek發布了DeepSeek-V3。\n\n該模型的訓練成本為557.6萬美元。', '557.6萬美元', 'DeepSeek-V3', 'coreference 该模型'],
  ['OpenAI发布了GPT-4o，其API价格为5美元。', '5美元', 'GPT-4o', 'coreference 其'],
  ['Anthropic推出了Claude 3.5 Sonnet。它的上下文长度为200K。', '200K', 'Claude 3.5 Sonnet', 'coreference 它'],
  ['DeepSeek-V3總參數6710億，該模型每個token啟用370億參數。', '370億參數', 'DeepSeek-V3', 'coreference'],
  // (a reference that wraps the figure, after clauses that name a company: 所长指出，这款拥有800亿参数的模型)
  ['鸿海研究院发布了FoxBrain。鸿海研究院所长栗永徽指出，这款拥有800亿参数的模型训练效率很高。', '800亿参数', 'FoxBrain', 'coreference'],
  // (其 after a speaker's words begin is the speaker's own, when the speaker is of the figure's kind)
  ['百度宣布，其3万卡集群已经点亮。腾讯则表示，其星脉网络可支撑超过10万卡的单集群组网。', '超过10万卡', '腾讯', 'coreference 其'],
  ['百度宣布，其3萬卡集群已經點亮。騰訊則表示，其星脈網絡可支撐超過10萬卡的單集群組網。', '超過10萬卡', '腾讯', 'coreference 其'],
  ['腾讯发布了Hunyuan-Large。据腾讯介绍，其预训练使用了7万亿tokens的数据。', '7万亿tokens', 'Hunyuan-Large'],
  ['鴻海研究院發布了FoxBrain。鴻海研究院所長栗永徽指出，這款擁有800億參數的模型訓練效率很高。', '800億參數', 'FoxBrain', 'coreference'],
  // (a model named as what another beat, with its maker before it, 超过阿里云通义千问Qwen2.5-72B, is no antecedent)
  ['月之暗面的Kimi K2在榜单上拿到1402分，超过了阿里云通义千问Qwen2.5-72B的1380分。该模型总参数1万亿。', '1万亿', 'Kimi K2', 'coreference 该模型'],
  ['月之暗面的Kimi K2在榜單上拿到1402分，超過了阿里雲通義千問 Qwen2.5-72B 的1380分。該模型總參數1萬億。', '1萬億', 'Kimi K2', 'coreference 该模型'],
  ['Kimi K2的得分为1402分，领先于OpenAI的GPT-4o。它的上下文长度为128K。', '128K', 'Kimi K2', 'coreference 它'],
  ['月之暗面的Kimi K2在榜单上拿到1402分，超过了阿里云通义千问Qwen2.5-72B的1380分。该模型总参数1万亿。', '1380分', 'Qwen2.5-72B', 'compared'],
  // (该机柜, 这台服务器: the machine just named, not the paragraph's company)
  ['英伟达宣布，GB300 NVL72机柜将于下半年出货。该机柜集成72颗GPU，FP4推理算力达到1.1 EFLOPS。', '1.1 EFLOPS', 'GB300 NVL72', 'coreference 该机柜'],
  ['輝達宣布，GB300 NVL72機櫃將於下半年出貨。該機櫃集成72顆GPU，FP4推理算力達到1.1 EFLOPS。', '1.1 EFLOPS', 'GB300 NVL72', 'coreference 该机柜'],
]));

test('the second of two values set against each other (88.5对88.6, 90.2 vs 92.0) is the other side\'s: the other name, 对方, or no one', () => check([
  ['在HumanEval上，GPT-4o和Claude 3.5 Sonnet的成绩是90.2 vs 92.0。', '90.2', 'GPT-4o'],
  ['在HumanEval上，GPT-4o和Claude 3.5 Sonnet的成绩是90.2 vs 92.0。', '92.0', 'Claude 3.5 Sonnet', 'versus'],
  ['在HumanEval上，GPT-4o與Claude 3.5 Sonnet的成績是90.2對92.0。', '92.0', 'Claude 3.5 Sonnet', 'versus'],
  ['作为对比，Llama 3.1 405B用了超过1.6万块H100。DeepSeek-V3用不到对方十分之一的算力，做到了相近的MMLU成绩（88.5对88.6）。', '88.5', 'DeepSeek-V3'],
  ['作为对比，Llama 3.1 405B用了超过1.6万块H100。DeepSeek-V3用不到对方十分之一的算力，做到了相近的MMLU成绩（88.5对88.6）。', '88.6', 'Llama 3.1 405B', 'versus 对方'],
  ['作為對比，Llama 3.1 405B用了超過1.6萬塊H100。DeepSeek-V3用不到對方十分之一的算力，做到了相近的MMLU成績（88.5對88.6）。', '88.6', 'Llama 3.1 405B', 'versus 对方'],
  ['DeepSeek-V3在MMLU上的成绩是88.5 vs 86.1。', '86.1', null, 'versus'],
]));

test('a reference that says its model\'s size (这个4050亿参数的模型) is the model named with that size, not the paragraph\'s topic', () => check([
  ['Qwen2.5-72B默认配置为32K。开源阵营中，Meta的Llama 3.1 405B同样支持128K上下文，但要自行部署这个4050亿参数的模型，至少需要8张H100。', '4050亿参数', 'Llama 3.1 405B', 'coreference'],
  ['Qwen2.5-72B默認配置為32K。開源陣營中，Meta的Llama 3.1 405B同樣支持128K上下文，但要自行部署這個4050億參數的模型，至少需要8張H100。', '4050億參數', 'Llama 3.1 405B', 'coreference'],
]));

test('an app (微信, QQ) is what its own users are counted for, not the group that owns it', () => check([
  ['腾讯公布季报。微信及WeChat的合并月活跃账户数为13.82亿，同比增长3%；QQ的移动终端月活跃账户数为5.67亿。', '13.82亿', '微信'],
  ['腾讯公布季报。微信及WeChat的合并月活跃账户数为13.82亿，同比增长3%；QQ的移动终端月活跃账户数为5.67亿。', '5.67亿', 'QQ'],
  ['騰訊公布季報。微信及WeChat的合併月活躍賬戶數為13.82億，同比增長3%；QQ的移動終端月活躍賬戶數為5.67億。', '5.67億', 'QQ'],
  // (the members listed before a count, 微信、QQ浏览器等超过700个场景, are what is counted, not its subject)
  ['混元大模型已接入微信、QQ浏览器等超过700个内部业务场景。', '超过700个', '混元大模型'],
  ['混元大模型已接入微信搜索、QQ瀏覽器等超過700個內部業務場景。', '超過700個', '混元大模型'],
]));

test('a comparison is about the thing compared, not the base (比, 与…相比, 是…的N倍)', () => check([
  ['DeepSeek-V3的价格比GPT-4o便宜90%。', '90%', 'DeepSeek-V3'],
  ['与GPT-4相比，Claude 3的上下文长度达到200K。', '200K', 'Claude 3'],
  ['Qwen2.5的推理速度是Llama 3的2倍。', '2倍', 'Qwen2.5'],
  ['Kimi发布新版本。新版本比GPT-4便宜100倍。', '100倍', 'Kimi', 'coreference'],
  // (a rival it is level with: 和X打得有来有回, 与X不相上下)
  ['阶跃星辰Step-4开源：4120亿参数MoE\n\n阶跃星辰正式发布并开源新一代基座模型Step-4：总参数4120亿。\n\n官方给出的成绩单相当能打——AIME 2025拿下86.7分，多项指标超过DeepSeek-V3.1，和Claude Sonnet 4打得有来有回。', '86.7分', 'Step-4'],
  ['階躍星辰Step-4開源：4120億參數MoE\n\n階躍星辰正式發布並開源新一代基座模型Step-4：總參數4120億。\n\n官方給出的成績單相當能打——AIME 2025拿下86.7分，與Claude Sonnet 4不相上下。', '86.7分', 'Step-4'],
  // a model a configuration is aimed at (冲着X去的, 对标X) is compared with, not described
  ['网友：总参数200B激活20B，这配置明显是冲着DeepSeek-R1去的。', '200B', null, 'topic'],
  ['網友：總參數200B啟用20B，這配置明顯是衝著DeepSeek-R1去的。', '200B', null, 'topic'],
  ['與GPT-4相比，Claude 3的上下文長度達到200K。', '200K', 'Claude 3'],
  // a few words of when or which between 比/较 and the base
  ['星火4.0 Turbo的API为0.1元/万tokens，比4月发布的讯飞星火4.0下降50%。', '50%', '讯飞星火 4.0 Turbo'],
  ['GLM-4的幻觉率为6.2%，较上季度的GLM-4-0520下降2.1个百分点。', '2.1个百分点', 'GLM-4'],
  ['GLM-4的幻覺率為6.2%，較上季度的GLM-4-0520下降2.1個百分點。', '2.1個百分點', 'GLM-4'],
  // (占比最高的 is no comparison)
  ['在这份榜单中，占比最高的百度份额为30%。', '30%', '百度'],
  // (the next of a list of bases, each with its value: 略高于GPT-4o的87.2和DeepSeek-V3的88.5)
  ['墨衡科技发布墨衡-M2。墨衡-M2在MMLU上得分88.9，略高于GPT-4o的87.2和DeepSeek-V3的88.5；在C-Eval上，它的得分为91.6。', '91.6', '墨衡-M2'],
  ['墨衡科技發布墨衡-M2。墨衡-M2在MMLU上得分88.9，略高於GPT-4o的87.2和DeepSeek-V3的88.5；在C-Eval上，它的得分為91.6。', '91.6', '墨衡-M2'],
  // (one of a pair as the base of a share: the figure is about the other one)
  ['极曜科技发布极曜-3。极曜-3在MMLU上取得87.1分，整体接近OpenAI的GPT-4o，推理成本却只有后者的二十分之一。', '二十分之一', '极曜-3', 'coreference 前者'],
  ['極曜科技發布極曜-3。極曜-3在MMLU上取得87.1分，整體接近OpenAI的GPT-4o，推理成本卻只有後者的二十分之一。', '二十分之一', '极曜-3', 'coreference'],
  // (它 as the base of a multiple is no reference: 后者的推理成本是它的五倍)
  ['旗舰QiongShu-MoE-198B-A18B的成绩则与Llama 3.1 405B基本持平，但后者的推理成本是它的五倍以上。', '五倍以上', 'Llama 3.1 405B', 'coreference 后者'],
  ['旗艦QiongShu-MoE-198B-A18B的成績則與Llama 3.1 405B基本持平，但後者的推理成本是它的五倍以上。', '五倍以上', 'Llama 3.1 405B', 'coreference'],
  // (the base of a multiple said with what became of it: 是此前开源的X的N倍)
  ['零一万物推出Yi-Lightning。该模型的推理速度是此前开源的Yi-34B的近3倍。', '近3倍', 'Yi-Lightning'],
  ['零一萬物推出Yi-Lightning。該模型的推理速度是此前開源的Yi-34B的近3倍。', '近3倍', 'Yi-Lightning'],
]));

test('a figure of the peers a subject is set against, named by their class only, is no one\'s', () => check([
  ['栖梧智能发布了栖梧2.0。与许多同行动辄千亿参数的路线不同，栖梧智能选择了稠密模型。', '千亿参数', null, 'generic'],
  ['棲梧智能發布了棲梧2.0。與許多同行動輒千億參數的路線不同，棲梧智能選擇了稠密模型。', '千億參數', null, 'generic'],
]));

test('a company speaking of what only a model has (其训练数据) speaks of its model', () => check([
  ['穹岳智能发布穹岳3.0。穹岳智能则透露，其原始抓取数据超过2PB。', '超过2PB', '穹岳3.0'],
  ['穹岳智能發布穹岳3.0。穹岳智能則透露，其原始抓取數據超過2PB。', '超過2PB', '穹岳3.0'],
]));

test('an interview with a company: what only a model has, said with no name, is the model it names most (and a headline\'s too)', () => check([
  ['对话栖梧智能：320亿参数够用了\n\n栖梧智能最近发布了新一代基座模型栖梧2.0。\n\n问：栖梧2.0有多大？\n\n答：它是一个稠密模型。栖梧2.0另有轻量版栖梧2.0-Mini。\n\n问：训练数据用了多少？\n\n答：预训练一共用了9.6万亿tokens。', '9.6万亿tokens', '栖梧2.0'],
  ['对话栖梧智能：320亿参数够用了\n\n栖梧智能最近发布了新一代基座模型栖梧2.0。', '320亿参数', '栖梧2.0', 'model of'],
  ['對話棲梧智能：320億參數夠用了\n\n棲梧智能最近發布了新一代基座模型棲梧2.0。', '320億參數', '栖梧2.0', 'model of'],
]));

test('the base of a share named with its owner (只有Meta的Llama 3.1 405B的约8%) is no antecedent', () => check([
  ['栖梧智能发布了栖梧2.0。它的参数只有Meta的Llama 3.1 405B的约8%。这个模型在C-Eval上的得分是86.7。', '86.7', '栖梧2.0', 'coreference'],
  ['棲梧智能發布了棲梧2.0。它的參數只有Meta的Llama 3.1 405B的約8%。這個模型在C-Eval上的得分是86.7。', '86.7', '栖梧2.0', 'coreference'],
]));

test('a size after 这款 is the model just named, not an unnamed class (这款4200亿参数的模型是团队…)', () => check([
  ['极曜科技发布极曜-3。CEO在发布会上表示，这款4200亿参数的模型是团队用最少的卡训出来的。', '4200亿参数', '极曜-3'],
  ['極曜科技發布極曜-3。CEO在發布會上表示，這款4200億參數的模型是團隊用最少的卡訓出來的。', '4200億參數', '极曜-3'],
]));

test('the sum of a list of several things\' values (前三大合计) is no one\'s; a sum one name owns is its', () => check([
  ['三星、苹果与小米的市占率分别为41%、25%与9%，前三大合计约75%。', '约75%', null, 'generic'],
  ['三星、蘋果與小米的市占率分別為41%、25%與9%，前三大合計約75%。', '約75%', null, 'generic'],
  ['华为今年合计出货120万台。', '120万台', '华为'],
]));

test('a foundry after 采/採 and before its process (採台積電3奈米製程) is no subject of the chip maker\'s revenue', () => check([
  ['雲碩科技公布營收。公司為北美客戶設計的推理晶片採台積電3奈米製程，第三季貢獻營收約45億元。', '約45億元', '云硕科技'],
  ['云硕科技公布营收。公司为北美客户设计的推理芯片采台积电3纳米制程，第三季贡献营收约45亿元。', '约45亿元', '云硕科技'],
]));

test('a post\'s counts of likes and comments (评论 203 ｜ 赞 2.1万) are the page\'s, no one\'s', () => check([
  ['MiniMax-01的上下文能拉到400万tokens，有没有懂哥验证一下\n评论 203 ｜ 赞 2.1万', '2.1万', null, 'page counts'],
  ['MiniMax-01的上下文能拉到400萬tokens，有沒有懂哥驗證一下\n評論 203 ｜ 讚 2.1萬', '2.1萬', null, 'page counts'],
]));

test('a business line named 行业解决方案 is the company\'s segment, no industry at large', () => check([
  ['知衡科技发布年报。公司全年营业收入32.6亿元；行业解决方案、智能硬件和其他业务收入分别为17.3亿元、4.9亿元和0.6亿元。', '4.9亿元', '知衡科技'],
  ['知衡科技發布年報。公司全年營業收入32.6億元；行業解決方案、智能硬件和其他業務收入分別為17.3億元、4.9億元和0.6億元。', '4.9億元', '知衡科技'],
  ['行业整体规模达到500亿元。', '500亿元', null, 'generic'],
  // (and so is one with a kind of model in its name, 行业大模型解决方案, and the company's 大模型业务)
  ['知衡科技发布年报。分业务看，行业大模型解决方案收入5.08亿元，同比增长112.4%。', '5.08亿元', '知衡科技'],
  ['知衡科技發布年報。分業務看，行業大模型解決方案收入5.08億元，同比增長112.4%。', '112.4%', '知衡科技'],
  ['知衡科技发布年报。大模型业务收入2.1亿元。', '2.1亿元', '知衡科技'],
  ['大模型行业整体规模达到500亿元。', '500亿元', null, 'generic'],
]));

test('a contract signed (新签合同金额) is the company\'s, not the platform\'s the sentence before spoke of', () => check([
  ['知衡科技发布年报。知衡开放平台累计开发者超过86万。全年新签大模型相关合同金额约9.6亿元。', '约9.6亿元', '知衡科技'],
  ['知衡科技發布年報。知衡開放平台累計開發者超過86萬。全年新簽大模型相關合同金額約9.6億元。', '約9.6億元', '知衡科技'],
]));

test('a chip named in quotes after ASIC is a product; the packaging it goes through and the model it runs are no subjects', () => check([
  ['台灣新創鈦芯科技公開第二代AI推論ASIC「鈦芯T2」。該晶片採台積電3奈米製程，透過CoWoS-L先進封裝整合6顆HBM3E，總容量192GB。', '192GB', '钛芯T2', 'coreference'],
  ['台湾新创钛芯科技公开第二代AI推理ASIC“钛芯T2”。该芯片采台积电3纳米制程，通过CoWoS-L先进封装整合6颗HBM3E，总容量192GB。', '192GB', '钛芯T2', 'coreference'],
  ['台灣新創鈦芯科技公開第二代AI推論ASIC「鈦芯T2」。\n\n執行長表示，T2在Llama 3 70B推論場景下的每瓦效能是B300的1.6倍。', '1.6倍', '钛芯T2'],
]));

test('其 right after the clause that introduces a product is the product; a cluster a model trained on is no subject', () => check([
  ['帧跃科技完成融资。帧跃科技旗下的C端产品帧跃Studio于去年7月上线，其累计注册用户超过900万。', '超过900万', '帧跃Studio', 'coreference'],
  ['幀躍科技完成融資。幀躍科技旗下的C端產品幀躍Studio於去年7月上線，其累計註冊用戶超過900萬。', '超過900萬', '帧跃Studio', 'coreference'],
  ['帧跃科技完成融资。据悉，该公司的训练在星桥智算的智算集群上完成，共使用2048张英伟达H800。', '2048张', '帧跃科技'],
  // (and so is 其 in the next sentence, when the sentence before ended by introducing it)
  ['帧跃科技完成融资。帧跃科技旗下的C端产品帧跃Studio于去年7月上线。截至今年2月底，其累计注册用户超过900万。', '超过900万', '帧跃Studio', 'coreference'],
  ['幀躍科技完成融資。幀躍科技旗下的C端產品幀躍Studio於去年7月上線。截至今年2月底，其累計註冊用戶超過900萬。', '超過900萬', '帧跃Studio', 'coreference'],
]));

test('该项目 after a facility named before is that facility; who builds or runs it is not the subject', () => check([
  ['江淮智算中心一期项目正式投入运营。据皖算科技总经理介绍，一期项目共部署4,096张昇腾910B加速卡。', '4,096张', '江淮智算中心', 'coreference'],
  ['江淮智算中心一期项目正式投入运营。该项目由皖算科技与中国电信联合建设运营，总投资约48亿元。', '约48亿元', '江淮智算中心', 'coreference'],
  ['江淮智算中心一期項目正式投入運營。該項目由皖算科技與中國電信聯合建設運營，總投資約48億元。', '約48億元', '江淮智算中心', 'coreference'],
]));

test('该中心, 一期项目 and 中心 opening a clause refer to the facility an earlier paragraph named; an unnamed one is its operator\'s', () => check([
  ['江淮智算中心正式投运。\n\n据皖算科技总经理介绍，一期项目共部署4,096张昇腾910B加速卡。', '4,096张', '江淮智算中心', 'coreference'],
  ['江淮智算中心正式投运。\n\n中心机房共设1,200个标准机柜，单机柜功率密度最高40千瓦。', '1,200个', '江淮智算中心', 'coreference'],
  ['江淮智算中心正式投運。\n\n該中心已簽約服務企業136家。', '136家', '江淮智算中心', 'coreference'],
  // (a paragraph that speaks of another, unnamed facility: not the one named before)
  ['江淮智算中心正式投运。\n\n由皖算科技建设运营的另一座智算中心也已投运，该中心拥有500张加速卡。', '500张', null],
]));

test('a multiple of another company\'s business (约为X同类业务的55倍) is about the first company', () => check([
  ['英伟达数据中心业务收入为263亿美元，约为寒曜科技同类业务的55倍。', '55倍', '英伟达'],
  ['英偉達數據中心業務收入為263億美元，約為寒曜科技同類業務的55倍。', '55倍', '英伟达'],
]));

test('a company\'s training figure is about the model the text says it launched, not the app that carries its brand', () => check([
  ['月湾智能发布多模态大模型观澜-VL 2.0。\n\n月湾智能旗下C端应用月湾助手月活跃用户已超过4500万。\n\n月湾智能CTO在发布会上透露，此次训练动用了1万张昇腾910B，历时约45天。', '1万张', '观澜-VL 2.0', 'model of its company'],
  ['月灣智能發布多模態大模型觀瀾-VL 2.0。\n\n月灣智能旗下C端應用月灣助手月活躍用戶已超過4500萬。\n\n月灣智能CTO在發布會上透露，此次訓練動用了1萬張昇騰910B，歷時約45天。', '約45天', '观澜-VL 2.0', 'model of its company'],
  // (a known family's new version too, over an older one named after it: its news, not the versions before it)
  ['深度求索今（27）日開源新一代MoE模型DeepSeek-V3.5。這是該公司繼DeepSeek-V3、DeepSeek-R1之後的新模型。\n\n訓練成本方面，DeepSeek表示，這次動用2,048張H800 GPU、耗時約57天。', '約57天', 'DeepSeek-V3.5', 'model of its company'],
  ['深度求索今日开源新一代MoE模型DeepSeek-V3.5。这是该公司继DeepSeek-V3、DeepSeek-R1之后的新模型。\n\n训练成本方面，DeepSeek表示，这次动用2,048张H800 GPU、耗时约57天。', '约57天', 'DeepSeek-V3.5', 'model of its company'],
]));

test('a name alone on the first line of a paragraph heads the lines below it (a plan\'s card on a pricing page)', () => check([
  ['OpenAI公布了订阅方案。\n\nChatGPT Plus\n20美元/月\n✓ 上下文窗口 32K\n\nChatGPT Pro\n200美元/月\n✓ 上下文窗口 128K', '128K', 'ChatGPT Pro', 'heading'],
  ['OpenAI公布了訂閱方案。\n\nChatGPT Plus\n20美元/月\n✓ 上下文窗口 32K\n\nChatGPT Pro\n200美元/月\n✓ 上下文窗口 128K', '20美元/月', 'ChatGPT Plus', 'heading'],
]));

test('a pronoun nearer the figure wins over a reference that speaks (该公司披露，其总参数量…)', () => check([
  ['阶跃星辰在3月发布的Step-2是万亿参数MoE模型。该公司披露，其总参数量达到1万亿，每个token激活的参数约2200亿。', '1万亿', 'Step-2', 'coreference 其'],
  ['階躍星辰在3月發布的Step-2是萬億參數MoE模型。該公司披露，其總參數量達到1萬億，每個token激活的參數約2200億。', '約2200億', 'Step-2', 'coreference 其'],
  ['阶跃星辰在3月发布了Step-2。该公司披露，其营收达到3亿元。', '3亿元', '阶跃星辰'],
]));

test('整个系列 is the series named before, not its flagship', () => check([
  ['阿里云开源Qwen3系列，旗舰模型Qwen3-235B-A22B总参数2350亿，整个系列的预训练数据约36万亿tokens。', '约36万亿tokens', 'Qwen3', 'coreference'],
  ['阿里雲開源Qwen3系列，旗艦模型Qwen3-235B-A22B總參數2350億，整個系列的預訓練數據約36萬億tokens。', '約36萬億tokens', 'Qwen3', 'coreference'],
]));

test('a value in brackets right after a name is that name\'s', () => check([
  ['2025年2月Kimi月活跃用户为1760万，排名第5，落后于豆包（8100万）和DeepSeek（6180万）。', '8100万', '豆包大模型'],
  ['2025年2月Kimi月活躍用戶為1760萬，排名第5，落後於豆包（8100萬）和DeepSeek（6180萬）。', '6180萬', '深度求索'],
  // (past a word for the whole model: DeepSeek-R1满血版（671B）)
  ['私有化部署GLM-4-Plus及DeepSeek-R1满血版（671B），并提供统一推理网关。', '671B', 'DeepSeek-R1', 'clause （'],
  ['私有化部署GLM-4-Plus及DeepSeek-R1滿血版（671B），並提供統一推理網關。', '671B', 'DeepSeek-R1', 'clause （'],
]));

test('本模型 is the document\'s own model, however many others were named since', () => check([
  ['# Hunyuan-Large 模型卡\n\nHunyuan-Large是腾讯混元系列中开源的MoE语言模型。Hunyuan-Large很强，Hunyuan-Large开源。\n\n## 评测\n\nHunyuan-Large在MMLU上得分88.4，超过Llama 3.1 405B的85.2。\n\n## 局限性\n\n本模型最大支持128K上下文。', '128K', 'Hunyuan-Large', 'heading'],
  ['# Hunyuan-Large 模型卡\n\nHunyuan-Large是騰訊混元系列中開源的MoE語言模型。Hunyuan-Large很強，Hunyuan-Large開源。\n\n## 評測\n\nHunyuan-Large在MMLU上得分88.4，超過Llama 3.1 405B的85.2。\n\n## 局限性\n\n本模型最大支持128K上下文。', '128K', 'Hunyuan-Large', 'heading'],
]));

test('what only a company has (valuation, funding, staff), said of its model or app, is its maker\'s', () => check([
  ['月之暗面的Kimi月活约2000万。1月发布的Kimi k1.5支持128K上下文，公司估值维持在约33亿美元。', '约33亿美元', '月之暗面', 'maker'],
  ['月之暗面旗下产品表现分化。\n\n截至2月底 Kimi 的月活约2800万，公司估值约33亿美元，团队300多人。', '300多人', '月之暗面', 'maker'],
  ['月之暗面旗下產品表現分化。\n\n截至2月底 Kimi 的月活約2800萬，公司估值約33億美元，團隊300多人。', '約33億美元', '月之暗面', 'maker'],
  // (a maker the text does not name is no subject: the model stays)
  ['截至2月底 Kimi 的月活约2800万，估值约33亿美元。', '约33亿美元', 'Kimi'],
]));

test('investors are not the subject of a funding round; the one bought is the subject of a deal', () => check([
  ['月之暗面完成由阿里巴巴领投的10亿美元融资。', '10亿美元', '月之暗面'],
  ['OpenAI获得微软100亿美元投资。', '100亿美元', 'OpenAI'],
  ['微软向OpenAI投资了100亿美元。', '100亿美元', 'OpenAI', 'raiser'],
  ['阿里巴巴、腾讯和红杉领投，智谱完成25亿元融资。', '25亿元', '智谱'],
  ['Databricks以13亿美元收购MosaicML。', '13亿美元', 'MosaicML', 'acquired'],
  ['月之暗面完成由阿里巴巴領投的10億美元融資。', '10億美元', '月之暗面'],
  // (an investor named with a co-investor the knowledge base does not know: 美团与启明创投联合领投)
  ['月之暗面今年完成B轮融资。半年后的C轮融资中，美团与启明创投联合领投5亿美元，投后估值达到25亿美元。', '5亿美元', '月之暗面'],
  ['月之暗面今年完成B輪融資。半年後的C輪融資中，美團與啟明創投聯合領投5億美元，投後估值達到25億美元。', '25億美元', '月之暗面'],
  // (an investor among the shareholders who follow: 腾讯等现有股东跟投)
  ['月之暗面成立于2023年。2024年3月，公司完成由阿里巴巴领投、腾讯等现有股东跟投的B轮融资，募资6亿美元，投后估值约25亿美元。', '6亿美元', '月之暗面'],
  ['月之暗面成立於2023年。2024年3月，公司完成由阿里巴巴領投、騰訊等現有股東跟投的B輪融資，募資6億美元，投後估值約25億美元。', '約25億美元', '月之暗面'],
]));

test('things counted, names inside a title and benchmarks are not subjects', () => check([
  // (a benchmark named far from any figure is no antecedent of a later 它)
  ['Qwen2.5-72B很强。其代码能力（HumanEval）为86.6，在MMLU上也不错。按BF16精度推理，它至少需要约145GB显存。', '约145GB', 'Qwen2.5-72B'],
  // (a platform the model is called through is no antecedent of 其 or 它 for a model's own figure: the heading's model is)
  ['## Qwen2.5-Max\n\n闭源的MoE旗舰，只能通过阿里云百炼调用。官方披露其预训练数据超过20万亿tokens。社区推算，它的激活参数可能在300亿左右。', '超过20万亿tokens', 'Qwen2.5-Max'],
  ['## Qwen2.5-Max\n\n閉源的MoE旗艦，只能通過阿里雲百煉調用。官方披露其預訓練數據超過20萬億tokens。社區推算，它的激活參數可能在300億左右。', '300億左右', 'Qwen2.5-Max'],
  ['OpenAI训练GPT-4使用了2.5万块A100。', '2.5万块', 'GPT-4'],
  ['据《GPT-4技术报告》，训练成本超过1亿美元。', '超过1亿美元', null],
  ['Llama 3在MMLU上得分82。', '82', 'Llama 3'],
]));

test('words that look generic but name the company\'s own business: its overseas revenue, 截至…日公司, a segment of enterprise services, a breakdown by industry', () => check([
  ['智衍科技招股书显示，公司收入持续增长。海外收入占比由2022年的2.1%升至2024年的9.8%。', '9.8%', '智衍科技'],
  ['智衍科技招股書顯示，公司收入持續增長。海外收入佔比由2022年的2.1%升至2024年的9.8%。', '2.1%', '智衍科技'],
  ['智衍科技招股书显示，截至2024年12月31日公司共有员工1,204名，研发人员占72.4%。', '1,204名', '智衍科技'],
  ['智衍科技招股書顯示，截至2024年12月31日公司共有僱員1,204名，研發人員佔72.4%。', '1,204名', '智衍科技'],
  ['腾讯发布财报。金融科技及企业服务分部收入548.8亿元，按年增5%。', '548.8亿元', '腾讯'],
  ['騰訊發布財報。金融科技及企業服務分部收入548.8億元，按年增5%。', '548.8億元', '腾讯'],
  ['云衡智能发布年报，AI分部营业收入12亿元。分行业看，金融行业收入占AI分部营业收入的46.3%，能源行业占27.9%。', '46.3%', '云衡智能'],
  // (the market at large stays no one's)
  ['国内大模型用户规模达到5亿。', '5亿', null, 'generic'],
  ['海外市场增长迅速，规模达到30亿美元。', '30亿美元', null, 'generic'],
  ['行业整体规模达到300亿元。', '300亿元', null, 'generic'],
]));

test('a sentence about no one in particular has no subject', () => check([
  // (智算 before 中心 is a kind of facility, no company's name)
  ['一些中西部智算中心实际上架率不足30%。', '不足30%', null],
  // a source whose words speak of the country: 据X测算，我国… is no fact about X
  ['据中国信通院测算，截至二〇二四年底，我国智能算力规模达到725.3 EFLOPS，较上年翻了一番。', '翻了一番', null, 'generic'],
  ['據中國信通院測算，截至二〇二四年底，我國智能算力規模達到725.3 EFLOPS。', '725.3 EFLOPS', null, 'generic'],
  // whose data a sentence cites (据Hugging Face平台数据) is its source, not what the figure counts
  ['据Hugging Face平台数据，基于开源模型二次训练的衍生模型已超过10万个。', '超过10万个', null, 'topic'],
  ['據Hugging Face平台數據，基於開源模型二次訓練的衍生模型已超過10萬個。', '超過10萬個', null, 'topic'],
  // a company whose name is also a word (寒武纪) is one before its revenue
  ['寒武纪全年营业收入逾11亿元，同比增长逾六成，但净利润仍为负，亏损额收窄至4.5亿元。', '逾11亿元', '寒武纪'],
  ['全球AI市场规模将达到5000亿美元。', '5000亿美元', null, 'generic'],
  ['一家初创公司完成了1亿元融资。', '1亿元', null, 'generic'],
  ['華為發布盤古大模型。全球AI市場規模將達到5000億美元。', '5000億美元', null, 'generic'],
  ['今年整个行业的融资增长了30%。', '30%', null, 'generic'],
  // an attribution opener (…估计，) is not the subject: what follows it is read
  ['阿里云发布通义千问。业内人士估计，国内已上线的大模型数量接近200个。', '接近200个', null, 'generic'],
  ['阿里雲發布通義千問。分析師估計，國內已上線的大模型數量接近200個。', '接近200個', null, 'generic'],
  // an event's count (…期间共有N个…) is about no one, not the paragraph's topic
  ['腾讯发布混元大模型，推理速度提升约20%。展会期间共有超过50个大模型集中亮相。', '超过50个', null, 'generic'],
  ['騰訊發布混元大模型，推理速度提升約20%。活動期間共有超過50個大模型集中亮相。', '超過50個', null, 'generic'],
  ['原来预测一个台风的路径，需要3000台服务器。', '3000台', null],
  // (a place, a group of many or analysts opening the sentence or the figure's own clause; 消息面上 is an opener)
  ['星算科技发布新品。消息面上，机构预计今年国内AI服务器出货量将超过80万台，同比增长1-2倍。', '1-2倍', null, 'generic'],
  ['星算科技發布新品。消息面上，機構預計今年國內AI伺服器出貨量將超過80萬台，同比增長1-2倍。', '超過80萬台', null, 'generic'],
  ['台智云推出方案。据业界估计，台湾去年服务器出口值已达新台币1.2兆元。', '新台币1.2兆元', null, 'generic'],
  ['腾讯公布财报。市场人士指出，两大科网股合计季度资本开支已逾700亿元人民币。', '逾700亿元人民币', null, 'generic'],
  ['昇腾384发布。受H20供应不确定性影响，国内头部互联网厂商国产卡采购比例已由2024年的不到两成提升至2025年的四成左右。', '不到两成', null, 'generic'],
  // (big companies at large, 大厂 or 巨头 opening a sentence, are no one named before)
  ['DeepSeek-V3训练只用了2048张H800。大厂几万张卡训不出来，问题在人不在卡。', '几万张', null, 'generic'],
  ['DeepSeek-V3訓練只用了2048張H800。巨頭們動輒幾萬張卡，效果未必更好。', '幾萬張', null, 'generic'],
  ['昇騰384發布。受H20供應不確定性影響，國內頭部互聯網廠商國產卡採購比例已由2024年的不到兩成提升至2025年的四成左右。', '四成左右', null, 'generic'],
  // (but a company's part of its business there is its own: 海外收入佔比)
  ['MiniMax旗下产品服务个人用户逾1.5亿。其中Talkie的月活跃用户约2,900万，海外收入占比超过七成。', '超过七成', '稀宇科技'],
  // (and a word that opens a sentence only as a subject is none inside a clause: 一般故障发现率)
  ['盘古大模型可以精准识别442种故障。大类故障发现率达到99.99%，一般故障发现率超过98%。', '超过98%', '盘古大模型'],
]));

test('a sentence that names no one continues the paragraph’s topic', () => check([
  ['盘古大模型可以识别442种故障。大类故障的发现率达到99.99%。', '99.99%', '盘古大模型', 'paragraph'],
  // (a chip carried along, for a share or a plain number, only with a unit of its own: 显存80GB is the chip's, 上架率85% is not)
  ['H100采用台积电4N工艺。显存容量为80GB，功耗为700W。', '80GB', 'H100', 'paragraph'],
  ['某智算中心一期已上线2048张昇腾910B和512张英伟达H800，算力规模约1100 PFLOPS。项目负责人介绍，一期机柜上架率已达85%。', '85%', null],
  ['某智算中心一期已上線2048張昇騰910B和512張輝達H800，算力規模約1100 PFLOPS。項目負責人介紹，一期機櫃上架率已達85%。', '85%', null],
  ['文心大模型3.5的效果提升50%，训练速度提升2倍，推理速度提升30倍。', '30倍', '文心大模型 3.5'],
]));

test('a list\'s items continue the line that introduces them with a colon', () => check([
  ['月之暗面的Kimi智能助手曾经是国内最火的AI助手。但现在形势变了：\n\n👉 11月MAU约1282万，环比下滑约3%\n👉 iOS单月下载量约240万次', '约240万次', 'Kimi', 'list'],
  ['月之暗面的Kimi智能助手曾經是國內最火的AI助手。但現在形勢變了：\n\n- 11月MAU約1282萬，環比下滑約3%\n- iOS單月下載量約240萬次', '約1282萬', 'Kimi', 'list'],
  // (no colon: the lines are no list of its)
  ['月之暗面的Kimi智能助手曾经是国内最火的AI助手。\n\n- 行业整体月活约3亿', '约3亿', null],
]));

test('a heading names the subject of the section below it', () => check([
  // (under a navigation bar of links copied with the page: the title is the first line after it)
  ['[首页](/) | [产品](/products) | [定价](/pricing) | [文档](/docs)\n\n# 云启大模型平台 · 产品定价\n\n云启大模型平台是云启科技推出的一站式服务平台。\n\n### 专业版\n\n**299元/月**', '299元/月', '云启大模型平台'],
  ['# 大模型价格一览\n\n## DeepSeek-V3\n\n训练成本为557.6万美元，每百万tokens输入价格为2元。\n\n## GPT-4o\n\n上下文长度为128K。', '557.6万美元', 'DeepSeek-V3', 'heading'],
  ['# 大模型价格一览\n\n## DeepSeek-V3\n\n训练成本为557.6万美元，每百万tokens输入价格为2元。\n\n## GPT-4o\n\n上下文长度为128K。', '128K', 'GPT-4o', 'heading'],
  // (a heading's model family is the one member its section names before the figure; with two members named, the family stays)
  ['# 推理账\n\n## 实测：Qwen3 在 H20 上的吞吐\n\n我们在一台 8 卡 H20（每卡 96GB）上用 vLLM 部署了 Qwen3-235B-A22B 的 FP8 版本，在输入 2K、输出 512 tokens 的合成负载下逐步提高并发，结果如下：\n\n| 并发 | 输出吞吐（tokens/s） |\n|---|---|\n| 16 | 520 |\n', '520', 'Qwen3-235B-A22B', 'heading'],
  ['# 推理賬\n\n## 實測：Qwen3 在 H20 上的吞吐\n\n我們在一台 8 卡 H20（每卡 96GB）上用 vLLM 部署了 Qwen3-235B-A22B 的 FP8 版本，在輸入 2K、輸出 512 tokens 的合成負載下逐步提高並發，結果如下：\n\n| 並發 | 輸出吞吐（tokens/s） |\n|---|---|\n| 16 | 520 |\n', '520', 'Qwen3-235B-A22B', 'heading'],
  ['# 推理账\n\n## 实测：Qwen3 在 H20 上的吞吐\n\n我们在一台 8 卡 H20（每卡 96GB）上用 vLLM 部署了 Qwen3-235B-A22B 和 Qwen3-32B，在输入 2K、输出 512 tokens 的合成负载下逐步提高并发，结果如下：\n\n| 并发 | 输出吞吐（tokens/s） |\n|---|---|\n| 16 | 520 |\n', '520', 'Qwen3', 'heading'],
], true));

test('a results story: figures whose sentence names no one belong to the company reported on', () => {
  // the title names the company
  const titled = '阿里巴巴公布季度业绩\n\n阿里巴巴今日公布了截至2024年12月31日的季度业绩。本季度营收达到2802亿元，同比增长8%。\n\n毛利率为41%，每股盈余为2.93元。国际数字商业集团收入为317亿元。';
  check([
    [titled, '2802亿元', '阿里巴巴'],
    [titled, '8%', '阿里巴巴'],
    [titled, '41%', '阿里巴巴', 'heading'],
    [titled, '2.93元', '阿里巴巴', 'heading'],
    [titled, '317亿元', '阿里巴巴', 'heading'],
  ]);
  // no title: the company the story keeps naming
  const untitled = '台積電今日公布第三季財報，台積電表示先進製程需求強勁。\n\n第三季營收約7597億元新台幣，毛利率為57.8%。\n\n台積電預計第四季營收將持續成長。';
  check([
    [untitled, '57.8%', '台积电', 'document'],
  ]);
});

test('a place, a model built upon, a counted group and an unnamed one are not subjects', () => check([
  ['Qwen2.5在Hugging Face上的累计下载量超过4000万次。', '超过4000万次', 'Qwen2.5'],
  // (the first of two places named together is a place too)
  ['Qwen2.5在魔搭和Hugging Face上的累计下载量超过4000万次。', '超过4000万次', 'Qwen2.5'],
  ['Qwen2.5在魔搭與Hugging Face上的累計下載量超過4000萬次。', '超過4000萬次', 'Qwen2.5'],
  // (the kind of hardware may stand between the place and 上)
  ['MiniCPM4-8B发布。在Jetson AGX Orin端侧芯片上处理长文本时，它的解码速度是Qwen3-8B的约7倍。', '约7倍', 'MiniCPM4-8B'],
  ['MiniCPM4-8B發布。在Jetson AGX Orin端側晶片上處理長文本時，它的解碼速度是Qwen3-8B的約7倍。', '約7倍', 'MiniCPM4-8B'],
  ['DeepSeek发布DeepSeek-R1。该模型基于DeepSeek-V3训练，每个token激活370亿参数。', '370亿参数', 'DeepSeek-R1'],
  ['DeepSeek发布DeepSeek-R1。该模型基于此前的DeepSeek-V3继续训练，每个token激活370亿参数。', '370亿参数', 'DeepSeek-R1'],
  ['DeepSeek發布DeepSeek-R1。該模型基於自家的DeepSeek-V3訓練，每個token激活370億參數。', '370億參數', 'DeepSeek-R1'],
  ['昇腾910B的算力相当于英伟达A100的八成左右。', '八成左右', '昇腾910B'],
  ['百度、智谱、小米等30余家企业已入驻园区。', '30余家', null],
  ['華為推出盤古大模型。該行客服中心的坐席規模縮減至260人。', '260人', null, 'coreference'],
]));

test('a table: the row names the subject (of the kind the column is about), the column header the attribute', () => {
  const md = [
    '| 厂商 | 模型 | 上下文 | 输入价格（元） |',
    '| --- | --- | --- | --- |',
    '| 字节跳动 | 豆包大模型 | 128K | 0.8 |',
    '| 深度求索 | DeepSeek-V3 | 64K | 2 |',
  ].join('\n');
  for (const markdown of [true, false]) {
    const a = analyse(md, { markdown });
    const name = (id?: string) => a.entities.find((e) => e.entityId === id)?.canonical;
    const rows = a.figures.map((f) => [f.text, name(f.subjectId), f.attribute, f.why?.subject]);
    assert.deepEqual(rows, [
      ['128K', '豆包大模型', 'context_length', 'table row'],
      ['0.8', '豆包大模型', 'price', 'table row'],
      ['64K', 'DeepSeek-V3', 'context_length', 'table row'],
      ['2', 'DeepSeek-V3', 'price', 'table row'],
    ], `markdown: ${markdown}`);
  }
});

test('a table row naming a company and its product: the first name of a kind the attribute is about (a bill is the model\'s, a revenue the company\'s)', () => check([
  ['| 平台 | 模型 | 本月账单 |\n|---|---|---|\n| 深度求索 | DeepSeek-V3 | ¥421.6 |\n| 阿里云 | Qwen-Plus | ¥213.7 |\n', '¥213.7', '通义千问-Plus', 'table row'],
  ['| 平臺 | 模型 | 本月帳單 |\n|---|---|---|\n| 深度求索 | DeepSeek-V3 | ¥421.6 |\n| 阿里雲 | Qwen-Plus | ¥213.7 |\n', '¥421.6', 'DeepSeek-V3', 'table row'],
  ['| 芯片 | 厂商 | FP16算力（TFLOPS） |\n|---|---|---|\n| H20 | 英伟达 | 148 |\n| 昇腾910B | 华为 | 320 |\n', '320', '昇腾910B', 'table row'],
  ['| 厂商 | 芯片 | 营收（亿美元） |\n|---|---|---|\n| 英伟达 | H20 | 171 |\n', '171', '英伟达', 'table row'],
  // (a quantity of a row's product is the product's, though its maker's column comes first)
  ['| 序号 | 品牌 | 规格型号 | 数量 |\n|---|---|---|---|\n| 1 | 华为 | Atlas 800T A2 | 160台 |\n| 2 | 浪潮信息 | NF5468A7 | 48台 |\n', '48台', 'NF5468A7', 'table row'],
  ['| 序號 | 品牌 | 規格型號 | 數量 |\n|---|---|---|---|\n| 1 | 華為 | Atlas 800T A2 | 160台 |\n| 2 | 浪潮資訊 | NF5468A7 | 48台 |\n', '160台', 'Atlas 800T A2', 'table row'],
  // (but a cell that lists several, or a column of examples, names what the row's company makes: the count is the company's)
  ['| 厂商 | 代表产品 | 出货量（万张） |\n|---|---|---|\n| 英伟达 | H20 / L20 | 约179 |\n| 海光信息 | 深算二号 | 约7.5 |\n', '约179', '英伟达', 'table row'],
  ['| 廠商 | 代表產品 | 出貨量（萬張） |\n|---|---|---|\n| 輝達 | H20 / L20 | 約179 |\n| 海光信息 | 深算二號 | 約7.5 |\n', '約7.5', '海光信息', 'table row'],
]));

test('a bid\'s price and marks in a table of bids are the bidder\'s (| 投标人 |), not the product it offers; other tables\' rows keep their product', () => check([
  ['| 排名 | 投标人 | 投标模型 | 投标报价（元） | 技术分 |\n| --- | --- | --- | --- | --- |\n| 1 | 北京智谱华章科技有限公司 | GLM-4-Plus（私有化版） | 15,368,000.00 | 55.20 |\n| 2 | 科大讯飞股份有限公司 | 讯飞星火X1 | 16,200,000.00 | 54.80 |\n', '15,368,000.00', '智谱', 'bidder'],
  ['| 排名 | 投标人 | 投标模型 | 投标报价（元） | 技术分 |\n| --- | --- | --- | --- | --- |\n| 1 | 北京智谱华章科技有限公司 | GLM-4-Plus（私有化版） | 15,368,000.00 | 55.20 |\n| 2 | 科大讯飞股份有限公司 | 讯飞星火X1 | 16,200,000.00 | 54.80 |\n', '54.80', '科大讯飞', 'bidder'],
  ['| 排名 | 投標人 | 投標模型 | 投標報價（元） | 技術分 |\n| --- | --- | --- | --- | --- |\n| 1 | 北京智譜華章科技有限公司 | GLM-4-Plus（私有化版） | 15,368,000.00 | 55.20 |\n', '15,368,000.00', '智谱', 'bidder'],
  ['| 厂商 | 模型 | 参数 | 价格 |\n| --- | --- | --- | --- |\n| 智谱 | GLM-4-Plus | 1000亿 | 5元/百万tokens |\n', '5元/百万tokens', 'GLM-4-Plus', 'table row'],
]));

test('a model named as a level (GPT-4级主力模型Qwen-Long, GPT-4o等級) measures nothing itself', () => check([
  ['通义千问GPT-4级主力模型Qwen-Long的API输入价格从0.02元/千tokens降至0.0005元/千tokens。', '0.02元/千tokens', '通义千问-Long'],
  ['通義千問GPT-4級主力模型Qwen-Long的API輸入價格從0.02元/千tokens降至0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long'],
  ['GPT-4o等级的星河-Turbo 2.5上下文为128K。', '128K', '星河-Turbo 2.5'],
]));

test('a bracket after a model or a product names what it runs on or who makes it (Cursor（Claude 3.7 Sonnet）：57个): the first stays the subject; after a company it narrows to its model', () => check([
  ['- Cursor（Claude 3.7 Sonnet）：57个，67.9%\n- Trae（GPT-4.1）：52个，61.9%', '57个', 'Cursor'],
  ['- Cursor（Claude 3.7 Sonnet）：57個，67.9%\n- Trae（GPT-4.1）：52個，61.9%', '61.9%', 'Trae'],
  ['豆包（字节跳动）月活超过1亿。', '超过1亿', '豆包大模型'],
  ['字节跳动（豆包）月活超过1亿。', '超过1亿', '豆包大模型'],
  // (with a measure's own word too, and a tool and its model joined by +)
  ['- **GitHub Copilot（GPT-5 mini）**：行内补全延迟大约300毫秒；', '大约300毫秒', 'GitHub Copilot'],
  ['- **GitHub Copilot（GPT-5 mini）**：行內補全延遲大約300毫秒；', '大約300毫秒', 'GitHub Copilot'],
  ['- **Cursor + Claude Sonnet 4.5**：生成速度约每秒78 tokens；', '每秒78 tokens', 'Cursor'],
  ['- **Cursor + Claude Sonnet 4.5**：生成速度約每秒78 tokens；', '每秒78 tokens', 'Cursor'],
  // (but the model's own measures stay its own)
  ['- Cursor（Claude Sonnet 4.5）：上下文窗口200K。', '200K', 'Claude Sonnet 4.5'],
]));

test('a periodical\'s masthead above one labelled story (AI前哨 Weekly｜第58期 over 【技术报告精读】…) is no digest: the story\'s model is the topic', () => check([
  ['首页 > 周刊 > 模型速递 > 正文\nAI前哨 Weekly｜第58期 · 模型速递\n\n【技术报告精读】澄曜智能开源Lucid-MoE-2：总参数4210亿、每token激活320亿\n\n编者按：本周最受关注的开源模型来自澄曜智能。\n\n预训练数据 18.6T tokens，全程在 2048张 H800 上完成。Lucid-MoE-2很强，Lucid-MoE-2开源。', '18.6T tokens', 'Lucid-MoE-2', 'document'],
  ['首頁 > 週刊 > 模型速遞 > 正文\nAI前哨 Weekly｜第58期 · 模型速遞\n\n【技術報告精讀】澄曜智能開源Lucid-MoE-2：總參數4210億、每token激活320億\n\n編者按：本週最受關注的開源模型來自澄曜智能。\n\n預訓練數據 18.6T tokens，全程在 2048張 H800 上完成。Lucid-MoE-2很強，Lucid-MoE-2開源。', '18.6T tokens', 'Lucid-MoE-2', 'document'],
]));

test('the sum of a counted group of companies (四家北美云厂商合计, 四大CSP合計, 三家合计市场份额) is none of theirs', () => check([
  ['微软、谷歌、亚马逊、Meta四家北美云厂商合计资本开支约2,280亿美元。', '约2,280亿美元', null, 'generic'],
  ['微軟、谷歌、亞馬遜、Meta四家北美雲廠商合計資本開支約2,280億美元。', '約2,280億美元', null, 'generic'],
  ['亚马逊今年资本开支超过1,000亿美元，四大 CSP 合计资本支出将突破 3,300 亿美元。', '3,300 亿美元', null, 'generic'],
  ['火山引擎、阿里云、百度智能云三家合计市场份额约62.4%。', '约62.4%', null, 'generic'],
  // (a company's own sum is still its own)
  ['华为合计出货120万台。', '120万台', '华为'],
  // (nor is a market's size, 的 between: 中国市场的规模)
  ['英伟达预计，明年AI芯片市场的规模将达到150亿美元。', '150亿美元', null, 'generic'],
  ['輝達預計，明年AI晶片市場的規模將達到150億美元。', '150億美元', null, 'generic'],
]));

test('a title that names no one hands the story to its lead\'s name when the text names it at least half as often as anything else (a facility and its operator)', () => check([
  ['总投资280亿元！西部最大单体智算中心一期投产\n\n2025-08-19 09:12　来源：塞上新闻网　　编辑：张蕾\n\n【导读】8月18日，宁夏中卫“天枢智算中心”一期工程正式投产。\n\n该项目由中国电信联合打造，中国电信负责运营，中国电信表示将继续投入，中国电信还将扩容。天枢智算中心二期明年开工，天枢智算中心将扩容。\n\n据介绍，一期共部署约1.2万张加速卡。', '约1.2万张', '天枢智算中心', 'document'],
  ['總投資280億元！西部最大單體智算中心一期投產\n\n2025-08-19 09:12　來源：塞上新聞網　　編輯：張蕾\n\n【導讀】8月18日，寧夏中衛“天樞智算中心”一期工程正式投產。\n\n該項目由中國電信聯合打造，中國電信負責運營，中國電信表示將繼續投入，中國電信還將擴容。天樞智算中心二期明年開工，天樞智算中心將擴容。\n\n據介紹，一期共部署約1.2萬張加速卡。', '約1.2萬張', '天枢智算中心', 'document'],
  // (past a line of its date and source that the credits' lines do not take: 2025-08-19 09:12　来源：…　　责任编辑：…)
  ['总投资280亿元！西部最大单体智算中心一期投产\n\n2025-08-19 09:12　来源：塞上新闻网　　编辑：张蕾　　责任编辑：王一帆\n\n【导读】8月18日，宁夏中卫“天枢智算中心”一期工程正式投产。\n\n该项目由中国电信联合打造，中国电信负责运营，中国电信表示将继续投入，中国电信还将扩容。天枢智算中心二期明年开工，天枢智算中心将扩容。\n\n据介绍，一期共部署约1.2万张加速卡。', '约1.2万张', '天枢智算中心', 'document'],
]));

test('a list\'s items do not continue to the yardstick their introduction names (相比上一代X（…），V2主要有以下改进：)', () => check([
  ['# 玄枢-MoE-V2\n\n## 1. 模型介绍\n\n玄枢-MoE-V2 是玄枢智能推出的第二代开源混合专家语言模型。\n\n相比上一代玄枢-MoE-V1（总参数1450亿），V2主要有以下改进：\n\n- **更长的上下文**：预训练阶段上下文长度为32K。\n- **更多数据**：预训练语料为14.6万亿tokens。', '32K', '玄枢-MoE-V2'],
  ['# 玄樞-MoE-V2\n\n## 1. 模型介紹\n\n玄樞-MoE-V2 是玄樞智能推出的第二代開源混合專家語言模型。\n\n相較上一代玄樞-MoE-V1（總參數1450億），V2主要有以下改進：\n\n- **更長的上下文**：預訓練階段上下文長度為32K。\n- **更多數據**：預訓練語料為14.6萬億tokens。', '14.6萬億tokens', '玄枢-MoE-V2'],
]));

test('a flash whose story opens with its dateline (快讯｜… over 【潮汐财经2月26日讯】…) is one story; a group counts its own companies\' mentions (阿里云 is 阿里巴巴\'s)', () => check([
  ['快讯｜阿里巴巴三季度云收入同比增长37%\n\n2026-02-26 20:47  来源：潮汐财经\n\n【潮汐财经2月26日讯】阿里巴巴集团今日盘后公布季度业绩。阿里云收入增长37%，阿里云的AI收入连续增长，阿里云表示将继续投入，阿里云还将扩建，阿里云新建了数据中心，阿里云发布了新模型，阿里云称需求旺盛。阿里巴巴表示将回购股份，阿里巴巴股价上涨。\n\n截至季度末，员工总数为12.4万人。', '12.4万人', '阿里巴巴', 'document'],
  ['快訊｜阿里巴巴三季度雲收入同比增長37%\n\n2026-02-26 20:47  來源：潮汐財經\n\n【潮汐財經2月26日訊】阿里巴巴集團今日盤後公布季度業績。阿里雲收入增長37%，阿里雲的AI收入連續增長，阿里雲表示將繼續投入，阿里雲還將擴建，阿里雲新建了數據中心，阿里雲發布了新模型，阿里雲稱需求旺盛。阿里巴巴表示將回購股份，阿里巴巴股價上漲。\n\n截至季度末，員工總數為12.4萬人。', '12.4萬人', '阿里巴巴', 'document'],
]));

test('a tariff of electricity (0.85元/度, 每度电0.6元) is no named one\'s price, however near a card or a model stands', () => check([
  ['整机用8张H100，工业电价0.85元/度，每月电费约8000元。', '0.85元/度', null, 'electricity tariff'],
  ['整機用8張H100，工業電價0.85元/度，每月電費約8000元。', '0.85元/度', null, 'electricity tariff'],
  ['RTX 4090整机满载功耗大概520瓦，我们这边电价是每度0.6元。', '每度0.6元', null, 'electricity tariff'],
  ['RTX 4090整機滿載功耗大概520瓦，我們這邊電價是每度0.6元。', '每度0.6元', null, 'electricity tariff'],
]));

test('a label over a Markdown title ([译] owner/repo · Issue #N) is no title: the heading below names the topic', () => check([
  ['[译] vllm-project/vllm · Issue #15873\n\n# [Performance]: DeepSeek-V3 在 8 张 H200 上输出吞吐偏低\n\n维护者回复：vLLM 的调度还在优化，vLLM 的下一版会好。\n\n---\n\n### 问题描述\n\n实测吞吐约 1850 tokens/s，首 token 延迟约 2.3 秒。', '约 1850 tokens/s', 'DeepSeek-V3'],
  ['[譯] vllm-project/vllm · Issue #15873\n\n# [Performance]: DeepSeek-V3 在 8 張 H200 上輸出吞吐偏低\n\n維護者回覆：vLLM 的調度還在優化，vLLM 的下一版會好。\n\n---\n\n### 問題描述\n\n實測吞吐約 1850 tokens/s，首 token 延遲約 2.3 秒。', '約 1850 tokens/s', 'DeepSeek-V3'],
]));

test('the publisher of an industry report is where its figures come from, not their subject; a company\'s own report is the company\'s', () => check([
  ['中国信通院发布《生成式人工智能产业发展报告（2025年）》：备案服务超过400款\n\n发布时间：2025-04-16　来源：中国信息通信研究院\n\n我国人工智能企业数量超过4500家。', '超过400款', null],
  ['中国信通院發布《生成式人工智能產業發展報告（2025年）》：備案服務超過400款\n\n發布時間：2025-04-16　來源：中國信息通信研究院\n\n我國人工智能企業數量超過4500家。', '超過4500家', null],
  ['华为发布《2024年年度报告》：营收8621亿元', '8621亿元', '华为'],
]));

test('an item headed by a keycap or circled number: its figures are the heading\'s', () => check([
  ['账单如下。\n\n1️⃣ DeepSeek（DeepSeek-V3）\n\n💰价格：输入2元/百万tokens，输出8元/百万tokens。\n🧾本月账单：¥412.6\n吐槽：白天高峰期是真的慢，有两次直接报错，用户以为小程序崩了。\n\n2️⃣ 阿里云百炼（Qwen-Plus）\n\n💰价格：输入0.8元/百万tokens。\n', '¥412.6', 'DeepSeek-V3', 'heading'],
  ['帳單如下。\n\n① DeepSeek（DeepSeek-V3）\n\n💰價格：輸入2元/百萬tokens，輸出8元/百萬tokens。\n🧾本月帳單：¥412.6\n吐槽：白天高峰期是真的慢，有兩次直接報錯，用戶以為小程序崩了。\n\n② 阿里雲百煉（Qwen-Plus）\n\n💰價格：輸入0.8元/百萬tokens。\n', '0.8元/百萬tokens', '通义千问-Plus', 'heading'],
]));

test('a table with models as columns and benchmarks as rows: scores on the named benchmark', () => {
  const md = ['| 基准 | GPT-4o | Claude 3.5 Sonnet |', '| --- | --- | --- |', '| MMLU | 88.7 | 88.3 |', '| LiveBench | 53.1 | 59.9 |'].join('\n');
  const a = analyse(md, { markdown: true });
  const name = (id?: string) => a.entities.find((e) => e.entityId === id)?.canonical;
  assert.deepEqual(a.figures.map((f) => [f.text, name(f.subjectId), f.attribute, f.benchmark]), [
    ['88.7', 'GPT-4o', 'score', 'MMLU'],
    ['88.3', 'Claude 3.5 Sonnet', 'score', 'MMLU'],
    ['53.1', 'GPT-4o', 'score', 'LiveBench'],
    ['59.9', 'Claude 3.5 Sonnet', 'score', 'LiveBench'],
  ]);
});

test('a sentence about an event or the scene is about no one (据称现场来了30多款大模型)', () => check([
  ['科大讯飞发布星火大模型。据称现场来了30多款大模型。', '30多款', null, 'generic'],
  ['科大訊飛發布星火大模型。據稱現場來了30多款大模型。', '30多款', null, 'generic'],
]));

test('a bracketed aside is read from its own start (展台(据称现场来了30多款大模型))', () => check([
  ['科大讯飞的展台人很多（据称现场来了30多款大模型），也有不少应用展示。', '30多款', null, 'generic'],
]));

test('figures of one clause take the name nearest before each (GPT-4o为88.7、Claude 3.5 Sonnet为88.3)', () => check([
  ['在MMLU上，GPT-4o为88.7分、Claude 3.5 Sonnet为88.3分。', '88.7分', 'GPT-4o'],
  ['在MMLU上，GPT-4o为88.7分、Claude 3.5 Sonnet为88.3分。', '88.3分', 'Claude 3.5 Sonnet'],
]));

test('the paragraph’s topic of the kind the attribute is about (a company that releases a model: the model’s size)', () => check([
  ['智谱发布了开源模型GLM-4-9B的技术报告。报告显示，其参数量为90亿。', '90亿', 'GLM-4-9B'],
  ['智譜發布了開源模型GLM-4-9B的技術報告。報告介紹了兩個版本，參數量為90億。', '90億', 'GLM-4-9B', 'paragraph'],
]));

test('a model built on another (以Meta的Llama 3.1为基础): the base is not the subject, even through a chain', () => check([
  ['阿里云发布了Qwen2.5-Max。该模型以Meta的Llama 3.1为基础架构，参数规模达900亿。', '900亿', 'Qwen2.5-Max'],
  ['阿里雲發布了Qwen2.5-Max。該模型以Meta的Llama 3.1為基礎架構，參數規模達900億。', '900億', 'Qwen2.5-Max'],
  // (模型 opening a paragraph refers back past what the model carried on from: 延续了DeepSeek-V3验证过的路线)
  ['阶跃星辰开源Step-3.5。Step-3.5延续了DeepSeek-V3验证过的细粒度MoE路线，但切得更碎：\n\n模型共64层，每层包含384个路由专家。', '384个', 'Step-3.5'],
  ['階躍星辰開源Step-3.5。Step-3.5延續了DeepSeek-V3驗證過的細粒度MoE路線，但切得更碎：\n\n模型共64層，每層包含384個路由專家。', '384個', 'Step-3.5'],
  // (在X基础上: what another model's training starts from)
  ['StarGPT是在Qwen2.5-72B基础上继续预训练的，又加了1.2万亿tokens。', '1.2万亿tokens', 'StarGPT'],
  ['StarGPT是在Qwen2.5-72B的基礎上繼續預訓練的，又加了1.2萬億tokens。', '1.2萬億tokens', 'StarGPT'],
]));

test('comparisons: the base’s own level (高于GPT-4o的85.7), a ranked base (比第二名…快), and what follows them', () => check([
  ['Qwen2.5-Max在MMLU上得分87.9，高于GPT-4o的85.7；在GSM8K上得分94.5。', '85.7', 'GPT-4o', 'compared'],
  ['Qwen2.5-Max在MMLU上得分87.9，高于GPT-4o的85.7；在GSM8K上得分94.5。', '94.5', 'Qwen2.5-Max'],
  ['Qwen2.5-Max在MMLU上得分87.9，高於GPT-4o的85.7。', '87.9', 'Qwen2.5-Max'],
  ['GLM-4-Air的输出速度为90 tokens/s，比第二名Doubao-pro-32k快约两成。', '约两成', 'GLM-4-Air'],
]));

test('a reference after a name of another kind in its clause, and no investor as an antecedent', () => check([
  ['GLM-4-Air的输出速度为90 tokens/s。智谱官方称该模型最高可达110 tokens/s。', '110 tokens/s', 'GLM-4-Air', 'coreference 该模型'],
  ['月之暗面完成3亿美元融资，由腾讯领投。该公司员工人数约300人。', '约300人', '月之暗面', 'coreference 该公司'],
  ['月之暗面完成3億美元融資，由騰訊領投。該公司員工人數約300人。', '約300人', '月之暗面', 'coreference 该公司'],
]));

test('a model the knowledge base does not know, named by its form, is as good a subject as a known one', () => check([
  // recognised as an unknown model: a candidate like any other
  ['GPT-4o的价格为5美元。Foo-2模型的价格为2美元。', '2美元', 'Foo-2'],
  ['OpenAI发布GPT-4o。联发科推出的Zeta-Lite2-8B上下文长度为128K。', '128K', null, 'unknown Zeta-Lite2-8B'],
  ['第三款是微软的Phi-3.5-mini，参数38亿。', '38亿', 'Phi-3.5-mini'],
  ['第三款是微軟的Phi-3.5-mini，參數38億。', '38億', 'Phi-3.5-mini'],
  // named only by its form (a launch verb before it, 模型 after it): never the last known model of the paragraph
  // (a launched Latin name is one: its own figure is its)
  ['DeepSeek发布了DeepSeek-V3。随后，某实验室推出Zeta 2，参数量为80亿。', '80亿', 'Zeta 2'],
  ['DeepSeek發布了DeepSeek-V3。隨後，某實驗室推出Zeta 2，參數量為80億。', '80億', 'Zeta 2'],
  ['百度发布文心一言4.0。智源推出XYZ 3。参数量为70亿。', '70亿', null, 'unknown XYZ 3'],
  ['百度发布文心一言4.0。\n\n智源推出XYZ 3。该模型参数量为70亿。', '70亿', null, 'coreference'],
  // (a word written as a name that opens its clause and says what it has: no other clause's model)
  ['一年前开源模型的天花板还是 Llama 3.1 405B，如今 Behemoth 已经逼近 2 万亿参数。', '逼近 2 万亿参数', null, 'unknown Behemoth'],
  ['一年前開源模型的天花板還是 Llama 3.1 405B，如今 Behemoth 已經逼近 2 萬億參數。', '逼近 2 萬億參數', null, 'unknown Behemoth'],
  // not a name: precisions and codes, another spelling of a known name
  ['DeepSeek发布了DeepSeek-V3，采用FP8训练，参数量为6710亿。', '6710亿', 'DeepSeek-V3'],
  ['OpenAI开源了GPT-2。微调GPT2大模型只需15分钟。', '15分钟', 'GPT-2'],
]));

test('是X的N倍 makes X a base only when a share follows it (not 是微软的Phi-3.5-mini)', () => check([
  ['Qwen2.5的推理速度是Llama 3的2倍。', '2倍', 'Qwen2.5'],
  ['英伟达发布H20。\n\n华为昇腾910B的算力相当于英伟达A100的八成。', '八成', '昇腾910B'],
]));

test('a digest (快讯, 早报, 周报) is a run of stories: an item that names no one takes neither the previous item’s entity nor the title’s', () => check([
  ['百度AI早报：文心大模型4.5发布\n\n1. 百度发布文心大模型4.5，百度表示价格下降80%。\n2. 百度智能云营收增长。\n3. 国内大模型备案数量超过180个。', '超过180个', null],
  ['百度AI早報：文心大模型4.5發布\n\n1. 百度發布文心大模型4.5，百度表示價格下降80%。\n2. 百度智能雲營收增長。\n3. 國內大模型備案數量超過180個。', '超過180個', null],
  ['快讯｜百度发布文心大模型4.5\n\n百度今日发布文心大模型4.5，价格下降80%。百度称其为最强模型。\n\n截至目前，营收增长了20%。', '20%', null],
  ['融资快报｜推理芯片「析微科技」完成5亿元B轮融资；具身智能「远鹭机器人」连获两轮\n36氪 · 2025-06-18 09:12 · 北京\n文｜周可欣\n\n36氪获悉，本周（6月9日—6月15日）国内一级市场AI赛道共披露融资事件23起。\n\n**一、析微科技完成5亿元B轮融资**\n\n析微科技近日完成5亿元B轮融资。\n\n**二、远鹭机器人连获两轮**\n\n远鹭机器人完成两轮融资，远鹭机器人估值翻倍，远鹭机器人团队扩张，远鹭机器人订单增长。', '23起', null],
  ['融資快報｜推理晶片「析微科技」完成5億元B輪融資；具身智能「遠鷺機器人」連獲兩輪\n36氪 · 2025-06-18 09:12 · 北京\n文｜周可欣\n\n36氪獲悉，本週（6月9日—6月15日）國內一級市場AI賽道共披露融資事件23起。\n\n**一、析微科技完成5億元B輪融資**\n\n析微科技近日完成5億元B輪融資。\n\n**二、遠鷺機器人連獲兩輪**\n\n遠鷺機器人完成兩輪融資，遠鷺機器人估值翻倍，遠鷺機器人團隊擴張，遠鷺機器人訂單增長。', '23起', null],
  ['1. 百度发布文心大模型4.5，价格下降80%。\n2. 上下文长度为128K。', '128K', null],
  ['■ 智谱发布GLM-4-Plus，价格下调90%。\n■ 上下文長度為128K。', '128K', null],
  ['【百度】发布文心大模型4.5，价格下降80%。\n【算力】上下文长度为128K。', '128K', null],
  // a story with a bulleted list is still one story about its title's company
  ['百度公布季度业绩\n\n百度今日公布了季度业绩，百度营收达到346亿元，百度表示AI业务增长强劲。\n\n- 毛利率为45%\n- 净利润为76亿元', '76亿元', '百度'],
  // a column of one company's filing (【招股书速览】) is one story
  ['【招股书速览】澈川智能递表港交所：三年亏损近40亿元\n\n澈川智能昨日向香港联交所递交上市申请。澈川智能2025年收入为8.9亿元，澈川智能表示将继续投入研发。\n\n研发方面，公司2025年研发开支为12.4亿元，占收入的139%。', '139%', '澈川智能'],
  ['【招股書速覽】澈川智能遞表港交所：三年虧損近40億元\n\n澈川智能昨日向香港聯交所遞交上市申請。澈川智能2025年收入為8.9億元，澈川智能表示將繼續投入研發。\n\n研發方面，公司2025年研發開支為12.4億元，佔收入的139%。', '139%', '澈川智能'],
  // …and so is a column's label that opens the lead of its one story
  ['【融资快讯】据知情人士透露，AI初创公司月之暗面近日完成新一轮10亿美元融资，由阿里巴巴领投。\n\n月之暗面成立于2023年，月之暗面团队规模约300人。\n\n不过，也有人士表示，本轮实际到账的融资额为8亿美元。', '8亿美元', '月之暗面'],
  ['【融資快訊】據知情人士透露，AI初創公司月之暗面近日完成新一輪10億美元融資，由阿里巴巴領投。\n\n月之暗面成立於2023年，月之暗面團隊規模約300人。\n\n不過，也有人士表示，本輪實際到賬的融資額為8億美元。', '8億美元', '月之暗面'],
  // …and a column's label over one story's dateline; a results title with the company's stock code and what it is
  // before its colon (匯思智能（6689.HK）全年業績：…) gives a results table's rows their company
  ['匯思智能（6689.HK）全年業績：收益按年增長47.3%至18.62億港元　虧損大幅收窄\n\n【財經快訊】2025年3月27日　18:42\n\n匯思智能今日公佈全年業績，華為雲及阿里雲為其算力供應商。\n\n| 項目 | 2024年 | 2023年 |\n|---|---|---|\n| 收益 | 1,862,417 | 1,264,358 |\n', '1,862,417', '汇思智能'],
  ['汇思智能（6689.HK）全年业绩：收益按年增长47.3%至18.62亿港元\n\n【财经快讯】2025年3月27日 18:42\n\n汇思智能今日公布全年业绩，华为云及阿里云为其算力供应商。\n\n| 项目 | 2024年 | 2023年 |\n|---|---|---|\n| 收益 | 1,862,417 | 1,264,358 |\n', '1,264,358', '汇思智能'],
]));

test('a company named with its own product as the topic: a measure that fits the product is the product\'s, what only a company has stays the company\'s', () => check([
  ['# 沐曦发布曦云C600\n\n【单卡规格】\n\n- 算力：FP8算力2 PFLOPS\n- 显存：144GB', '2 PFLOPS', '曦云C600', 'heading'],
  ['# 沐曦發布曦雲C600\n\n【單卡規格】\n\n- 算力：FP8算力2 PFLOPS\n- 顯存：144GB', '2 PFLOPS', '曦云C600', 'heading'],
  ['# 沐曦发布曦云C600\n\n【公司情况】\n\n- 员工约600人', '约600人', '沐曦', 'heading'],
], true));

test('a spec sheet about a product whose company the title does not name: the product takes its measures', () => check([
  ['地平线 征程7P 产品规格书\n\n征程7P是新一代SoC。\n\n关键参数：\n- AI算力：1200 TOPS\n\n征程7P已量产。', '1200 TOPS', '征程7P'],
  ['地平線 征程7P 產品規格書\n\n征程7P是新一代SoC。\n\n關鍵參數：\n- AI算力：1200 TOPS\n\n征程7P已量產。', '1200 TOPS', '征程7P'],
]));

test('an interview is about the interviewee\'s company, however seldom it is named (对话X创始人, 问：/答 lines)', () => check([
  ['对话硅基流动创始人：国产卡要拧成一股绳\n\n问：现在规模多大？\n\n张三：我们团队现在260人，九成是工程师。', '260人', '硅基流动'],
  ['專訪硅基流动創始人：國產卡要擰成一股繩\n\n問：現在規模多大？\n\n張三：團隊現在260人，九成是工程師。', '260人', '硅基流动'],
  ['对话硅基流动创始人：推理价格还会再降\n\n问：平台规模多大？\n\n张三：DeepSeek-V3占了调用量的一大半。平台现在一共上架了100多个模型。', '100多个', '硅基流动'],
  ['專訪硅基流動創始人：推理價格還會再降\n\n問：平台規模多大？\n\n張三：DeepSeek-V3占了調用量的一大半。平台現在一共上架了100多個模型。', '100多個', '硅基流动'],
]));

test('a section heading that names no one ends the topic of the heading before it (the title’s stays)', () => check([
  ['# 大模型周评\n\n## DeepSeek-V3\n\n训练成本为557.6万美元。\n\n## 行业动态\n\n上下文长度为128K。', '128K', null],
  ['# 大模型週評\n\n## DeepSeek-V3\n\n訓練成本為557.6萬美元。\n\n## 行業動態\n\n上下文長度為128K。', '128K', null],
  ['# DeepSeek-V3的训练成本\n\n## 技术报告\n\n训练成本为557.6万美元。', '557.6万美元', 'DeepSeek-V3', 'heading'],
], true));

test('a chip or a device is the subject of hardware figures, never of a model’s or a company’s', () => check([
  ['H200的显存带宽为4.8TB/s。', '4.8TB/s', 'H200'],
  ['RTX 4090的售价为12999元。', '12999元', 'RTX 4090'],
  ['DeepSeek发布DeepSeek-V3。报告假设H800的租金为每GPU小时2美元，得出训练成本557.6万美元。', '557.6万美元', 'DeepSeek-V3'],
  ['DeepSeek發布DeepSeek-V3。報告假設H800的租金為每GPU小時2美元，得出訓練成本557.6萬美元。', '557.6萬美元', 'DeepSeek-V3'],
  ['面壁智能发布MiniCPM 4。在RTX 4090上，生成速度达到每秒约90 tokens。', '每秒约90 tokens', 'MiniCPM4'],
  ['中国移动在智算中心部署昇腾加速卡超过1.8万张。', '超过1.8万张', '中国移动'],
  ['中國移動在智算中心部署昇騰加速卡超過1.8萬張。', '超過1.8萬張', '中国移动'],
  // 这张卡 is the card just named
  ['英伟达推出了面向中国市场的H20。这张卡的FP16算力只有148 TFLOPS，但配备了96GB HBM3显存。', '96GB', 'H20', 'coreference'],
  ['輝達推出了面向中國市場的H20。這張卡的FP16算力只有148 TFLOPS，但配備了96GB HBM3顯存。', '148 TFLOPS', 'H20', 'coreference'],
  // a rate of compute is the chip's the company launched, not the company's nor the foundry's (第二代3奈米製程)
  ['联发科今日发表旗舰手机芯片天玑9400，采用台积电第二代3纳米制程，AI运算效能达50 TOPS。', '50 TOPS', '天玑9400'],
  ['聯發科今日發表旗艦手機晶片天璣9400，採用台積電第二代3奈米製程，AI運算效能達50 TOPS。', '3奈米', '天玑9400'],
  // a chip platform's developers are its users
  ['生态方面，昇腾开发者数量已超过250万，搭载HarmonyOS的设备数量达到9亿台。', '超过250万', '昇腾'],
  // (a price per tokens is what a model's API charges, never the card the paragraph spoke of)
  ['衡川科技开源MoE大模型Hengchuan-2：总参数4560亿\n\n衡川科技今日正式开源Hengchuan-2，总参数4560亿。\n\n部署方面，衡川给出的参考配置是单台 8 卡 H20 服务器，FP8 权重下单机吞吐可达每秒 3200 tokens，首 token 延迟中位数为 380ms。若走官方 API，输入价格为 1 元/百万 tokens，输出价格为 4 元/百万 tokens。', '1 元/百万 tokens', 'Hengchuan-2'],
  ['衡川科技開源MoE大模型Hengchuan-2：總參數4560億\n\n衡川科技今日正式開源Hengchuan-2，總參數4560億。\n\n部署方面，衡川給出的參考配置是單台 8 卡 H20 伺服器，FP8 權重下單機吞吐可達每秒 3200 tokens，首 token 延遲中位數為 380ms。若走官方 API，輸入價格為 1 元/百萬 tokens，輸出價格為 4 元/百萬 tokens。', '4 元/百萬 tokens', 'Hengchuan-2'],
]));

test('a machine or chip named before 的 and the measure is the subject of its speed or latency, whatever model it runs', () => check([
  ['在DeepSeek-V3.2的FP8推理实测中，单台H20服务器的输出吞吐达到每秒5600 tokens。', '每秒5600 tokens', 'H20'],
  ['在DeepSeek-V3.2的FP8推理實測中，單台H20伺服器的輸出吞吐達到每秒5600 tokens。', '每秒5600 tokens', 'H20'],
  ['跑DeepSeek-V3.2时，H200的首token延迟约为80ms。', '80ms', 'H200'],
]));

test('a base\'s own level in brackets after the machine it names (H200服务器（约260万元）)', () => check([
  ['8卡服务器整机报价约180万元，显著低于同配置的H200服务器（约260万元）。', '约260万元', 'H200', 'compared'],
  ['8卡伺服器整機報價約180萬元，顯著低於同配置的H200伺服器（約260萬元）。', '約260萬元', 'H200', 'compared'],
]));

test('a chain through a descriptor (旗下的AI助手元宝, 的聊天机器人ChatGPT): the head is the product', () => check([
  ['芯川科技的首款推理芯片CX-1算力达256 TOPS。', '256 TOPS', 'CX-1', 'chain'],
  ['芯川科技的首款推理晶片CX-1算力達256 TOPS。', '256 TOPS', 'CX-1', 'chain'],
  ['大模型应用公司语澜智能旗下AI写作助手“语澜笔记”注册用户突破800万。', '800万', '语澜笔记'],
  ['腾讯旗下的AI助手元宝日活跃用户已突破2000万。', '2000万', '腾讯元宝', 'chain'],
  ['騰訊旗下的AI助手元寶日活躍用戶已突破2000萬。', '2000萬', '腾讯元宝', 'chain'],
  ['OpenAI的聊天机器人ChatGPT周活跃用户达到4亿。', '4亿', 'ChatGPT'],
]));

test('shares and multiples of a base (是当时X的2.5倍、Y的8倍, 是X（20万）的10倍, 是X系统的1.7倍): the thing described, the base’s own level in brackets', () => check([
  ['Kimi一次可以处理20万汉字的输入，是当时Claude 2的2.5倍、GPT-4 Turbo的8倍。', '2.5倍', 'Kimi'],
  ['Kimi一次可以处理20万汉字的输入，是当时Claude 2的2.5倍、GPT-4 Turbo的8倍。', '8倍', 'Kimi'],
  ['Gemini 1.5 Pro支持200万tokens的上下文窗口，是Claude 3.5 Sonnet（20万）的10倍。', '10倍', 'Gemini 1.5 Pro'],
  ['Gemini 1.5 Pro支持200万tokens的上下文窗口，是Claude 3.5 Sonnet（20万）的10倍。', '20万', 'Claude 3.5 Sonnet', 'compared'],
  ['Gemini 1.5 Pro支援200萬tokens的上下文窗口，是Claude 3.5 Sonnet（20萬）的10倍。', '10倍', 'Gemini 1.5 Pro'],
  ['CloudMatrix 384超节点整体算力达300 PFLOPS，是英伟达GB200 NVL72系统的1.7倍。', '1.7倍', 'CloudMatrix 384'],
]));

test('a copied page’s hard-wrapped lines: a line that stops at a comma runs on into the next', () => check([
  ['豆包：月活7523万，\n环比增长16.92%。', '16.92%', '豆包大模型'],
  ['豆包：月活7523萬，\n環比增長16.92%。', '16.92%', '豆包大模型'],
  ['腾讯旗下的元宝增长迅猛，\n单月下载量超过1000万次。', '超过1000万次', '腾讯元宝'],
  // a line that ends a sentence ends its paragraph
  ['腾讯旗下的元宝增长迅猛。\n单月下载量超过1000万次。', '超过1000万次', null],
]));

test('a change from an old thing (从Qwen2的7万亿扩大到18万亿): the start is the old thing’s, the new value is not', () => check([
  ['阿里云发布Qwen2.5。预训练数据从Qwen2的7万亿tokens扩大到18万亿tokens。', '18万亿tokens', 'Qwen2.5'],
  ['阿里云发布Qwen2.5。预训练数据从Qwen2的7万亿tokens扩大到18万亿tokens。', '7万亿tokens', 'Qwen2', 'compared 从'],
  ['阿里雲發布Qwen2.5。預訓練數據從Qwen2的7萬億tokens擴大到18萬億tokens。', '18萬億tokens', 'Qwen2.5'],
]));

test('a foil in a contrasting clause (…，而同尺寸的X使用了…) does not become the paragraph’s topic', () => check([
  ['面壁智能发布MiniCPM 4。MiniCPM 4仅用8万亿tokens完成预训练，而同尺寸的Qwen3-8B使用了约36万亿tokens。报告称，预训练在1024张A800上进行，历时约15天。', '约15天', 'MiniCPM4'],
  ['面壁智能發布MiniCPM 4。MiniCPM 4僅用8萬億tokens完成預訓練，而同尺寸的Qwen3-8B使用了約36萬億tokens。報告稱，預訓練在1024張A800上進行，歷時約15天。', '約15天', 'MiniCPM4'],
  ['面壁智能发布MiniCPM 4。MiniCPM 4仅用8万亿tokens完成预训练，而同尺寸的Qwen3-8B使用了约36万亿tokens。', '约36万亿tokens', 'Qwen3-8B'],
]));

test('a model’s own figure after a clause that released one: the model released, not the team named before it', () => check([
  ['阿里云的通义千问团队开源了端到端多模态模型Qwen2.5-Omni-7B，参数仅70亿。', '70亿', 'Qwen2.5-Omni-7B'],
  ['阿里雲的通義千問團隊開源了端到端多模態模型Qwen2.5-Omni-7B，參數僅70億。', '70億', 'Qwen2.5-Omni-7B'],
  // a place a count is made on (在Hugging Face的下载量) is not what it counts
  ['DeepSeek-R1发布24小时内在Hugging Face的下载量超过5万次。', '超过5万次', 'DeepSeek-R1'],
]));

test('the title’s model is the document’s topic even when its own company is named more often', () => check([
  ['# Qwen2.5上手笔记\n\n阿里云发布了Qwen2.5。阿里云表示，Qwen2.5-7B和Qwen2.5-72B已经开源，阿里云还上线了Qwen2.5-Max，阿里云称Qwen2.5很受欢迎。\n\n上下文长度支持128K。', '128K', 'Qwen2.5', 'heading'],
  ['# Qwen2.5上手筆記\n\n阿里雲發布了Qwen2.5。阿里雲表示，Qwen2.5-7B和Qwen2.5-72B已經開源，阿里雲還上線了Qwen2.5-Max，阿里雲稱Qwen2.5很受歡迎。\n\n上下文長度支援128K。', '128K', 'Qwen2.5', 'heading'],
]));

test('the yardstick a title measures its news by (价格打到GPT-4o零头, 比GPT-4便宜) is not what the document is about', () => check([
  ['MiniMax开源新模型，价格打到GPT-4o零头\n\nMiniMax发布了MiniMax-Text-01，GPT-4o和Claude 3.5 Sonnet都被比了下去。GPT-4o的输入价格是2.5美元/百万token，GPT-4o还慢。MiniMax-Text-01也很快。\n\nAPI输入1元/百万token。', '1元/百万token', 'MiniMax-Text-01'],
  ['MiniMax開源新模型，價格打到GPT-4o零頭\n\nMiniMax發布了MiniMax-Text-01，GPT-4o和Claude 3.5 Sonnet都被比了下去。GPT-4o的輸入價格是2.5美元/百萬token，GPT-4o還慢。MiniMax-Text-01也很快。\n\nAPI輸入1元/百萬token。', '1元/百萬token', 'MiniMax-Text-01'],
]));

test('该中心 / 中心 refers to the computing facility named before; an unnamed one is its operator’s; 在该中心 is a place', () => check([
  ['中国移动智算中心（贵阳）日前投产。据中国移动介绍，该中心算力规模达5 EFLOPS。', '5 EFLOPS', '中国移动智算中心', 'coreference 该中心'],
  ['中國移動智算中心（貴陽）日前投產。據中國移動介紹，該中心算力規模達5 EFLOPS。', '5 EFLOPS', '中国移动智算中心', 'coreference 该中心'],
  ['中国移动智算中心（贵阳）日前投产。中国移动表示，中心目前已有超过40家企业入驻。', '超过40家', '中国移动智算中心', 'coreference 中心'],
  ['中国移动在贵阳建设的智算中心已经投产。中国移动介绍，该中心算力规模达5 EFLOPS。', '5 EFLOPS', '中国移动'],
  ['中国移动智算中心（贵阳）日前投产。中国移动表示，其九天大模型就在该中心完成训练，参数量为1000亿。', '1000亿', '九天大模型'],
  // (a centre the knowledge base holds as an organisation is the facility too)
  ['规模最大的是由华为提供软硬件的武汉人工智能计算中心。该中心一期投运时算力为100P，目前已达到400P。', '100P', '武汉人工智能计算中心', 'coreference 该中心'],
  ['規模最大的是由華為提供軟硬體的武漢人工智能計算中心。該中心一期投運時算力為100P，目前已達到400P。', '400P', '武汉人工智能计算中心'],
]));

test('where a person worked or studied is not what the figures are about (在X工作, 毕业于X)', () => check([
  ['受访者曾在百度从事搜索工作10年，后来出来创业。', '10年', null],
  ['受訪者曾在百度從事搜尋工作10年，後來出來創業。', '10年', null],
  ['他毕业于清华大学，曾在华为任职6年。', '6年', null],
]));

test('公司 after a company brought in without a name (一位创业公司的创始人) is that unnamed company', () => check([
  // (not a company where someone worked before)
  ['月之暗面成立于2023年，创始人曾在国内一家头部互联网公司负责研发。公司成立之初就获得了6000万美元天使轮融资。', '6000万美元', '月之暗面'],
  ['月之暗面成立于2023年初。创始人此前在某头部自动驾驶公司负责规划算法。目前，公司团队规模超过200人。', '超过200人', '月之暗面'],
  ['月之暗面成立於2023年初。創始人此前在某頭部自動駕駛公司負責規劃算法。目前，公司團隊規模超過200人。', '超過200人', '月之暗面'],
  ['智谱和百川相继发布新模型。记者走访了一家做语音识别的初创企业。负责人说，公司的方案已覆盖超过200万台车机。', '超过200万台', null, 'coreference 公司 (unnamed)'],
  ['智譜和百川相繼發布新模型。記者走訪了一家做語音識別的初創企業。負責人說，公司的方案已覆蓋超過200萬台車機。', '超過200萬台', null, 'coreference 公司 (unnamed)'],
  ['百度发布了新模型。他表示，公司的用户已超过500万。', '超过500万', '百度'],
]));

test('集团 said of the whole group is the company, not a business unit named since (云智能集团)', () => check([
  ['阿里巴巴集团发布半年报。\n\n云智能集团营收同比增长9%。\n\n期末集团账上现金约4800亿元。', '约4800亿元', '阿里巴巴', 'coreference 集团'],
  ['阿里巴巴集團發布半年報。\n\n雲智能集團營收同比增長9%。\n\n期末集團賬上現金約4800億元。', '約4800億元', '阿里巴巴', 'coreference 集团'],
  ['阿里巴巴集团发布半年报。\n\n云智能集团营收同比增长9%。', '9%', '阿里云'],
  // (a group the knowledge base does not know, named after the company was called a group, is a unit too)
  ['阿里巴巴集团收入为2365亿元。\n\n淘天集团收入为989.94亿元。\n\n本季度集团回购了总计4.14亿股普通股。', '4.14亿股', '阿里巴巴', 'coreference 集团'],
  ['阿里巴巴集團收入為2365億元。\n\n淘天集團收入為989.94億元。\n\n本季度集團回購了總計4.14億股普通股。', '4.14億股', '阿里巴巴', 'coreference 集团'],
]));

test('well-known chips and phones of 2024 are subjects of their hardware figures', () => check([
  // (a chip's part glued to its name: 天璣9400CPU)
  ['天璣9400CPU採「全大核」架構，包括1顆主頻3.62GHz的超大核，單核效能提升35%。', '3.62GHz', '天玑9400'],
  ['天玑9400的AI跑分比上一代高出28%。', '28%', '天玑9400'],
  ['天璣9400的AI跑分比上一代高出28%。', '28%', '天玑9400'],
  ['vivo X200 Pro售价4999元。', '4999元', 'vivo X200 Pro'],
]));

test('hardware shipped or sold is the subject of the count, not its maker; one member of a total is not', () => check([
  ['研究机构预计，英伟达明年交付的H20将超过60万颗。', '超过60万颗', 'H20', 'shipped'],
  ['研究機構預計，輝達明年交付的H20將超過60萬顆。', '超過60萬顆', 'H20', 'shipped'],
  ['据供应链消息，华为上半年昇腾910B销量约15万颗。', '约15万颗', '昇腾910B', 'shipped'],
  ['据供应链消息，华为上半年昇腾910B销量约15万颗，全年包括昇腾910C在内的交付目标约45万颗。', '约45万颗', '华为'],
  ['某云厂商采购了2000张H20用于推理。', '2000张', null],
]));

test('names listed after a count are examples of what it counts (…5款大模型通过备案，包括…)', () => check([
  ['截至6月，全省共有9个大模型完成登记，包括商汤参与开发的政务模型。', '9个', null],
  ['截至6月，全省共有9個大模型完成登記，包括商湯參與開發的政務模型。', '9個', null],
]));

test('其 and 它 do not reach over a section heading to what an earlier section spoke of', () => check([
  ['一、现状\n\n商汤在本地布局了算力节点。\n\n二、补贴\n\n对落地的应用，按其月活给予最高50万元补助。', '最高50万元', null],
  ['一、現狀\n\n商湯在本地佈局了算力節點。\n\n二、補貼\n\n對落地的應用，按其月活給予最高50萬元補助。', '最高50萬元', null],
  ['DeepSeek发布了DeepSeek-V3。\n\n该模型的训练成本为557.6万美元。', '557.6万美元', 'DeepSeek-V3', 'coreference 该模型'],
]));

test('a table whose rows and columns name no one: its caption names the subject (表2 X上的消融)', () => {
  check([
    ['表3  DeepSeek-V3上的消融实验\n\n| 设置 | MMLU |\n| --- | --- |\n| 完整方法 | 88.5 |\n| 去掉正则 | 86.1 |\n', '86.1', 'DeepSeek-V3', 'table caption'],
    ['表3  DeepSeek-V3上的消融實驗\n\n| 設置 | MMLU |\n| --- | --- |\n| 完整方法 | 88.5 |\n| 去掉正則 | 86.1 |\n', '86.1', 'DeepSeek-V3', 'table caption'],
  ], true);
  check([
    ['表3  DeepSeek-V3上的消融实验\n\n| 设置 | MMLU |\n| --- | --- |\n| 完整方法 | 88.5 |\n| 去掉正则 | 86.1 |\n', '88.5', 'DeepSeek-V3', 'table caption'],
    // the chips a cell counts (2048张H800) are no subject of the row
    ['# Hunyuan-Large 模型卡\n\nHunyuan-Large是腾讯的模型。Hunyuan-Large很强，Hunyuan-Large开源。\n\n| 项目 | 数值 |\n| --- | --- |\n| 训练硬件 | 2048张H800 |\n| 训练时长 | 约52天 |\n', '2048张', 'Hunyuan-Large'],
    ['# Hunyuan-Large 模型卡\n\nHunyuan-Large是騰訊的模型。Hunyuan-Large很強，Hunyuan-Large開源。\n\n| 項目 | 數值 |\n| --- | --- |\n| 訓練硬體 | 2048張H800 |\n', '2048張', 'Hunyuan-Large'],
  ]);
});

test('a device or chip the knowledge base lacks, named by its code next to what it is, is the subject of its hardware figures', () => {
  check([
    ['优必选发布的S2人形机器人售价29万元。', '29万元', 'S2'],
    ['優必選發布的S2人形機器人售價29萬元。', '29萬元', 'S2'],
    ['四足机器人X30累计出货超过3000台，全球份额约两成。', '约两成', 'X30'],
    ['四足機器人X30累計出貨超過3000台，全球份額約兩成。', '超過3000台', 'X30'],
    // a device is no subject of a model's figure
    ['S2人形机器人搭载了70亿参数的大模型。', '70亿参数', null],
  ]);
  for (const text of ['Q3手机出货量增长10%。', 'L4芯片和V2机器人都在展台上。', '第三季手機出貨量成長10%，H1晶片也不錯。']) {
    const products = analyse(text).entities.filter((e) => e.kind === 'product').map((e) => e.canonical);
    assert.deepEqual(products, [], `${text}: ${products.join(', ')}`);
  }
});

test('rows of an ablation table under one caption are settings of their own: no conflict between them', () => {
  const text = '表2  DeepSeek-V3上的消融实验\n\n| 设置 | MMLU |\n| --- | --- |\n| 完整方法 | 88.5 |\n| 去掉正则 | 86.1 |\n| 数据减半 | 87.2 |\n';
  const a = analyse(text, { markdown: true });
  assert.deepEqual(a.figures.map((f) => f.status === 'conflict'), [false, false, false]);
});

test('a place through a chain and a version (在高通骁龙8 Gen 3上), a target (针对X), and what is listed with them', () => check([
  ['团队在高通骁龙8 Gen 3上部署了30亿参数的模型。', '30亿参数', null],
  ['文心4.5 Turbo在单张昆仑芯P800上的生成速度可达每秒1200 tokens。', '每秒1200 tokens', '文心大模型 4.5 Turbo'],
  ['在單張昇騰910B上，Qwen3-32B的吞吐達每秒800 tokens。', '每秒800 tokens', 'Qwen3-32B'],
  ['某东上RTX 5090现在卖16999元。', '16999元', 'RTX 5090'],
  ['某東上RTX 5090現在賣16999元。', '16999元', 'RTX 5090'],
  ['團隊在高通驍龍8 Gen 3上部署了30億參數的模型。', '30億參數', null],
  ['工程师针对联发科天玑9300和高通的NPU优化了60多个算子。', '60多个', null],
  ['工程師針對聯發科天璣9300和高通的NPU優化了60多個算子。', '60多個', null],
  ['Qwen2.5在Hugging Face和魔搭上的下载量超过4000万次。', '超过4000万次', 'Qwen2.5'],
  ['骁龙8 Gen 3的NPU性能提升了98%。', '98%', '骁龙8 Gen 3'],
]));

test('who joins a round (X参与了Y的融资) invests; the one named after 参与 raises', () => check([
  ['今年3月，美团参与了智谱新一轮约7亿元的融资，投后估值达到200亿元。', '约7亿元', '智谱'],
  ['今年3月，美團參與了智譜新一輪約7億元的融資，投後估值達到200億元。', '200億元', '智谱'],
  ['腾讯也参与了本轮融资，金额为5亿元。', '5亿元', null],
]));

test('a company named for what only a model has (训练成本, 参数量) stands for its model the text spoke of', () => check([
  ['DeepSeek-V3的训练成本约557.6万美元。\n\n深度求索的技术报告还提到，这557.6万美元只算了最后一次训练。', '557.6万美元', 'DeepSeek-V3', 'model of'],
  ['DeepSeek-V3的訓練成本約557.6萬美元。\n\n深度求索的技術報告還提到，這557.6萬美元只算了最後一次訓練。', '557.6萬美元', 'DeepSeek-V3', 'model of'],
  ['DeepSeek-V3发布了。深度求索在报告中注明，训练成本为557.6万美元。', '557.6万美元', 'DeepSeek-V3', 'model of'],
  ['深度求索公布的营收为5亿元。', '5亿元', '深度求索'],
  // (a model the knowledge base lacks is the company's by its brand: 云栖-Pro of 云栖科技)
  ['云栖科技昨晚上线的云栖-Pro我测了。\n\n顺便说一句，云栖科技训练用了4096张昇腾910B，跑了40天。', '4096张', '云栖-Pro', 'model of'],
  ['雲棲科技昨晚上線的雲棲-Pro我測了。\n\n順便說一句，雲棲科技訓練用了4096張昇騰910B，跑了40天。', '40天', '云栖-Pro', 'model of'],
]));

test('a company that made a model its clause describes without naming keeps the figure (训练了一个N参数的…模型)', () => check([
  ['混元大模型已经上线。腾讯还训练了一个3000亿参数的多语言模型。', '3000亿参数', '腾讯'],
  ['混元大模型已經上線。騰訊還訓練了一個3000億參數的多語言模型。', '3000億參數', '腾讯'],
]));

test('a member named in its family (X系列中的Y) is the head; moving from X to Y (从X迁移到Y) is about Y', () => check([
  ['GLM-4-9B系列中的GLM-4-9B-Chat-1M支持100万tokens上下文。', '100万tokens', 'GLM-4-9B-Chat-1M', 'chain'],
  ['GLM-4-9B系列中的GLM-4-9B-Chat-1M支援100萬tokens上下文。', '100萬tokens', 'GLM-4-9B-Chat-1M', 'chain'],
  ['把训练代码从CUDA迁移到昇腾平台，大约需要6周，性能损失在15%左右。', '15%左右', '昇腾'],
  ['把訓練代碼從CUDA遷移到昇騰平台，大約需要6週，效能損失在15%左右。', '15%左右', '昇腾'],
  // (切到 is a move too)
  ['我们把客服机器人从GPT-4o切到DeepSeek-V3两周了，成本降了三成。', '三成', 'DeepSeek-V3'],
  ['我們把客服機器人從GPT-4o切到DeepSeek-V3兩週了，成本降了三成。', '三成', 'DeepSeek-V3'],
]));

test('a system built or released in the sentence has its own compute, units and measures; its maker keeps its business figures', () => check([
  ['华为用384颗昇腾910C组成CloudMatrix 384超节点，整体算力达到300 PFLOPS。', '300 PFLOPS', 'CloudMatrix 384'],
  ['華為用384顆昇騰910C組成CloudMatrix 384超節點，整體算力達到300 PFLOPS。', '300 PFLOPS', 'CloudMatrix 384'],
  ['优必选今年发布的S2人形机器人售价29万元起，身高约170厘米，体重约70公斤。', '约70公斤', 'S2'],
  ['華為推出了昇騰910C，全年營收增長20%。', '20%', '华为'],
  ['华为推出了昇腾910C，另外投资约100亿元建厂。', '约100亿元', '华为'],
]));

test('a source speaking for a family (X团队表示) leaves the figure to the paragraph’s model of the same company', () => check([
  ['腾讯发布了混元Large。腾讯混元团队表示，借助新的压缩技术，模型推理时的显存占用降低了约90%。', '约90%', 'Hunyuan-Large', 'paragraph'],
  ['騰訊發布了混元Large。騰訊混元團隊表示，借助新的壓縮技術，模型推理時的顯存佔用降低了約90%。', '約90%', 'Hunyuan-Large', 'paragraph'],
  // a person speaking for it (团队负责人, 发言人, 创始人) too
  // (模型 opening its clause refers to the paragraph's model, past the speaker)
  ['腾讯发布了混元Large。腾讯混元团队负责人表示，模型的预训练使用了7万亿tokens的语料。', '7万亿tokens', 'Hunyuan-Large', 'coreference 模型'],
  ['騰訊發布了混元Large。騰訊混元團隊負責人表示，模型的預訓練使用了7萬億tokens的語料。', '7萬億tokens', 'Hunyuan-Large', 'coreference 模型'],
  ['文心一言上线一年。百度表示，用户数已达3亿。', '3亿', '文心一言'],
  // (but a company speaking of its own platform, unnamed, speaks of itself)
  ['GLM-4.5总参数3550亿。智谱称开放平台注册开发者已超过100万。', '超过100万', '智谱'],
  ['GLM-4.5總參數3550億。智譜稱開放平台註冊開發者已超過100萬。', '超過100萬', '智谱'],
]));

test('the finance phrase 归属于上市公司股东的净利润 is the company reported on, not a generic 公司', () => check([
  ['科大讯飞发布年报。公司全年营收233亿元；归属于上市公司股东的净利润5.6亿元，同比增长14.2%。', '5.6亿元', '科大讯飞'],
  ['科大訊飛發布年報。公司全年營收233億元；歸屬於上市公司股東的淨利潤5.6億元，同比增長14.2%。', '5.6億元', '科大讯飞'],
  ['多家上市公司的净利润同比增长14.2%。', '14.2%', null],
]));

test('a figure referred to again (这一价格) keeps the subject of the figure before it; X的长文本模型Y is a chain', () => check([
  ['字节跳动发布了Doubao-pro-32k，输入价格为0.0008元/千tokens。火山引擎称，这一价格比行业平均水平低99.3%。', '99.3%', 'Doubao-pro-32k', 'coreference 这一价格'],
  ['字節跳動發布了Doubao-pro-32k，輸入價格為0.0008元/千tokens。火山引擎稱，這一價格比行業平均水平低99.3%。', '99.3%', 'Doubao-pro-32k', 'coreference 这一价格'],
  ['阿里云宣布通义千问的长文本模型Qwen-Long输入价格降至0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
  ['阿里雲宣布通義千問的長文本模型Qwen-Long輸入價格降至0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
]));

test('investors of a sentence without figures are no antecedent of 该公司, also when listed with a longer name (X创投、Y跟投)', () => check([
  ['零一万物完成新一轮融资，由红杉领投，联想创投、智谱跟投。据悉，该公司的平台已接入超过5000张加速卡。', '超过5000张', '零一万物', 'coreference 该公司'],
  ['零一萬物完成新一輪融資，由紅杉領投，聯想創投、智譜跟投。據悉，該公司的平台已接入超過5000張加速卡。', '超過5000張', '零一万物', 'coreference 该公司'],
  // a company named before and described again (这家北京公司, 这家成立两年的初创企业)
  ['很多人没听说过面壁智能。这家北京公司成立于2022年，团队约60人。', '约60人', '面壁智能', 'coreference 这家北京公司'],
  ['很多人沒聽說過面壁智能。這家北京公司成立於2022年，團隊約60人。', '約60人', '面壁智能', 'coreference 这家北京公司'],
]));

test('我们 as the subject of a clause is the speaker’s organisation, which the document is about; not inside a clause or for a model’s attribute', () => check([
  ['对话潞晨科技创始人：平台还会降价\n\n编者按：潞晨科技是一家推理云平台，本刊专访了潞晨科技创始人。\n\n问：春节期间流量变化有多大？\n\n答：接入DeepSeek-R1之后的两周里，我们的日均调用量涨了大概40倍，注册用户从100多万涨到了超过500万。',
    '大概40倍', '潞晨科技', 'speaker 我们'],
  ['对话潞晨科技创始人：平台还会降价\n\n编者按：潞晨科技是一家推理云平台，本刊专访了潞晨科技创始人。\n\n问：春节期间流量变化有多大？\n\n答：接入DeepSeek-R1之后的两周里，我们的日均调用量涨了大概40倍，注册用户从100多万涨到了超过500万。',
    '超过500万', '潞晨科技', 'speaker 我们'],
  ['專訪潞晨科技創始人：平台還會降價\n\n編者按：潞晨科技是一家推理雲平台，本刊專訪了潞晨科技創始人。\n\n答：接入DeepSeek-R1之後的兩週裡，我們的日均調用量漲了大概40倍。', '大概40倍', '潞晨科技', 'speaker 我们'],
  // inside the clause, 我们 is no subject: the model before it is
  ['对话百川智能创始人\n\n答：Baichuan 2是我们最受欢迎的开源模型，累计下载量已经超过1000万次。', '超过1000万次', 'Baichuan2'],
  // what a speaker says of the market is about no one
  ['对话潞晨科技创始人\n\n编者按：本刊专访了潞晨科技创始人，谈潞晨科技的打算。\n\n答：我们认为，全球推理市场的规模将超过300亿元。', '超过300亿元', null],
  // a question that names another company heads no answer: 我们 is still the interviewee's company
  ['专访潞晨科技创始人\n\n编者按：本刊专访了潞晨科技创始人，谈潞晨科技的打算。\n\n记者：团队规模呢？和深度求索比起来如何？\n\n答：我们现在不到200人，其中算法研究员约60人。', '不到200人', '潞晨科技', 'speaker 我们'],
  ['專訪潞晨科技創始人\n\n編者按：本刊專訪了潞晨科技創始人，談潞晨科技的打算。\n\n記者：團隊規模呢？和深度求索比起來如何？\n\n答：我們現在不到200人，其中算法研究員約60人。', '約60人', '潞晨科技', 'speaker 我们'],
]));

test('what only a company reports (营收, 净利, 毛利率, 每股盈余) is the company’s, even beside a chip it sells; a company announcing its results is no mere source', () => check([
  ['联发科（2454）公布第三季财报。受惠旗舰芯片天玑9500出货放量，第三季营收为1420亿元，季增2.1%；毛利率为48.1%，每股盈余16.73元。', '2.1%', '联发科'],
  ['联发科（2454）公布第三季财报。受惠旗舰芯片天玑9500出货放量，第三季营收为1420亿元，季增2.1%；毛利率为48.1%，每股盈余16.73元。', '48.1%', '联发科'],
  ['聯發科公布第三季財報。受惠旗艦晶片天璣9500出貨放量，第三季營收年增7.8%，毛利率為百分之四十八點一。', '百分之四十八點一', '联发科'],
  ['百度公布了第二季度财报。文心一言带动下，智能云营收同比增长27%。', '27%', '百度'],
  ['百度公布了财报。营收同比增长7.8%。', '7.8%', '百度', 'paragraph'],
  // (a business's or a region's revenue, capital spending: not the product the sentence before launched)
  ['汇思智能公布中期业绩。第一，公司将推出智能体平台「思语工作台」，每个席位每月199元起。第二，东南亚业务上半年收入约6,800万元，按年增长近三倍。第三，全年资本开支维持约16亿元。', '约6,800万元', '汇思智能', 'paragraph'],
  ['匯思智能公布中期業績。第一，公司將推出智能體平台「思語工作台」，每個席位每月199元起。第二，東南亞業務上半年收入約6,800萬元，按年增長近三倍。第三，全年資本開支維持約16億元。', '約16億元', '汇思智能', 'paragraph'],
  ['汇思智能公布中期业绩。公司将推出智能体平台「思语工作台」，每个席位每月199元起。', '每月199元起', '思语工作台'],
]));

test('an investor putting in an amount (X投资最多N) is no subject; what is bought for an amount is the buyer’s spending', () => check([
  ['月之暗面获阿里巴巴、腾讯合计20亿美元投资。根据协议，阿里巴巴投资最多12亿美元，腾讯投资最多8亿美元。', '最多12亿美元', '月之暗面'],
  ['月之暗面獲阿里巴巴、騰訊合計20億美元投資。根據協議，阿里巴巴投資最多12億美元，騰訊投資最多8億美元。', '最多8億美元', '月之暗面'],
  ['智谱则承诺购买50亿元的阿里云算力。', '50亿元', '智谱'],
  ['智譜則承諾購買50億元的阿里雲算力。', '50億元', '智谱'],
]));

test('其 after a family named loosely (混元系列) is the member the paragraph introduced (混元Large)', () => check([
  ['腾讯发布了混元Large。这是混元系列参数最多的开源模型，官方称其推理速度提升了30%。', '30%', 'Hunyuan-Large', 'coreference 其'],
  ['騰訊發布了混元Large。這是混元系列參數最多的開源模型，官方稱其推理速度提升了30%。', '30%', 'Hunyuan-Large', 'coreference 其'],
  // without a member named before, the family stays
  ['这是混元系列参数最多的开源模型，官方称其推理速度提升了30%。', '30%', '混元大模型', 'coreference 其'],
]));

test('a base compared with a modifier (与同等规模的X相比), and names far after a figure, leave it to the paragraph’s model', () => check([
  ['StarGPT的生成速度可达每秒100 tokens。与同等规模的DeepSeek-V3相比，报告称其推理吞吐提升约50%。', '约50%', 'StarGPT', 'coreference 其'],
  ['StarGPT的生成速度可達每秒100 tokens。與同等規模的DeepSeek-V3相比，報告稱其推理吞吐提升約50%。', '約50%', 'StarGPT', 'coreference 其'],
  ['在MMLU上，StarGPT得分73.68；在TerminalBench上为39.51，明显高于Kimi K2的25.93……需要说明，报告中Kimi K2的分数是作者复测的结果。', '39.51', 'StarGPT'],
]));

test('该省, 该市 after 在 is where something happens, not a reference that leaves the figure to no one', () => check([
  ['中国电信在该省建设的智算中心已投产，部署国产加速卡1.6万张。', '1.6万张', '中国电信'],
  ['中國電信在該省建設的智算中心已投產，部署國產加速卡1.6萬張。', '1.6萬張', '中国电信'],
  // not after 在, 该市 is the subject: about no entity
  ['中国电信宣布了新计划。该市的智算规模达到3万卡。', '3万卡', null],
]));

test('what a model carries on from (沿用X的架构, 继承X) is a base, not its subject', () => check([
  ['月之暗面发布了Kimi K2 Thinking。该模型沿用K2的混合专家架构，总参数1万亿。', '1万亿', 'Kimi K2 Thinking'],
  ['月之暗面發布了Kimi K2 Thinking。該模型沿用K2的混合專家架構，總參數1萬億。', '1萬億', 'Kimi K2 Thinking'],
  // (and what it borrows from, 借鉴了X的技术, is no antecedent of the next paragraph's 它)
  ['新版本DeepSeek-V3-0324后训练阶段借鉴了DeepSeek-R1的强化学习技术。\n\n官方数据显示，它在MMLU-Pro上的得分提升至81.2。', '81.2', 'DeepSeek-V3-0324', 'coreference 它'],
  ['新版本DeepSeek-V3-0324後訓練階段借鑒了DeepSeek-R1的強化學習技術。\n\n官方數據顯示，它在MMLU-Pro上的得分提升至81.2。', '81.2', 'DeepSeek-V3-0324', 'coreference 它'],
]));

test('a device with its model number and tier is the subject of its price', () => check([
  ['华为发布新机：Mate 80起售价4699元，Mate 80 Pro起售价5999元。', '5999元', 'Mate 80 Pro'],
  ['華為發布新機：Mate 80起售價4699元，Mate 80 Pro起售價5999元。', '4699元', 'Mate 80'],
]));

test('本地 is "local" (本地化部署), not a reference to a place that leaves the figure to no one', () => check([
  ['智谱以本地化部署为主，该业务贡献上半年收入的84.8%。', '84.8%', '智谱'],
  ['智譜以本地化部署為主，該業務貢獻上半年收入的84.8%。', '84.8%', '智谱'],
]));

test('a speaker’s 我们 offers its own service: the latency, speed and price it promises are the company’s; not what it measures of another (我们实测其…)', () => check([
  ['对话硅基流动创始人\n\n编者按：硅基流动是一家推理云平台，本刊专访了硅基流动创始人。\n\n答：我们承诺首字延迟低于300毫秒，输出速度在每秒50个token以上。', '低于300毫秒', '硅基流动', 'speaker 我们'],
  ['對話硅基流動創始人\n\n編者按：硅基流動是一家推理雲平台，本刊專訪了硅基流動創始人。\n\n答：我們承諾首字延遲低於300毫秒，輸出速度在每秒50個token以上。', '低於300毫秒', '硅基流动', 'speaker 我们'],
  ['对话硅基流动创始人\n\n编者按：硅基流动是一家推理云平台，本刊专访了硅基流动创始人。\n\n答：我们的推理服务平均响应时间控制在200毫秒以内。', '200毫秒以内', '硅基流动', 'speaker 我们'],
  ['vivo发布了蓝心大模型，我们实测其生成速度约每秒18个token。', '每秒18个token', '蓝心大模型'],
  ['vivo發布了藍心大模型，我們實測其生成速度約每秒18個token。', '每秒18個token', '蓝心大模型'],
]));

test('a time span opening a sentence (过去半年, 过去一年) is when, not a generic subject', () => check([
  ['对话硅基流动创始人\n\n编者按：硅基流动是一家推理云平台，本刊专访了硅基流动创始人。\n\n答：我们的平台上有100多个模型。过去半年，我们的日均调用量增长了8倍。', '8倍', '硅基流动', 'speaker 我们'],
  ['對話硅基流動創始人\n\n編者按：硅基流動是一家推理雲平台，本刊專訪了硅基流動創始人。\n\n答：我們的平台上有100多個模型。過去半年，我們的日均調用量增長了8倍。', '8倍', '硅基流动', 'speaker 我们'],
  ['过去的做法是人工标注，成本降低了60%。', '60%', null, 'generic'],
]));

test('a product line’s share of revenue is the company’s figure, not the product’s (手机芯片占营收约五成, 占比)', () => check([
  ['联发科公布财报，营收同比增长19.7%。其中，手机芯片占营收约五成，天玑9400出货优于预期。', '约五成', '联发科'],
  ['聯發科公布財報，營收同比增長19.7%。其中，手機晶片占營收約五成，天璣9400出貨優於預期。', '約五成', '联发科'],
  ['寒武纪发布半年报，营收同比增长40倍。云端产品线收入占比超过99%，思元370出货量大增。', '超过99%', '寒武纪'],
  ['联发科公布财报。智能终端平台业务营收占比约42%，电源管理芯片占比约8%，天玑9400表现亮眼。', '约8%', '联发科'],
  // a change of what the company earns, beside the model the paragraph spoke of
  ['商汤科技发布了日日新V6大模型。商汤表示，过去一年生成式AI业务收入增长超过100%。', '超过100%', '商汤科技'],
  ['商湯科技發布了日日新V6大模型。商湯表示，過去一年生成式AI業務收入增長超過100%。', '超過100%', '商汤科技'],
]));

test('a comparison with a predecessor named after 上一代 (比上一代X) is about the new thing', () => check([
  ['华为表示，新芯片昇腾950PR比上一代昇腾910C性能提升近一倍。', '近一倍', '昇腾950PR'],
  // (a generation word and what kind, the predecessor's size in brackets before 相比: 与上一代稠密模型X（700亿参数）相比，该模型…)
  ['Hengchuan-2 正式开源。与上一代稠密模型 Hengchuan-1（700 亿参数）相比，该模型的训练吞吐提升了 2.3 倍。', '2.3 倍', 'Hengchuan-2'],
  ['Hengchuan-2 正式開源。與上一代稠密模型 Hengchuan-1（700 億參數）相比，該模型的訓練吞吐提升了 2.3 倍。', '2.3 倍', 'Hengchuan-2'],
  ['華為表示，新晶片昇騰950PR比上一代昇騰910C效能提升近一倍。', '近一倍', '昇腾950PR'],
  ['摩尔线程表示，MTT S5000相比上一代MTT S4000训练性能提升约2倍。', '约2倍', 'MTT S5000'],
  ['寒武紀表示，思元590相較上一代思元370訓練效能提升約3倍。', '約3倍', '思元590'],
]));

test('其, 后者 right before a share or a multiple (是其56.8倍, 只有后者的1/5) are its base, not its subject', () => check([
  ['对比英伟达H100，MTT S5000的显存为其1.5倍。', '1.5倍', 'MTT S5000'],
  ['對比輝達H100，MTT S5000的顯存為其1.5倍。', '1.5倍', 'MTT S5000'],
  ['Gemini 2.0 Flash超过了Gemini 1.5 Pro，而速度是后者的两倍。', '两倍', 'Gemini 2.0 Flash'],
  ['Gemini 2.0 Flash超過了Gemini 1.5 Pro，而速度是後者的兩倍。', '兩倍', 'Gemini 2.0 Flash'],
  // (a verb's 了 between: 达到了后者的3.9倍)
  ['Gemini 2.0 Flash超过了Gemini 1.5 Pro，整机功耗也达到了后者的3.9倍。', '3.9倍', 'Gemini 2.0 Flash', 'coreference 前者'],
  ['Gemini 2.0 Flash超過了Gemini 1.5 Pro，整機功耗也達到了後者的3.9倍。', '3.9倍', 'Gemini 2.0 Flash', 'coreference 前者'],
]));

test('a base’s own score written as a percent after 高于X的 is the base’s level', () => check([
  ['在HLE测试中，Kimi K2 Thinking得分44.9%，高于GPT-5的41.7%。', '41.7%', 'GPT-5', 'compared 的'],
  ['在HLE測試中，Kimi K2 Thinking得分44.9%，高於GPT-5的41.7%。', '41.7%', 'GPT-5', 'compared 的'],
  // (what the base did, and when, may stand before 的: 仅次于OpenAI在3月完成的400亿美元融资)
  ['Anthropic完成新一轮融资，筹集130亿美元，仅次于OpenAI在3月完成的400亿美元融资。', '400亿美元', 'OpenAI', 'compared 的'],
  ['Anthropic完成新一輪融資，籌集130億美元，僅次於OpenAI在3月完成的400億美元融資。', '130億美元', 'Anthropic'],
  // (a multiple or a share after the base, called its level: 远高于英伟达约25倍的水平)
  ['寒武纪现价对应的市销率高达约55倍，远高于英伟达约25倍的水平。', '约25倍', '英伟达', 'compared 的水平'],
  ['寒武紀現價對應的市銷率高達約55倍，遠高於英偉達約25倍的水準。', '約25倍', '英伟达', 'compared 的水平'],
  // (and the next base of a list, each with its value)
  ['LiveCodeBench上，DeepSeek-V3得分66.8，超过GPT-4o的65.9和o1的63.4。', '63.4', 'o1', 'compared 的'],
  ['LiveCodeBench上，DeepSeek-V3得分66.8，超過GPT-4o的65.9和o1的63.4。', '63.4', 'o1', 'compared 的'],
  ['Qwen3的训练数据为36万亿tokens，比上一代Qwen2.5的18万亿tokens多出一倍。', '18万亿tokens', 'Qwen2.5', 'compared 的'],
  ['Qwen3的訓練數據為36萬億tokens，比上一代Qwen2.5的18萬億tokens多出一倍。', '18萬億tokens', 'Qwen2.5', 'compared 的'],
  ['在HLE测试中，Kimi K2 Thinking得分44.9%，高于GPT-5的41.7%。', '44.9%', 'Kimi K2 Thinking'],
  // (the values listed after the compared name and 的 are all its own)
  ['Kimi K3总参数1.6万亿，每个token激活480亿参数。对比Kimi K2的1万亿总参数、320亿激活参数，规模提升了六成。', '320亿激活参数', 'Kimi K2', 'compared 的'],
  ['Kimi K3總參數1.6萬億，每個token激活480億參數。對比Kimi K2的1萬億總參數、320億激活參數，規模提升了六成。', '320億激活參數', 'Kimi K2', 'compared 的'],
]));

test('与X的Y相比 through a chain: the whole chain is the base', () => check([
  ['与英伟达DGX H200相比，Atlas 950超节点价格低约40%。', '约40%', 'Atlas 950超节点'],
  ['與輝達DGX H200相比，Atlas 950超節點價格低約40%。', '約40%', 'Atlas 950超节点'],
]));

test('a system of many cards (超节点, 集群) released in a sentence has its own card count, compute and bandwidth; a comparator keeps its own', () => check([
  ['华为发布了Atlas 950超节点。Atlas 950超节点由8192张昇腾950DT卡组成，FP8算力达到8 EFLOPS，互联带宽达16.3 PB/s。', '8192张', 'Atlas 950超节点'],
  ['華為發布了Atlas 950超節點。Atlas 950超節點由8192張昇騰950DT卡組成，FP8算力達到8 EFLOPS，互聯帶寬達16.3 PB/s。', '16.3 PB/s', 'Atlas 950超节点'],
  ['摩尔线程今天发布了夸娥智算集群的万卡版本，单集群规模超过10000张GPU。', '超过10000张', '夸娥'],
  ['摩爾線程今天發布了夸娥智算集群的萬卡版本，單集群規模超過10000張GPU。', '超過10000張', '夸娥'],
  ['Atlas 950超节点的卡规模是其56.8倍。英伟达B200的FP8算力约为4.5 PFLOPS。', '4.5 PFLOPS', 'B200'],
]));

test('a variant written without its family (K2 Thinking Turbo, Air版, 4.5 Turbo) is a model of its own; 标准版 is the one it varies', () => check([
  ['月之暗面发布了Kimi K2 Thinking。同时推出的还有K2 Thinking Turbo版本，输出速度可达每秒100个token。', '每秒100个token', 'Kimi K2 Thinking Turbo'],
  ['月之暗面發布了Kimi K2 Thinking。同時推出的還有K2 Thinking Turbo版本，輸出速度可達每秒100個token。', '每秒100個token', 'Kimi K2 Thinking Turbo'],
  ['智谱开源了GLM-4.5和GLM-4.5-Air。Air版价格更低，输入每百万tokens 0.2元。', '每百万tokens 0.2元', 'GLM-4.5-Air', 'variant Air'],
  ['智譜開源了GLM-4.5和GLM-4.5-Air。Air版價格更低，輸入每百萬tokens 0.2元。', '每百萬tokens 0.2元', 'GLM-4.5-Air', 'variant Air'],
  ['智谱开源了GLM-4.5和GLM-4.5-Air。\n\nAir版价格更低，输入每百万tokens 0.2元。', '每百万tokens 0.2元', 'GLM-4.5-Air', 'variant Air'],
  ['阿里云发布了Qwen3-Max和Qwen3-Max-Thinking。Thinking版的输出价格为每百万tokens 24元，标准版为每百万tokens 6元。', '每百万tokens 6元', 'Qwen3-Max', 'variant 标准版'],
  ['阿里雲發布了Qwen3-Max和Qwen3-Max-Thinking。Thinking版的輸出價格為每百萬tokens 24元，標準版為每百萬tokens 6元。', '每百萬tokens 24元', 'Qwen3-Max-Thinking', 'variant Thinking'],
]));

test('前者 and 后者 are the first and second of the last two things of a kind named, also across a paragraph break', () => check([
  ['在评测中，DeepSeek-V3.1得分66.0，而DeepSeek-R1为44.6。\n\n前者支持128K上下文，后者为64K。', '128K', 'DeepSeek-V3.1', 'coreference 前者'],
  ['在評測中，DeepSeek-V3.1得分66.0，而DeepSeek-R1為44.6。\n\n前者支援128K上下文，後者為64K。', '64K', 'DeepSeek-R1', 'coreference 后者'],
  ['DeepSeek-V3.1和DeepSeek-R1都在SWE-bench上测试过，前者得分66.0，后者为44.6。', '44.6', 'DeepSeek-R1'],
  // the one compared with (比前者) is a base
  ['本周，Meta发布了Llama 4 Maverick，阿里开源了Qwen3-235B-A22B。在多语言评测上，后者比前者高出约5分。', '约5分', 'Qwen3-235B-A22B', 'coreference 后者'],
  ['本週，Meta發布了Llama 4 Maverick，阿里開源了Qwen3-235B-A22B。在多語言評測上，後者比前者高出約5分。', '約5分', 'Qwen3-235B-A22B', 'coreference 后者'],
]));

test('names given as examples of a class (跟X、Y等公司一样) are no antecedent of a later 公司', () => check([
  ['云栖智能成立于2022年，总部位于北京。这也是云栖智能没有跟月之暗面、MiniMax等公司一样押注聊天应用的原因。目前公司团队约180人。', '约180人', '云栖智能', 'coreference 公司'],
  ['云栖智能成立于2022年，总部位于北京。这也是云栖智能没有跟月之暗面、MiniMax等公司一样押注聊天应用的原因。\n\n目前公司团队约180人。', '约180人', '云栖智能', 'coreference 公司'],
  ['雲棲智能成立於2022年，總部位於北京。這也是雲棲智能沒有跟月之暗面、MiniMax等公司一樣押注聊天應用的原因。\n\n目前公司團隊約180人。', '約180人', '云栖智能', 'coreference 公司'],
  // (a company named alone is still the one 公司 refers to)
  ['云栖智能成立于2022年。后来它与MiniMax达成合作。\n\n目前公司团队约180人。', '约180人', '稀宇科技', 'coreference 公司'],
]));

test('the size of a market is no one’s, whoever the sentence names after it', () => check([
  ['根据调研机构的数据，2024年中国AI加速芯片市场规模约为150亿美元，其中英伟达市占率约70%。', '150亿美元', null, 'generic'],
  ['根據調研機構的數據，2024年中國AI加速晶片市場規模約為150億美元，其中輝達市占率約70%。', '150億美元', null, 'generic'],
  ['根据调研机构的数据，2024年中国AI加速芯片市场规模约为150亿美元，其中英伟达市占率约70%。', '约70%', '英伟达'],
  // (nor the paragraph's company's, when the sentence names no one: the market it sells in, and its growth)
  ['码灵科技发布编程助手。按照我们的测算，到2027年中国AI编程工具市场规模将超过300亿元，年复合增长率约65%。', '超过300亿元', null, 'generic'],
  ['碼靈科技發布編程助手。按照我們的測算，到2027年中國AI編程工具市場規模將超過300億元，年複合增長率約65%。', '約65%', null, 'generic'],
  ['码灵科技发布编程助手。公司今年营收增长约65%。', '约65%', '码灵科技'],
]));

test('investors listed in a clause of their own (X、Y跟投, 老股东X继续加码) are no subject, here or in a later paragraph', () => check([
  // the company that raises is unknown: no one, never an investor
  ['星河智造今日宣布完成5亿元A轮融资，由高瓴资本领投，腾讯、小米跟投。', '5亿元', null],
  ['星河智造今日宣布完成5億元A輪融資，由高瓴資本領投，騰訊、小米跟投。', '5億元', null],
  ['智谱完成10亿元融资，红杉中国领投，腾讯、美团跟投，老股东启明创投继续加码。', '10亿元', '智谱'],
  // (参与 alone ends such a clause too: 腾讯与高榕资本参与)
  ['据知情人士透露，智谱已完成新一轮融资，金额超过3亿美元，腾讯与高榕资本参与，投后估值约40亿美元。', '约40亿美元', '智谱'],
  ['據知情人士透露，智譜已完成新一輪融資，金額超過3億美元，騰訊與高榕資本參與，投後估值約40億美元。', '約40億美元', '智谱'],
  ['智譜完成10億元融資，紅杉中國領投，騰訊、美團跟投。', '10億元', '智谱'],
  ['本轮由国有资本领投，腾讯、阿里巴巴等老股东继续跟投。一位知情人士透露，本轮中有超过一半以美元形式完成。', '超过一半', null],
  // 公司 in a later paragraph refers back past the investors, to the company that raised
  ['星河智造完成8亿元融资，腾讯、美团跟投。\n\n公司旗下机器人售价19.9万元。', '19.9万元', '星河智造'],
  ['星河智造完成8億元融資，騰訊、美團跟投。\n\n公司旗下機器人售價19.9萬元。', '19.9萬元', '星河智造'],
  // not an investor: the company that completes the round, even when the clause ends with 领投
  ['智谱完成由腾讯领投的10亿元融资。\n\n公司员工超过800人。', '超过800人', '智谱'],
  ['美团今年营收增长20%。\n\n公司员工超过10万人。', '超过10万人', '美团'],
]));

test('其中: a part of a total stated just before is about what the total is about', () => check([
  ['硅基流动平台上架了100多个模型，其中超过30个是免费的。', '超过30个', '硅基流动', 'subset 其中'],
  ['硅基流動平台上架了100多個模型，其中超過30個是免費的。', '超過30個', '硅基流动', 'subset 其中'],
  ['阿里云目前拥有员工约5000人，其中研发人员占比超过八成。', '超过八成', '阿里云', 'subset 其中'],
  ['阿里雲目前擁有員工約5000人，其中研發人員佔比超過八成。', '超過八成', '阿里云', 'subset 其中'],
  // a market's total is no one's, and so is its part
  ['今年全国智算规模超过50 EFLOPS，其中国产算力占比不低于六成。', '不低于六成', null],
  // a name after 其中 is what the part is about
  ['百度发布了20余款模型，其中文心4.5总参数3000亿。', '3000亿', '文心大模型 4.5'],
  ['百度發布了20餘款模型，其中文心4.5總參數3000億。', '3000億', '文心大模型 4.5'],
]));

test('an offering’s margin and oversubscription are the listing company’s, not the last company named', () => check([
  ['寒武纪与沐曦早前已在A股上市，市场对壁仞科技的孖展认购反应热烈。据券商统计，已录得逾60亿港元孖展额，相当于公开发售部分超额认购约12倍。', '逾60亿港元', '壁仞科技', 'listing company'],
  ['寒武紀與沐曦早前已在A股上市，市場對壁仞科技的孖展認購反應熱烈。據券商統計，已錄得逾60億港元孖展額，相當於公開發售部分超額認購約12倍。', '約12倍', '壁仞科技', 'listing company'],
  // no offering words: the paragraph's topic as before
  ['寒武纪与沐曦早前已在A股上市，市场对壁仞科技的孖展认购反应热烈。沐曦员工约800人。', '约800人', '沐曦'],
]));

test('the members of a group that is counted, with their makers (华为昇腾、寒武纪等8种芯片), are no subject', () => check([
  ['无问芯穹的平台分布在14个智算中心，覆盖华为昇腾、寒武纪、沐曦等8种国产芯片。', '8种', '无问芯穹'],
  ['無問芯穹的平台分佈在14個智算中心，覆蓋華為昇騰、寒武紀、沐曦等8種國產晶片。', '8種', '无问芯穹'],
]));

test('a transcript with speaker labels (主持人：, 嘉宾：, Q：/A：) is about the guest’s company its opening introduces', () => check([
  ['《AI圆桌》第12期 文字稿\n\n主持人：欢迎回来，今天的嘉宾是智谱的联合创始人李明。\n\n李明：谢谢邀请。\n\n主持人：团队规模现在多大？\n\n李明：现在团队有800多人，研究员占一半以上。', '800多人', '智谱', 'document'],
  ['《AI圓桌》第12期 文字稿\n\n主持人：歡迎回來，今天的嘉賓是智譜的聯合創始人李明。\n\n李明：謝謝邀請。\n\n主持人：團隊規模現在多大？\n\n李明：現在團隊有800多人，研究員佔一半以上。', '800多人', '智谱', 'document'],
  ['播客实录\n\nQ：今天请到的是百度的工程师。先说说你们的团队？\nA：现在团队有300多人。\nQ：那工作强度呢？\nA：还好。', '300多人', '百度', 'document'],
  // a guest introduced without a company: no one
  ['《AI圆桌》第12期 文字稿\n\n主持人：欢迎回来，今天的嘉宾是一位资深工程师。\n\n嘉宾：谢谢邀请。\n\n主持人：团队规模现在多大？\n\n嘉宾：现在团队有800多人。', '800多人', null],
  // no speaker labels: no transcript
  ['行业观察\n\n今天的嘉宾是智谱的联合创始人。\n\n现在团队有800多人。', '800多人', null],
  // turns labelled by the speakers' names (老周：, 陈琳：), the host's role in brackets: a transcript too, whose 我们 is the guest's company
  ['第87期｜对谈一家芯片创业公司CFO\n\n主持人（老周）：今天请到的是芯曜科技的CFO陈琳。\n\n陈琳：谢谢。\n\n老周：团队多大？\n\n陈琳：我们现在四百来号人。\n\n老周：收入呢？\n\n陈琳：去年收入差不多六个多亿。', '六个多亿', '芯曜科技'],
  ['第87期｜對談一家晶片新創公司CFO\n\n主持人（老周）：今天請到的是芯曜科技的CFO陳琳。\n\n陳琳：謝謝。\n\n老周：團隊多大？\n\n陳琳：我們現在四百來號人。\n\n老周：營收呢？\n\n陳琳：去年營收差不多六個多億。', '六個多億', '芯曜科技'],
  // lines opened by labels that are no one's turn (来源：, 注：) make no transcript
  ['行业观察\n\n今天请到的是芯曜科技的CFO。\n\n来源：官网\n注：数据未经审计\n来源：财报\n注：单位为元\n\n我们现在有400人。', '400人', null],
]));

test('a product line’s share of revenue in a sentence that names no one is the topic company’s, not its product’s', () => check([
  ['联发科第三季获利优于预期　天玑旗舰芯片出货带动手机业务\n\n联发科今日公布第三季财报，营收为1420亿元。\n\n以产品线来看，手机芯片营收占比约五成三，智能设备平台占比42%。', '约五成三', '联发科'],
  ['聯發科第三季獲利優於預期　天璣旗艦晶片出貨帶動手機業務\n\n聯發科今日公布第三季財報，營收為1420億元。\n\n以產品線來看，手機晶片營收占比約五成三，智慧裝置平台占比42%。', '42%', '联发科'],
  // a product's own measure is not the company's
  ['联发科第三季获利优于预期　天玑旗舰芯片出货带动手机业务\n\n联发科今日公布第三季财报，营收为1420亿元。\n\n天玑9500的端侧生成速度较前代提升约三成。', '约三成', '天玑9500'],
]));

test('a spec sheet’s memory, bandwidth, power, process node and efficiency are the product’s, not its maker’s', () => check([
  ['沐曦发布曦云C600：单卡算力2 PFLOPS\n\n沐曦推出曦云C600。曦云C600面向训练与推理。\n\n【规格】\n显存容量为144GB，显存带宽为4.8TB/s，整卡功耗为700W。', '700W', '曦云C600', 'document'],
  ['沐曦發布曦雲C600：單卡算力2 PFLOPS\n\n沐曦推出曦雲C600。曦雲C600面向訓練與推理。\n\n【規格】\n顯存容量為144GB，顯存頻寬為4.8TB/s，整卡功耗為700W。', '4.8TB/s', '曦云C600', 'document'],
  // what no hardware measures stays the company's
  ['沐曦发布曦云C600：单卡算力2 PFLOPS\n\n沐曦推出曦云C600。曦云C600面向训练与推理。\n\n【公司】\n目前员工超过500人，另有一个5nm的项目。', '超过500人', '沐曦'],
]));

test('我们的 offering a service: a place or a base named between (在X上实测, 比X) does not take the speaker’s figure', () => check([
  ['对话无问芯穹联合创始人\n\n问：推理这块呢？\n\n夏立雪：我们的推理引擎在Qwen3-235B-A22B上实测，单机吞吐比开源方案高2.4倍，首token延迟在400毫秒以下。', '2.4倍', '无问芯穹', 'speaker'],
  ['對話無問芯穹聯合創始人\n\n問：推理這塊呢？\n\n夏立雪：我們的推理引擎在Qwen3-235B-A22B上實測，單機吞吐比開源方案高2.4倍，首token延遲在400毫秒以下。', '400毫秒以下', '无问芯穹', 'speaker'],
  // a model named as what is measured is the subject
  ['对话无问芯穹联合创始人\n\n问：推理这块呢？\n\n夏立雪：我们实测Qwen3-235B-A22B的首token延迟在400毫秒以下。', '400毫秒以下', 'Qwen3-235B-A22B'],
]));

test('examples of a counted group (包括A、B等11家) or of a kind (（如昇腾910C）) are no subject', () => check([
  ['企业向备案的算力服务商（首批包括阿里云、浙江某运营商等11家）购买算力的，按实际支付金额的30%给予补贴。', '30%', null],
  ['企業向備案的算力服務商（首批包括阿里雲、浙江某運營商等11家）購買算力的，按實際支付金額的30%給予補貼。', '30%', null],
  ['使用国产芯片算力（如昇腾910C）的，补贴比例提高至四成。', '四成', null],
  ['使用國產晶片算力（如昇騰910C）的，補貼比例提高至四成。', '四成', null],
  // named as what is measured, not as an example
  ['昇腾910C的算力利用率提高至四成。', '四成', '昇腾910C'],
]));

test('新芯片, 这颗芯片: the chip named last, not the device of the paragraph that carries it', () => check([
  ['vivo发布vivo X200手机，搭载新一代天玑9400芯片。官方表示，新芯片的CPU性能提升约25%。', '约25%', '天玑9400', 'coreference 新芯片'],
  ['vivo發布vivo X200手機，搭載新一代天璣9400晶片。官方表示，新晶片的CPU效能提升約25%。', '約25%', '天玑9400', 'coreference 新晶片'],
  // 该产品 is still the paragraph's product
  ['vivo发布vivo X200手机，搭载新一代天玑9400芯片。该产品起售价为4299元。', '4299元', 'vivo X200'],
]));

test('a cause (受惠于…) and examples of a group of customers (X等客户) are not what the sentence is about', () => check([
  ['台积电公布财报，受惠于英伟达等客户的AI芯片需求，三季度营收达9899亿元。', '9899亿元', '台积电'],
  ['台積電公布財報，受惠於輝達等客戶的AI晶片需求，第三季營收達9,899億元。', '9,899億元', '台积电'],
  ['台积电为英伟达、AMD等客户代工，三季度营收增长30%。', '30%', '台积电'],
  ['得益于DeepSeek的带动，智谱的API调用量增长了3倍。', '3倍', '智谱'],
  ['英伟达三季度营收达351亿美元。', '351亿美元', '英伟达'],
]));

test('新模型 is not the predecessor or rival the sentence or paragraph compares with', () => check([
  ['耀衡智能发布耀衡-2技术报告。在评测中，耀衡-2的MMLU得分为88.7，整体与GPT-4o相当。\n\n相较上一代耀衡-1.5，新模型推理吞吐提升2.3倍。', '2.3倍', '耀衡-2'],
  ['耀衡智能發布耀衡-2技術報告。在評測中，耀衡-2的MMLU得分為88.7，整體與GPT-4o相當。\n\n相較上一代耀衡-1.5，新模型推理吞吐提升2.3倍。', '2.3倍', '耀衡-2'],
]));

test('a chip named in quotes after 芯片/晶片 takes its own measures', () => check([
  ['公司主力推理芯片「湃晶P3」采用7纳米工艺，单卡INT8算力达512 TOPS。', '512 TOPS', '湃晶P3'],
  ['公司主力推理晶片「湃晶P3」採用7奈米製程，單卡INT8算力達512 TOPS。', '512 TOPS', '湃晶P3'],
]));

test('a transcript that opens with its first turn (no title) is about the guest\'s company', () => check([
  ['主持人：今天我们请到了端侧模型创业公司澜微智能的联合创始人王林。\n\n王林：谢谢。我们刚完成2亿元B轮融资。\n\n主持人：团队多大？\n\n王林：一百二十人左右。', '2亿元', '澜微智能'],
  ['主持人：今天我們請到了端側模型創業公司澜微智能的聯合創始人王林。\n\n王林：謝謝。我們剛完成2億元B輪融資。\n\n主持人：團隊多大？\n\n王林：一百二十人左右。', '2億元', '澜微智能'],
]));

test('受惠 without 于 opens a cause too', () => check([
  ['晶圆代工龙头台积电公布财报。台积电表示，台积电今年将扩产。\n\n财务长指出，受惠英伟达Blackwell需求强劲，高效能运算平台营收占比升至六成三。', '六成三', '台积电'],
  ['晶圓代工龍頭台積電公布財報。台積電表示，台積電今年將擴產。\n\n財務長指出，受惠輝達Blackwell需求強勁，高效能運算平台營收占比升至六成三。', '六成三', '台积电'],
]));

test('shareholders (分别持股) are no antecedent for a later 公司', () => check([
  ['云衡智能向港交所递交招股书。腾讯、阿里巴巴分别持股6.2%、4.8%。公司最近一轮融资于去年完成，募资5亿美元。', '5亿美元', '云衡智能'],
  ['云衡智能向港交所遞交招股書。騰訊、阿里巴巴分別持股6.2%、4.8%。公司最近一輪融資於去年完成，募資5億美元。', '5億美元', '云衡智能'],
  // across paragraphs too
  ['云衡智能向港交所递交招股书。\n\n股权方面，腾讯、阿里巴巴分别持股6.2%、4.8%。公司最近一轮融资于去年完成，募资5亿美元。', '5亿美元', '云衡智能'],
  // the holding itself is still the holder's
  ['云衡智能向港交所递交招股书。腾讯、阿里巴巴分别持股6.2%、4.8%。', '6.2%', '腾讯'],
]));

test('a long speaker clause before 公司 still opens the sentence', () => check([
  ['云衡智能成立于2024年。\n\n创始人兼首席执行官林某在接受采访时表示，公司2025年营收约1.2亿元。', '约1.2亿元', '云衡智能'],
  ['云衡智能成立於2024年。\n\n創始人兼首席執行官林某在接受採訪時表示，公司2025年營收約1.2億元。', '約1.2億元', '云衡智能'],
]));

test('examples of a group of models or chips (X、Y等开源模型) are not what the sentence is about', () => check([
  ['百度推出推理加速服务，可将DeepSeek-V3、Qwen3等开源模型的推理吞吐提升2.3倍。', '2.3倍', '百度'],
  ['百度推出推理加速服務，可將DeepSeek-V3、Qwen3等開源模型的推理吞吐提升2.3倍。', '2.3倍', '百度'],
]));

test('the predecessor a change starts from (由上一代X的32K扩展至128K) keeps its own level; the new level is the topic\'s', () => check([
  ['澜海智能发布新一代模型澜海-3，上下文窗口由上一代澜海-2的32K扩展至128K。', '128K', '澜海-3'],
  ['澜海智能发布新一代模型澜海-3，上下文窗口由上一代澜海-2的32K扩展至128K。', '32K', '澜海-2'],
  ['瀾海智能發布新一代模型瀾海-3，上下文窗口由上一代瀾海-2的32K擴展至128K。', '128K', '澜海-3'],
]));

test('a model named for reference (作为对比，X…) is no antecedent for 新模型', () => check([
  ['澜海智能发布新一代模型澜海-3，输出价格为8元/百万tokens。作为对比，澜海-2发布时的输出定价是16元/百万tokens，新模型输出价格相当于打了五折。', '五折', '澜海-3'],
  ['澜海智能发布新一代模型澜海-3，输出价格为8元/百万tokens。作为对比，澜海-2发布时的输出定价是16元/百万tokens，新模型输出价格相当于打了五折。', '16元/百万tokens', '澜海-2'],
  ['瀾海智能發布新一代模型瀾海-3，輸出價格為8元/百萬tokens。作為對比，瀾海-2發布時的輸出定價是16元/百萬tokens，新模型輸出價格相當於打了五折。', '五折', '澜海-3'],
  // …nor for 其 (作为对照 too)
  ['DeepSeek-R1总参数为6710亿；作为对照，GPT-3的参数量为1750亿。其API输出价格为16元/百万tokens。', '16元/百万tokens', 'DeepSeek-R1'],
  ['DeepSeek-R1總參數為6710億；作為對照，GPT-3的參數量為1750億。其API輸出價格為16元/百萬tokens。', '16元/百萬tokens', 'DeepSeek-R1'],
]));

test('a cause (主因X…, 由于X…) names no subject, unless it states the figure itself', () => check([
  ['法人指出，纬曜科技10月营收爆发，主因英伟达GB300机柜开始大量出货，AI服务器占营收比重已攀升至七成二。', '七成二', '纬曜科技'],
  ['法人指出，緯曜科技10月營收爆發，主因輝達GB300機櫃開始大量出貨，AI伺服器占營收比重已攀升至七成二。', '七成二', '纬曜科技'],
  ['由于DeepSeek-V3的训练成本只有557万美元，业界震动。', '557万美元', 'DeepSeek-V3'],
]));

test('a transcript whose labels carry names (主持人老周：) is about the guest\'s company', () => check([
  ['主持人老周：欢迎收听。今天的嘉宾是推理云创业公司流岚算力的创始人林某。\n\n林某：好的。现在平台上的付费客户一千二百家左右。\n\n主持人老周：团队多大？\n\n林某：九十个人。', '一千二百家左右', '流岚算力'],
  ['主持人老周：歡迎收聽。今天的嘉賓是推理雲創業公司流嵐算力的創始人林某。\n\n林某：好的。現在平台上的付費客戶一千二百家左右。\n\n主持人老周：團隊多大？\n\n林某：九十個人。', '一千二百家左右', '流岚算力'],
]));

test('分别 pairs the figures with the names after the last figure before it', () => check([
  ['其中火山引擎以46.4%的份额位居第一，阿里云和百度智能云分列二、三位，份额分别为19.7%和9.2%。', '9.2%', '百度智能云', 'respectively'],
  ['其中火山引擎以46.4%的份額位居第一，阿里雲和百度智能雲分列二、三位，份額分別為19.7%和9.2%。', '19.7%', '阿里云', 'respectively'],
]));

test('a web page\'s navigation, sharing and source lines are no title: the story\'s title gives its topic', () => check([
  ['首页 ＞ 科技频道 ＞ AI快讯 ＞ 正文\n【字体：大 中 小】 复制链接 分享到：微博\n\n重磅！万象智能旗下推理模型万象-R1官宣大降价\n\n2026-11-26 10:23 来源：某某科技\n\n刚刚万象智能官方宣布，万象-R1的API价格全面下调：\n💰输入价格：降到１元/百万tokens\n\n万象-R1的上下文为256K，万象-R1很强。', '１元/百万tokens', '万象-R1'],
  // (a bar of short links, 登录 | 下载APP | 寻求报道, is no title either)
  ['云栖网 | 首页 > 创投 > 首发\n登录 | 下载APP | 寻求报道\n\n首发｜企业级Agent公司「云栖智能」完成5.5亿元B轮融资，阿里巴巴领投\n\n云栖智能近日完成5.5亿元B轮融资。云栖智能成立于2022年，云栖智能专注企业级Agent。\n\n算下来，公司累计融资额已接近10亿元人民币。', '接近10亿元人民币', '云栖智能', 'document'],
  ['雲棲網 | 首頁 > 創投 > 首發\n登錄 | 下載APP | 尋求報道\n\n首發｜企業級Agent公司「雲棲智能」完成5.5億元B輪融資，阿里巴巴領投\n\n雲棲智能近日完成5.5億元B輪融資。雲棲智能成立於2022年，雲棲智能專注企業級Agent。\n\n算下來，公司累計融資額已接近10億元人民幣。', '接近10億元人民幣', '云栖智能', 'document'],
]));

test('an interview with a company: a model\'s measure with no model in its sentence is of the company\'s one model', () => check([
  ['主持人：今天我们请到了端侧模型公司澈川智能的联合创始人赵某。\n\n赵某：我们上个月发布了澈川-Edge 2.0，可以在手机上离线运行。\n\n主持人：38亿参数在今天看不算大吧？\n\n赵某：预训练大概用了4.5万亿tokens。', '4.5万亿tokens', '澈川-Edge 2.0'],
  ['主持人：今天我們請到了端側模型公司澈川智能的聯合創始人趙某。\n\n趙某：我們上個月發布了澈川-Edge 2.0，可以在手機上離線運行。\n\n主持人：38億參數在今天看不算大吧？\n\n趙某：預訓練大概用了4.5萬億tokens。', '4.5萬億tokens', '澈川-Edge 2.0'],
  // two models of its own: no telling which
  ['主持人：今天我们请到了端侧模型公司澈川智能的联合创始人赵某。\n\n赵某：我们发布了澈川-Edge 2.0和澈川-Pro 3。\n\n主持人：预训练用了多少数据？\n\n赵某：预训练大概用了4.5万亿tokens。', '4.5万亿tokens', null],
]));

test('a Latin name and a code right before a kind of machine (Atlas 800I A2推理服务器) is that machine, and takes its price', () => check([
  ['【报价单】华为Atlas 800I A2推理服务器  配置：８卡 昇腾910B4，报价１２８万元。', '１２８万元', 'Atlas 800I A2'],
  ['【報價單】華為Atlas 800I A2推理伺服器  配置：８卡 昇騰910B4，報價１２８萬元。', '１２８萬元', 'Atlas 800I A2'],
  ['国内AI服务器出货量增长30%。', '30%', null],
]));

test('what is built on a product (基于昇腾950的X) is what its figures are about; an owner\'s chain stays a base', () => check([
  ['基于昇腾950的Atlas 950超节点由8192张昇腾卡组成，FP8算力达8 EFLOPS。', '8 EFLOPS', 'Atlas 950超节点'],
  ['基於昇騰950的Atlas 950超節點由8192張昇騰卡組成，FP8算力達8 EFLOPS。', '8 EFLOPS', 'Atlas 950超节点'],
  ['基于Llama 3.1的StarGPT参数为80亿。', '80亿', 'StarGPT'],
]));

test('what money is spent on (用于X的研发, 投向X) is not what the figure is about', () => check([
  ['芯湃科技今日招股。集資所得款項淨額中，約45%將用於下一代晶片P5的研發。', '約45%', '芯湃科技'],
  ['芯湃科技今日招股。募资所得款项净额中，约45%将用于下一代芯片P5的研发。', '约45%', '芯湃科技'],
]));

test('a post\'s author and its time and client line are no title; a summary of one filing (招股说明书要点速览) is no digest', () => check([
  ['首页  >  热门微博  >  科技\n\n科技老猫🐱 V\n11-20 09:41 来自 iPhone客户端  已编辑\n\n【实测】百度刚发布的文心大模型4.5，我连夜跑了一遍\n\n文心大模型4.5很强。文心大模型4.5上下文为128K。\n\n总参数约4240亿。', '约4240亿', '文心大模型 4.5'],
  ['澈川智能科技股份有限公司科创板IPO招股说明书（注册稿）要点速览\n\n【发行概况】澈川智能本次拟公开发行人民币普通股7,500万股。澈川智能表示将继续投入研发。澈川智能2025年收入为8.9亿元。\n\n报告期内，公司研发开支为12.4亿元。', '12.4亿元', '澈川智能'],
]));

test('a model\'s measure with no model named takes the one model the title names, however seldom the text names it again', () => check([
  ['【实测】阿里刚开源的Qwen3-Next，我连夜跑了一遍\n\n说几个结论：\n\n1. 参数：总参数800亿，比Qwen3的旗舰小得多。\n\n2. 上下文：官方说原生支持256K。\n\n3. 价格：输入0.5元/百万tokens。', '800亿', 'Qwen3-Next'],
  ['【實測】阿里剛開源的Qwen3-Next，我連夜跑了一遍\n\n說幾個結論：\n\n1. 參數：總參數800億，比Qwen3的旗艦小得多。\n\n2. 上下文：官方說原生支援256K。', '800億', 'Qwen3-Next'],
  // a post that tries a new model, its name a brand, a hyphen and a variant (新出的灵雀-Max)
  ['#AI大模型# 刚刚实测了一下新出的灵雀-Max 🔥🔥\n\n先说结论：输入只要每百万tokens 0.6元。\n\n上下文给到了256K。', '256K', '灵雀-Max'],
  ['#AI大模型# 剛剛實測了一下新出的靈雀-Max 🔥🔥\n\n先說結論：輸入只要每百萬tokens 0.6元。\n\n上下文給到了256K。', '256K', '灵雀-Max'],
  // a title that reads a model's report (X技术报告精读, X論文解讀) is about that model
  ['论文笔记｜千卡集群上的稀疏训练：Lantao-MoE技术报告精读\n\n## 一句话总结\n\n用38天训完一个总参数1.2万亿的模型。', '1.2万亿', 'Lantao-MoE'],
  ['論文筆記｜Lantao-MoE技術報告解讀\n\n## 一句話總結\n\n總參數1.2萬億，每token啟用800億參數。', '800億參數', 'Lantao-MoE'],
  // a roundup's item: the company its line's first field names, though investors follow (穹顶机器人|B轮|红杉领投)
  ['二、具身智能\n\n穹顶机器人|B轮|北京某基金领投，美团、腾讯跟投\n本轮融资金额近10亿元，是该公司一年内完成的第三轮融资，投后估值突破百亿元。', '百亿元', '穹顶机器人'],
  ['二、具身智能\n\n穹頂機器人｜B輪｜北京某基金領投，美團、騰訊跟投\n本輪融資金額近10億元，是該公司一年內完成的第三輪融資。', '近10億元', '穹顶机器人'],
  // a model the title compares with is no topic
  ['论文速读｜让7B模型的数学推理逼近GPT-4\n\n作者团队只有6名研究者。\n\n训练约3周。', '约3周', null],
]));

test('公司 after a time word (第三季度公司, 今年公司) is the company reported on, not a class of companies', () => check([
  ['澈川科技第三季度业绩说明会\n\n刘某（CFO）：第三季度公司实现营业收入28.7亿元，同比增长31%。', '28.7亿元', '澈川科技'],
  ['澈川科技第三季度業績說明會\n\n劉某（CFO）：今年公司實現營業收入28.7億元，同比增長31%。', '31%', '澈川科技'],
  ['国内AI芯片公司营收普遍增长三成。', '三成', null],
  // (另据悉 opens a sentence about an unnamed company)
  ['天汇数码行政总裁梁子轩表示，租金回落。另据悉，一家内地头部大模型公司日前签订总值约12亿港元的机房租约。', '约12亿港元', null],
  ['天匯數碼行政總裁梁子軒表示，租金回落。另據悉，一家內地頭部大模型公司日前簽訂總值約12億港元的機房租約。', '約12億港元', null],
  // (公司 after a verb or a preposition is an object, the company spoken of: 训练使用公司自建…, 对上市公司…)
  ['百度2025年第一季度报告\n\n百度发布文心大模型4.5。训练使用公司自建智算中心1,024张国产加速卡，历时约21天。', '约21天', '文心大模型 4.5'],
  ['百度2025年第一季度報告\n\n百度發布文心大模型4.5。訓練使用公司自建智算中心1,024張國產加速卡，歷時約21天。', '約21天', '文心大模型 4.5'],
  // (a paragraph indented with full-width spaces, and 上市后公司, still open with the company)
  ['瀚海智能招股书要点\n\n　　瀚海智能拟全球发售6,000万股。\n\n　　公司已引入5名基石投资者，合共认购约1.2亿美元。', '约1.2亿美元', '瀚海智能'],
  ['瀚海智能招股書要點\n\n　　瀚海智能擬全球發售6,000萬股，上市後公司總股本約6億股。', '約6億股', '瀚海智能'],
]));

test('an official account\'s calls to follow, its 原创 byline and ruled lines are no title either', () => check([
  ['👆点击上方蓝字「某某前哨」关注我们，每天一篇干货\n\n🌟 星标公众号，第一时间收到推送 🌟\n\n━━━━━━━━\n\n重磅｜澈川-5 正式开源！\n\n原创　小编　某某前哨　2026年11月28日 08:06\n\n今天凌晨，澈川智能开源了新一代大模型 澈川-5。\n\n先上核心参数：\n📌 总参数：６４００亿\n\n澈川-5的上下文为256K，澈川-5很强。', '６４００亿', '澈川-5'],
  ['👆點擊上方藍字「某某前哨」關注我們\n\n━━━━━━━━\n\n重磅｜澈川-5 正式開源！\n\n今天凌晨，澈川智能開源了新一代大模型 澈川-5。\n\n先上核心參數：\n📌 總參數：６４００億\n\n澈川-5的上下文為256K，澈川-5很強。', '６４００億', '澈川-5'],
]));

test('a Latin name with a version after 模型 is a model, and what its launch sentence says is about it', () => check([
  ['字节跳动旗下火山引擎昨日发布视频生成模型 Seedance 2.0，可一次生成最长15秒的视频。', '15秒', 'Seedance 2.0'],
  ['字節跳動旗下火山引擎昨日發布影片生成模型 Seedance 2.0，可一次生成最長15秒的影片。', '15秒', 'Seedance 2.0'],
  ['某实验室的推理模型Zeta 2参数为80亿。', '80亿', 'Zeta 2'],
  // (two capitals before a hyphen: 基座模型HC-Mind 3.0)
  ['今年4月，公司发布新一代基座模型HC-Mind 3.0。HC-Mind 3.0的API输入是每百万tokens 0.8元。', '每百万tokens 0.8元', 'HC-Mind 3.0'],
  ['今年4月，公司發布新一代基座模型HC-Mind 3.0。HC-Mind 3.0的API輸入是每百萬tokens 0.8元。', '每百萬tokens 0.8元', 'HC-Mind 3.0'],
  // a company's own figures stay the company's
  ['火山引擎发布视频生成模型 Seedance 2.0，公司营收增长30%。', '30%', '火山引擎'],
]));

test('a chip named by a Chinese brand and a code after what it is (NPU 川流C3, 晶片鋒芯T3, 产品芯域R1) takes its measures', () => check([
  ['矽川科技也在上周发布了其第二代NPU 川流C3：INT8算力为128 TOPS。', '128 TOPS', '川流C3'],
  ['鋒芯主力產品為雲端推理晶片鋒芯T3，採用7納米工藝。', '7納米', '锋芯T3'],
  ['推理芯片设计公司芯域半导体值得关注：其首款产品芯域R1采用7nm工艺，INT8算力256 TOPS。', '256 TOPS', '芯域R1'],
]));

test('the publisher of a study (X发布的《…》显示) is its source, never what it measures', () => check([
  ['近日，中国信息通信研究院发布的《人工智能产业发展研究报告》显示，2025年我国人工智能核心产业规模约为7800亿元，同比增长百分之二十六点五。', '百分之二十六点五', null],
  ['近日，中國信息通信研究院發布的《人工智能產業發展研究報告》顯示，2025年我國人工智能核心產業規模約為7800億元，同比增長百分之二十六點五。', '百分之二十六點五', null],
]));

test('examples of a group with their maker (华为昇腾、寒武纪等国产芯片…合计) name no subject of the total', () => check([
  ['华为昇腾、寒武纪、海光等国产芯片在政务智算中心的采购份额合计已超过55%。', '超过55%', null],
  ['華為昇騰、寒武紀、海光等國產晶片在政務智算中心的採購份額合計已超過55%。', '超過55%', null],
]));

test('what a chip runs (推理X时) and what a price is compared with (低于同配置的X) are not its subject', () => check([
  ['MTT S6000单卡推理DeepSeek-R1时吞吐较上一代MTT S4000提升3.5倍。', '3.5倍', 'MTT S6000'],
  ['MTT S6000跑Qwen3-32B这种稠密模型，单卡吞吐较上一代提升3.5倍。', '3.5倍', 'MTT S6000'],
  ['业内人士指出，星河-4的总参数与DeepSeek-V3的6710亿相比接近翻倍。', '6710亿', 'DeepSeek-V3'],
  ['此外，星河-4-Air还有一个面向手机和PC的端侧蒸馏版星河-4-Nano，参数量仅为8B。', '8B', '星河-4-Nano'],
  ['此外，星河-4-Air還有一個面向手機和PC的端側蒸餾版星河-4-Nano，參數量僅為8B。', '8B', '星河-4-Nano'],
  ['業內人士指出，星河-4的總參數與DeepSeek-V3的6710億相比接近翻倍。', '6710億', 'DeepSeek-V3'],
  ['MTT S6000跑Qwen3-32B這種稠密模型，單卡吞吐較上一代提升3.5倍。', '3.5倍', 'MTT S6000'],
  ['MTT S6000單卡推理DeepSeek-R1時吞吐較上一代MTT S4000提升3.5倍。', '3.5倍', 'MTT S6000'],
  ['渠道人士透露，MTT S6000的8卡服务器整机报价约180万元，显著低于同配置的H200服务器。', '约180万元', 'MTT S6000'],
]));

test('a count of a listed group (X、Y等12家) is no one\'s when the list opens its clause; what a subject lists after a verb is its own', () => check([
  ['华为云、阿里云、商汤科技、中国电信等12家算力服务商入围首批服务目录，其中商汤临港智算中心的算力超过5000 PFLOPS。', '12家', null],
  ['華為雲、阿里雲、商湯科技、中國電信等12家算力服務商入圍首批服務目錄。', '12家', null],
  ['阶跃星辰已发布Step-3、Step-2等20余款基础模型。', '20余款', '阶跃星辰'],
]));

test('a machine of counted cards (8卡H100整机) is what its price is about; an emoji ends a clause in a post', () => check([
  ['３. ８卡H100整机包月约６.８万元/月，要签３个月起', '约６.８万元/月', 'H100'],
  ['8卡H100整機包月約6.8萬元/月。', '約6.8萬元/月', 'H100'],
  ['H100整机这价格已经算良心了👍 我这边H20 ９.９元/小时，96GB显存。', '９.９元/小时', 'H20'],
]));

test('全年 opens a sentence like a time word (2025年全年公司交付…)', () => check([
  ['具身智能公司灵枢机器人今日宣布完成融资。\n\n创始人兼CEO陈某在接受采访时表示，2025年全年公司交付人形机器人1800余台，营收3.6亿元。', '3.6亿元', '灵枢机器人'],
]));

test('an award\'s amount in a notice is the supplier\'s named on the label line above (供应商名称：X / 中标金额：…)', () => check([
  ['三、中标信息\n供应商名称：华为技术有限公司\n中标金额：人民币壹亿贰仟叁佰肆拾伍万元整（¥123,450,000.00）', '¥123,450,000.00', '华为'],
  ['三、決標資訊\n得標廠商：華為技術有限公司\n決標金額：新臺幣壹億貳仟萬元整', '新臺幣壹億貳仟萬元整', '华为'],
  // a budget is no one's
  ['三、中标信息\n供应商名称：华为技术有限公司\n预算金额：人民币壹亿伍仟万元整', '壹亿伍仟万元整', null],
  // (a label that names both words, 中标（成交）)
  ['二、中标（成交）信息\n中标（成交）供应商名称：中国电信股份有限公司云川分公司\n供应商地址：云川市高新区科创大道188号\n中标（成交）金额：人民币叁亿贰仟陆佰捌拾万元整（¥326,800,000.00）', '¥326,800,000.00', '中国电信', 'supplier above'],
  ['二、中標（成交）資訊\n中標（成交）供應商名稱：中國電信股份有限公司雲川分公司\n供應商地址：雲川市高新區科創大道188號\n中標（成交）金額：人民幣叁億貳仟陸佰捌拾萬元整', '叁億貳仟陸佰捌拾萬元整', '中国电信', 'supplier above'],
]));

test('a chain runs through the quote mark before the head (华为推出的“盘古大模型5.0”)', () => check([
  ['由华为研发的“盘古大模型5.0”已在16个地市上线，累计服务群众超过3200万人次。', '超过3200万人次', '盘古大模型 5.0', 'chain'],
  ['由華為研發的「盤古大模型5.0」已在16個地市上線，累計服務群眾超過3200萬人次。', '超過3200萬人次', '盘古大模型 5.0', 'chain'],
]));

test('a company\'s call (法说会, 逐字稿) is about the company its title names; a label may hold a role and a name (财务长 黄雅琪：)', () => check([
  ['鴻曜電子2025年第三季法說會逐字稿（節錄）\n\n主持人：歡迎各位參加鴻曜電子第三季法人說明會。\n\n財務長 黃雅琪：第三季合併營收為新台幣1,052億元，季增18%。\n\n執行長 林志明：我們預期第四季出貨量將再成長兩成。', '新台幣1,052億元', '鸿曜电子'],
  ['鸿曜电子2025年第三季度业绩说明会实录\n\n主持人：欢迎各位参加鸿曜电子业绩说明会。\n\n财务长 黄雅琪：第三季度营收为1052亿元，环比增长18%。\n\n执行长 林志明：我们预计第四季度出货量将再增长两成。', '两成', '鸿曜电子'],
]));

test('a partner (与X合作的) and a tool something is run with (用X跑) are not what the figures are about', () => check([
  ['我们与辉达合作的GB200机柜，第三季出货约1,200柜。', '约1,200柜', 'GB200'],
  ['我們與輝達合作的GB200機櫃，第三季出貨約1,200櫃。', '約1,200櫃', 'GB200'],
  ['在4卡A100上用vLLM跑Qwen2.5-72B，单请求decode速度约38 tokens/s。', '约38 tokens/s', 'Qwen2.5-72B'],
  ['在4卡A100上用vLLM跑Qwen2.5-72B，單請求decode速度約38 tokens/s。', '約38 tokens/s', 'Qwen2.5-72B'],
]));

test('a lot\'s lines below its supplier\'s label are the supplier\'s, not the buyer\'s budget, not over a part\'s heading', () => check([
  ['【标包二】智算算力租赁服务\n采购预算：650万元\n第一中标候选人：西云算力科技有限公司\n服务单价：每卡时人民币玖元捌角伍分\n服务要求：可调度规模不少于1024卡。', '不少于1024卡', '西云算力'],
  ['【標包二】智算算力租賃服務\n採購預算：650萬元\n第一中標候選人：西雲算力科技有限公司\n服務要求：可調度規模不少於1024卡。', '不少於1024卡', '西云算力'],
  ['【标包二】智算算力租赁服务\n采购预算：650万元\n第一中标候选人：西云算力科技有限公司', '650万元', null],
  ['三、中标信息\n供应商名称：华为技术有限公司\n四、主要标的信息\n1. 智算规模：FP16算力不低于200 PFLOPS；', '不低于200 PFLOPS', null],
]));

const PLANS = '墨言AI · 定价方案\n\n首页 | 功能 | 定价 | 登录\n\n# 选择适合你的写作方案\n\n超过 260 万创作者正在用墨言AI写报告、写文案。\n\n' +
  '| | 免费版 | 专业版 | 团队版 |\n|---|---|---|---|\n| **月付价格** | ¥0 | ¥39/月 | ¥99/席位/月 |\n| **上下文长度** | 8K | 128K | 128K |\n| **可用模型** | 墨言-Lite | GPT-4o、DeepSeek-V3 | 全部模型 |\n';
const BLOG = '# 从零训练一个 7B 模型的账本\n\n> 周屿 · 2024-11-18 · 技术 / 大模型 · 阅读约 15 分钟\n\n今年 6 月到 10 月，我们从零预训练了一个 7B 基座模型 Kestrel-7B，并开源了权重。\n\n' +
  '- **参数量**：69.4 亿\n- **训练数据**：2.2 万亿 tokens\n\n对比 Llama 3.1 8B 和 Qwen2.5-7B：Llama 3.1 8B 用了 15 万亿 tokens，Qwen2.5-7B 用了 18 万亿 tokens。Llama 3.1 8B 和 Qwen2.5-7B 都比 Kestrel-7B 强，' +
  '但 Llama 3.1 8B 和 Qwen2.5-7B 的训练成本高得多。';

test('a product\'s name over its own pricing page (墨言AI · 定价方案) is the product\'s, and so is every plan\'s price and quota below it', () => check([
  [PLANS, '¥39/月', '墨言AI', 'document'],
  [PLANS, '超过 260 万', '墨言AI'],
  [PLANS.replace('定价方案', '定價方案').replace('创作者', '創作者'), '128K', '墨言AI'],
]));

test('a title that names no one leaves the document to its lead\'s one name, when no other is named as often', () => check([
  ['西部智算中心二期投产\n\n日前，由西云算力投资建设的天枢智算中心二期工程正式投产。二期新增1.2万张加速卡。\n\n园区年用电量约4.2亿千瓦时，对外算力租赁价格为每卡时6.8元。\n\n西云算力相关负责人表示，三期将继续扩容。', '每卡时6.8元', '西云算力'],
  ['西部智算中心二期投產\n\n日前，由西雲算力投資建設的天樞智算中心二期工程正式投產。二期新增1.2萬張加速卡。\n\n園區年用電量約4.2億千瓦時。\n\n西雲算力相關負責人表示，三期將繼續擴容。', '約4.2億千瓦時', '西云算力'],
  // a lead whose name is not named again leaves it no one's
  ['西部智算中心二期投产\n\n日前，由西云算力投资建设的天枢智算中心二期工程正式投产。\n\n园区年用电量约4.2亿千瓦时。', '约4.2亿千瓦时', null],
  // (a post's byline is no lead; the model the writers say they made is theirs, however often they compare it with others)
  [BLOG, '69.4 亿', 'Kestrel-7B'],
  [BLOG.replace('训练数据', '訓練數據').replace('我们', '我們'), '2.2 万亿 tokens', 'Kestrel-7B'],
]));

test('the writer\'s remarks after a list\'s items (小编观察：) speak of no item\'s heading', () => check([
  ['五、深维智能获天使+轮融资\nAI Agent初创公司深维智能获近5000万元天使+轮融资。\n\n小编观察：今年以来，具身智能赛道累计融资已超200亿元。', '超200亿元', null],
  ['五、深維智能獲天使+輪融資\nAI Agent初創公司深維智能獲近5000萬元天使+輪融資。\n\n小編觀察：今年以來，具身智能賽道累計融資已超200億元。', '超200億元', null],
  ['五、深维智能获天使+轮融资\nAI Agent初创公司深维智能获近5000万元天使+轮融资。\n\n公司估值约3亿元。', '约3亿元', '深维智能'],
]));

test('the buyer\'s own figures in a lot (預算, 預估用量) are no one\'s, in traditional script too', () => check([
  ['第一中標候選人：西雲算力科技有限公司\n預估用量：60萬卡時\n服務要求：可調度規模不少於1024卡。', '60萬卡時', null],
  ['第一中标候选人：西云算力科技有限公司\n预估用量：60万卡时\n服务要求：可调度规模不少于1024卡。', '60万卡时', null],
]));

test('a name after the figure of a kind its attribute is never about is no subject (一体机…算力…预装DeepSeek-R1)', () => check([
  ['训推一体机单机FP16算力不低于2.5 PFLOPS，预装DeepSeek-R1模型。', '不低于2.5 PFLOPS', null],
  ['訓推一體機單機FP16算力不低於2.5 PFLOPS，預裝DeepSeek-R1模型。', '不低於2.5 PFLOPS', null],
]));

test('传统 opens a generic sentence (传统企业), not a segment of the company reported on (传统视觉AI收入)', () => check([
  ['商汤集团公布全年业绩。生成式AI收入24.04亿元；传统视觉AI收入则按年下跌28.7%至9.46亿元。', '9.46亿元', '商汤科技'],
  ['商湯集團公布全年業績。生成式AI收入24.04億元；傳統視覺AI收入則按年下跌28.7%至9.46億元。', '28.7%', '商汤科技'],
  ['商汤集团公布全年业绩。传统企业的数字化投入增长了20%。', '20%', null],
]));

test('a company\'s unit named whole (百度智能云) is called by the rest of its name after it (智能云), not before', () => check([
  ['百度智能云第二季度收入51亿元。\n\n百度第二季度总营收339亿元。\n\n沈抖称，二季度智能云营收达到56亿元。', '56亿元', '百度智能云'],
  ['百度智能雲第二季收入51億元。\n\n百度第二季總營收339億元。\n\n沈抖稱，第二季智能雲營收達到56億元。', '56億元', '百度智能云'],
  ['百度第四季度总营收341亿元，非在线营销收入86亿元，同比增长18%，主要由智能云业务拉动。\n\n百度智能云第四季度营收56亿元。', '18%', '百度'],
]));

test('a model a cluster is for is no subject, except of what it costs to train it (用于训练下一代模型“澜思-3”，预计训练成本…)', () => check([
  ['智澜科技将再扩充一个千卡集群，用于训练下一代模型“澜思-3”，预计训练成本在3-5亿元之间。', '3-5亿元', '澜思-3'],
  ['智瀾科技將再擴充一個千卡集群，用於訓練下一代模型「瀾思-3」，預計訓練成本在3-5億元之間。', '3-5億元', '澜思-3'],
  ['智澜科技完成5亿元融资，将用于下一代模型“澜思-3”的研发。', '5亿元', '智澜科技'],
]));

test('平台 opening a clause is the platform just named (目前平台已服务…)', () => check([
  ['深澜智能的核心产品是智能体平台“深澜Agent”。林舟介绍，目前平台已服务超过300家企业客户。', '超过300家', '深澜Agent'],
  ['深瀾智能的核心產品是智能體平台「深瀾Agent」。林舟介紹，目前平台已服務超過300家企業客戶。', '超過300家', '深澜Agent'],
]));

test('a new name\'s maker is the company named just before it in its sentence: its company figures are the maker\'s', () => check([
  ['深澜智能的核心产品是智能体平台“深澜Agent”。目前平台已服务超过300家企业客户，今年的年化经常性收入有望突破8000万元。团队规模为85人。', '85人', '深澜智能', 'maker'],
  ['深瀾智能的核心產品是智能體平台「深瀾Agent」。目前平台已服務超過300家企業客戶，今年的年化經常性收入有望突破8000萬元。', '8000萬元', '深澜智能', 'maker'],
]));

test('a product\'s revenue said of it by name or as 它 is its own, not its maker\'s (Devin的ARR, 可灵累计收入)', () => check([
  ['再看Cognition。其产品Devin定价500美元/月，据接近该公司的人士透露，Devin的ARR在1500万美元左右。', '1500万美元左右', 'Devin', 'clause'],
  ['再看Cognition。其產品Devin定價500美元/月，據接近該公司的人士透露，Devin的ARR在1500萬美元左右。', '1500萬美元左右', 'Devin', 'clause'],
  ['快手的可灵AI则是另一个惊喜。管理层披露，可灵AI自去年6月推出以来累计收入已超过1亿元人民币。', '超过1亿元人民币', '可灵'],
  ['快手的可靈AI則是另一個驚喜。管理層披露，可靈AI自去年6月推出以來累計收入已超過1億元人民幣。', '超過1億元人民幣', '可灵'],
]));

test('the base of a share is named before its measure too (仅为Llama 3.1 405B训练成本的不到十分之一)', () => check([
  ['启明智算发布启明-MoE-2。启明-MoE-2的训练成本约390.8万美元，仅为Llama 3.1 405B训练成本的不到十分之一。', '不到十分之一', '启明-MoE-2'],
  ['啟明智算發布啟明-MoE-2。啟明-MoE-2的訓練成本約390.8萬美元，僅為Llama 3.1 405B訓練成本的不到十分之一。', '約390.8萬美元', '启明-MoE-2'],
]));

test('a facility named as one is the subject of its figures, where it is written again too', () => check([
  ['位于宁夏中卫的北辰智算中心一期工程日前正式投产，项目从开工到投产仅用时11个月。\n\n价格方面，北辰智算中心的预订率超过百分之九十。', '超过百分之九十', '北辰智算中心'],
  ['位於寧夏中衛的北辰智算中心一期工程日前正式投產，投產後的運維團隊約180人。', '約180人', '北辰智算中心'],
]));

test('a quarter opens a sentence without being its subject (今年前三季度国内…赛道); an amount said of a compared name with 的 is its own (与4050亿参数的Llama 3.1 405B相当)', () => check([
  ['深澜智能完成A轮融资。据IT桔子数据，今年前三季度国内AI Agent赛道共发生融资事件127起，披露融资总额约86亿元。', '约86亿元', null, 'generic'],
  ['深瀾智能完成A輪融資。據IT桔子數據，今年前三季度國內AI Agent賽道共發生融資事件127起。', '127起', null, 'generic'],
  ['DeepSeek-V3在激活参数只有370亿的情况下，实现了与4050亿参数的Llama 3.1 405B相当的效果。', '4050亿参数', 'Llama 3.1 405B', 'after 的'],
  ['DeepSeek-V3在激活參數只有370億的情況下，實現了與4050億參數的Llama 3.1 405B相當的效果。', '4050億參數', 'Llama 3.1 405B', 'after 的'],
]));

test('the rest or the top of a field (其余厂商, 排名前五的厂商中, 头部5家厂商) is no one; a year in Chinese numerals opens a sentence', () => check([
  ['其中，火山引擎份额约两成，阿里云逾三成，百度智能云一成半，其余厂商合计不到四成。', '不到四成', null, 'generic'],
  // (after where the group is: 榜单中排名前十的应用)
  ['豆包月活第一。此外，榜单中排名前十的应用合计月活约2.9亿。', '约2.9亿', null, 'generic'],
  ['豆包月活第一。此外，榜單中排名前十的應用合計月活約2.9億。', '約2.9億', null, 'generic'],
  // (an unnamed company: 一家不愿具名的初创公司)
  ['月之暗面单轮融资十亿美元，一家不愿具名的初创公司天使轮获得壹佰万元。', '壹佰万元', null, 'generic'],
  ['月之暗面單輪融資十億美元，一家不願具名的初創公司天使輪獲得壹佰萬元。', '壹佰萬元', null, 'generic'],
  ['其中，火山引擎份額約兩成，阿里雲逾三成，百度智能雲一成半，其餘廠商合計不到四成。', '不到四成', null, 'generic'],
  ['价格战让Kimi的日活跌去三分之一。排名前五的厂商中，目前只有两家实现了单季度盈利。', '两家', null, 'generic'],
  // (where the group is, before it: 硅谷头部实验室, 海外多数厂商)
  ['DeepSeek-V3训练成本为557.6万美元。作为对照，硅谷头部实验室训练一个前沿模型，动辄要花掉上亿美元。', '上亿美元', null, 'generic'],
  ['DeepSeek-V3訓練成本為557.6萬美元。作為對照，矽谷頭部實驗室訓練一個前沿模型，動輒要花掉上億美元。', '上億美元', null, 'generic'],
  ['百度智能云一成半。另据IDC预测，二〇二八年全球AI相关支出将达1.2兆美元。', '1.2兆美元', null, 'generic'],
  ['Kimi月活2000万。综合来看，头部5家厂商已占据国内大模型调用量的逾七成。', '逾七成', null, 'generic'],
]));

test('a level right after 后者的 or 前者的 in a comparison is that one\'s own (略高于后者的96.4%)', () => check([
  ['DeepSeek-R1比OpenAI的o1便宜约27倍，它在MATH-500上的得分为97.3%，略高于后者的96.4%。', '96.4%', 'o1', 'coreference 后者'],
  ['DeepSeek-R1比OpenAI的o1便宜約27倍，它在MATH-500上的得分為97.3%，略高於後者的96.4%。', '96.4%', 'o1', 'coreference 后者'],
]));

test('a base after 只有调用 is compared with, not the subject (成本只有调用GPT-4o的二十分之一)', () => check([
  ['深澜智能发布深澜-7B小模型。我们用深澜-7B处理简单任务，成本只有调用GPT-4o的二十分之一。', '二十分之一', '深澜-7B'],
]));

test('models counted in a release are its family\'s before the company\'s (Qwen3系列，共包含8款模型，其中MoE模型2款)', () => check([
  ['今日，阿里云正式发布并开源新一代通义千问模型Qwen3系列，共包含8款模型，其中MoE模型2款、稠密模型6款。', '8款', 'Qwen3'],
  ['今日，阿里雲正式發布並開源新一代通義千問模型Qwen3系列，共包含8款模型，其中MoE模型2款、稠密模型6款。', '2款', 'Qwen3'],
  ['阿里云发布通义千问2.5：一次开源100多个模型。', '100多个', 'Qwen2.5'],
  ['百度已发布20个模型。', '20个', '百度'],
]));

test('a name after a measure of the name before it, with its own measure, is no base of a share (Claude的召回率为99.6%，Kimi的召回率超过99%)', () => check([
  ['在长文本测试中，Claude 3.5 Sonnet的召回率为99.6%，Kimi的召回率超过99%。', '超过99%', 'Kimi'],
  ['在長文本測試中，Claude 3.5 Sonnet的召回率為99.6%，Kimi的召回率超過99%。', '超過99%', 'Kimi'],
  ['GPT-4o的得分为88.7%，Claude 3.5 Sonnet的得分为88.3%。', '88.3%', 'Claude 3.5 Sonnet'],
]));

test('a name second to which something ranks is compared with, and so is the name joined to it (仅次于华为昇腾与英伟达); 领先的 before a name describes it', () => check([
  ['芯曜科技发布年报。公司在国内AI训练芯片市场的份额约为4.5%，仅次于华为昇腾与英伟达。', '4.5%', '芯曜科技'],
  ['芯曜科技發布年報。公司在國內AI訓練晶片市場的份額約為4.5%，僅次於華為昇騰與英偉達。', '4.5%', '芯曜科技'],
  ['智谱发布财报。公司的市场份额为12%，仅次于百度。', '12%', '智谱'],
  ['份额领先的火山引擎与阿里云更能承受价格战：前者的企业客户超过3万家。', '超过3万家', '火山引擎'],
  ['份額領先的火山引擎與阿里雲更能承受價格戰：前者的企業客戶超過3萬家。', '超過3萬家', '火山引擎'],
]));

test('a clause about a part of a field (部分开源模型, 一些国产模型, 多数厂商) is no one\'s', () => check([
  ['Kimi的召回率超过99%，而部分开源模型在超过64K后召回率下降至60%以下。', '60%以下', null, 'generic'],
  ['Kimi的召回率超過99%，而部分開源模型在超過64K後召回率下降至60%以下。', '60%以下', null, 'generic'],
  ['DeepSeek-R1的得分为90分，多数开源模型低于80分。', '低于80分', null, 'generic'],
  ['DeepSeek-R1的得分為90分，一些國產模型不到80分。', '不到80分', null, 'generic'],
]));
test('a group that is the base of a multiple leaves the figure to the paragraph (是表中其余模型的15倍以上)', () => check([
  ['上下文方面，MiniMax-Text-01可处理400万tokens的输入，是表中其余模型的15倍以上。', '15倍以上', 'MiniMax-Text-01'],
  ['上下文方面，MiniMax-Text-01可處理400萬tokens的輸入，是表中其餘模型的15倍以上。', '15倍以上', 'MiniMax-Text-01'],
]));

test('one figure said of several names together (等“六小虎”合计) is no one\'s; one said of each stays the first\'s', () => check([
  ['阿里巴巴和腾讯各订购10万颗左右。', '10万颗左右', '阿里巴巴'],
  ['月之暗面、MiniMax、智谱等“六小虎”合计融资额占全行业的七成以上。', '七成以上', null, 'generic 合计'],
  ['月之暗面、MiniMax、智譜等「六小虎」合計融資額佔全行業的七成以上。', '七成以上', null, 'generic 合计'],
  // (without 等: the names listed, then the sum, 三家公司的资本开支合计, 三隻股份合共)
  ['2024年微软、谷歌、亚马逊、Meta合计资本开支约2,290亿美元，同比增长超过五成。', '约2,290亿美元', null, 'generic 合计'],
  ['2024年微軟、谷歌、亞馬遜、Meta合計資本開支約2,290億美元，同比增長超過五成。', '超過五成', null, 'generic 合计'],
  ['阿里巴巴、腾讯、百度三家公司的资本开支合计约860亿元。', '约860亿元', null, 'generic 合计'],
  ['騰訊、阿里巴巴及小米（01810）三隻股份合共吸引約四成資金。', '約四成', null, 'generic 合计'],
  ['华为合计出货120万台。', '120万台', '华为'],
  ['阿里云发布了2个模型。', '2个', '阿里云'],
]));

test('what only a model has goes to the paragraph\'s last model when the topic is its company (**溯光-34B（溯光实验室）**：一家…团队的作品。参数量340亿)', () => check([
  ['**溯光-34B（溯光实验室）**：一家成立不到两年的创业团队的作品。参数量340亿，预训练数据6.5万亿tokens。', '340亿', '溯光-34B', 'paragraph'],
  ['**溯光-34B（溯光實驗室）**：一家成立不到兩年的創業團隊的作品。參數量340億，預訓練數據6.5萬億tokens。', '6.5萬億tokens', '溯光-34B', 'paragraph'],
]));

test('a model an app plugs into (接入DeepSeek-R1后) is what it is built on, not what its figure is about', () => check([
  ['- **腾讯元宝**：2月接入DeepSeek-R1后，单周下载量增长超过20倍。', '超过20倍', '腾讯元宝'],
  ['- **騰訊元寶**：2月接入DeepSeek-R1後，單週下載量增長超過20倍。', '超過20倍', '腾讯元宝'],
]));

test('an analyst\'s 我们预计公司… judges the company the paragraph is about, not the analyst\'s own', () => check([
  ['云栖智能：公司专注于金融大模型，客户以银行为主。我们预计公司2026年收入为5.2亿元，同比增长约60%。', '5.2亿元', '云栖智能', 'coreference 公司'],
  ['雲棲智能：公司專注於金融大模型，客戶以銀行為主。我們預計公司2026年收入為5.2億元，同比增長約60%。', '約60%', '云栖智能', 'coreference 公司'],
]));

test('作为对比 opens a sentence as 此外 does: a national average after it is about no one', () => check([
  ['云栖智能的张北机房设计PUE为1.18。作为对比，行业协会的统计显示，截至去年底，全国数据中心的平均PUE约为1.46。', '1.46', null, 'generic 全国'],
  ['雲棲智能的張北機房設計PUE為1.18。作為對比，行業協會的統計顯示，截至去年底，全國數據中心的平均PUE約為1.46。', '1.46', null, 'generic 全国'],
  ['云栖智能的张北机房设计PUE为1.18。作为对比，行业协会的统计显示，截至去年底，全国数据中心的平均PUE约为1.46。', '1.18', '云栖智能'],
]));

test('a post thread: a hashtag line and an author handle alone on a line are no title; a reply\'s price is the thread\'s model', () => {
  for (const [text, figure] of [
    ['#云栖Pro体验#\n\n@某用户\n云栖科技昨天上线的云栖-Pro我试了，数学很强，就是贵：输出价格每百万tokens 20元。\n6月1日 10:00 来自 iPhone客户端\n\n@另一位用户\n回复@某用户：官方文档写的是输出15元/百万tokens，输入4元/百万tokens。\n6月1日 10:30 来自 微博网页版\n\n@云栖科技官方\n感谢关注！云栖科技的云栖-Pro支持128K上下文，云栖科技欢迎大家体验！\n6月1日 11:00 来自 微博网页版', '15元/百万tokens'],
    ['#雲棲Pro體驗#\n\n@某用戶\n雲棲科技昨天上線的雲棲-Pro我試了，數學很強，就是貴：輸出價格每百萬tokens 20元。\n6月1日 10:00 來自 iPhone客戶端\n\n@另一位用戶\n回覆@某用戶：官方文檔寫的是輸出15元/百萬tokens，輸入4元/百萬tokens。\n6月1日 10:30 來自 微博網頁版\n\n@雲棲科技官方\n感謝關注！雲棲科技的雲棲-Pro支持128K上下文，雲棲科技歡迎大家體驗！\n6月1日 11:00 來自 微博網頁版', '4元/百萬tokens'],
  ]) {
    const a = analyse(text);
    const f = a.figures.find((x) => x.text === figure);
    assert.equal(f?.subjectId, 'model:云栖-pro', `${figure}: ${f?.subjectId} (${f?.why?.subject})`);
    // (the hashtag writes the model without its hyphen: the same model)
    assert.equal(a.entities[0].entityId, 'model:云栖-pro');
  }
});

test('where people came from (来自X、Y, 曾任X…) is not what the sentence measures: the company the text is about', () => check([
  ['月之暗面成立于2023年，总部位于北京。\n\n目前公司团队规模约180人，核心成员来自华为、大疆、腾讯等公司。', '约180人', '月之暗面', 'coreference 公司'],
  ['月之暗面成立於2023年，總部位於北京。\n\n目前公司團隊規模約180人，核心成員來自華為、大疆、騰訊等公司。', '約180人', '月之暗面', 'coreference 公司'],
  // (a former officer's company: 由前OpenAI CTO…创办的X)
  ['由前OpenAI CTO Mira Murati创办的Thinking Machines Lab完成了20亿美元种子轮融资。', '20亿美元', 'Thinking Machines Lab'],
  ['由前OpenAI CTO Mira Murati創辦的Thinking Machines Lab完成了20億美元種子輪融資。', '20億美元', 'Thinking Machines Lab'],
]));

test('an investor named with adverbs before its verb (此次只是财务性跟投) is not the subject of the amount it puts in', () => check([
  ['月之暗面完成新一轮融资\n\n月之暗面今日宣布完成新一轮融资，月之暗面表示将用于研发。\n\n腾讯相关负责人表示，腾讯看好这一赛道。值得注意的是，腾讯此次只是财务性跟投，出资约5000万元。', '约5000万元', '月之暗面'],
  ['月之暗面完成新一輪融資\n\n月之暗面今日宣布完成新一輪融資，月之暗面表示將用於研發。\n\n騰訊相關負責人表示，騰訊看好這一賽道。值得注意的是，騰訊此次只是財務性跟投，出資約5000萬元。', '約5000萬元', '月之暗面'],
]));

test('a navigation bar of links above the title is no title, also where Markdown blanks the links\' targets', () => check([
  ['[首页](/) | [产品](/products) | [定价](/pricing) | [文档](/docs) | 登录\n\n# 云帆大模型平台 · 产品定价\n\n云帆大模型平台是云帆科技推出的大模型服务平台，提供自研“云帆”系列模型的推理服务。\n\n### 免费版\n\n**299元/月**\n', '299元/月', '云帆大模型平台', 'heading'],
  ['[首頁](/) | [產品](/products) | [定價](/pricing) | [文件](/docs) | 登入\n\n# 云帆大模型平台 · 產品定價\n\n云帆大模型平台是云帆科技推出的大模型服務平台，提供自研「云帆」系列模型的推理服務。\n\n### 免費版\n\n**299元/月**\n', '299元/月', '云帆大模型平台', 'heading'],
], true));

test('a clause that opens with 集团 or 公司 (after 算力方面，) speaks of the company, not of what a later clause names; 集团 is the document\'s company', () => check([
  ['商汤科技公布全年业绩。商汤科技表示收入增长。商汤科技很好。\n\n算力方面，集团表示目前的算力规模已达12,000 PFLOPS，主要采用华为云的昇腾方案，其余为英伟达H20等型号。集团首席财务官透露，资本开支预算约35亿港元。', '12,000 PFLOPS', '商汤科技', 'coreference 集团'],
  ['商湯科技公布全年業績。商湯科技表示收入增長。商湯科技很好。\n\n算力方面，集團表示目前的算力規模已達12,000 PFLOPS，主要採用華為雲的昇騰方案，其餘為英偉達H20等型號。集團首席財務官透露，資本開支預算約35億港元。', '約35億港元', '商汤科技', 'coreference 集团'],
]));

test('a size that describes an unnamed class of models (与70亿参数级别的稠密模型相当, 发布过千亿参数基座模型的公司) is no one\'s', () => check([
  ['Qwen1.5-MoE-A2.7B的总参数为143亿。官方称，它的效果与70亿参数级别的稠密模型相当。', '70亿参数级', null, 'generic'],
  // (and the work on such a model: 暂停万亿参数模型的预训练, whatever models the sentence then names)
  ['元枢智能将暂停万亿参数模型的预训练，转而基于开源的DeepSeek-V3、Qwen2.5-72B做行业模型。', '万亿参数', null, 'generic'],
  ['元樞智能將暫停萬億參數模型的預訓練，轉而基於開源的DeepSeek-V3、Qwen2.5-72B做行業模型。', '萬億參數', null, 'generic'],
  ['Qwen1.5-MoE-A2.7B的總參數為143億。官方稱，它的效果與70億參數級別的稠密模型相當。', '70億參數級', null, 'generic'],
  ['Kimi发布于2023年。过去半年里，已有至少三家曾发布过千亿参数基座模型的创业公司宣布放弃预训练。', '千亿参数', null, 'generic'],
  // (and one run, with an indefinite article: 跑一个70B的稠密模型)
  ['豆包新出的Doubao-Seed-1.6很便宜。H800现在租一张卡大概15块钱/小时，跑一个70B的稠密模型，每秒也就吐2000 tokens左右。', '70B', null, 'generic'],
  ['豆包新出的Doubao-Seed-1.6很便宜。H800現在租一張卡大概15塊錢/小時，跑一個70B的稠密模型，每秒也就吐2000 tokens左右。', '70B', null, 'generic'],
  // (and one counted as many, none named, its sizes listed: 千亿级、万亿级的开源MoE已经有好几个了)
  ['2023年Mixtral 8x7B刚出来时，大家惊叹“470亿参数只激活130亿”；如今千亿级、万亿级的开源MoE已经有好几个了。', '千亿级', null, 'generic'],
  ['2023年Mixtral 8x7B剛出來時，大家驚嘆「470億參數只激活130億」；如今千億級、萬億級的開源MoE已經有好幾個了。', '千億級', null, 'generic'],
  ['Mixtral 8x7B很强。如今千亿级参数的开源模型已经有十几个。', '千亿级', null, 'generic'],
  // (and a name whose finding the figure is worked out by, 按Chinchilla的结论, is its basis: the optimal model is no one's)
  ['Chinchilla用1.4万亿tokens训练。按Chinchilla的结论，最优模型约为1.7万亿参数。', '1.7万亿参数', null],
  ['Chinchilla用1.4萬億tokens訓練。按Chinchilla的結論，最優模型約為1.7萬億參數。', '1.7萬億參數', null],
  // (and one brought in with an indefinite article opening its clause: any such model, what the sentence then says of it too)
  ['MiniMax-M1很强。按现在的价格，一个70亿参数的模型，用1万亿token从头预训练一遍，大概需要3万个H800卡时。', '1万亿token', null, 'generic'],
  ['MiniMax-M1很強。按現在的價格，一個70億參數的模型，用1萬億token從頭預訓練一遍，大概需要3萬個H800卡時。', '70億參數', null, 'generic'],
  // (an amount paid for a company that makes models is the deal's)
  ['Databricks豪掷13亿美元收购大模型初创公司MosaicML。', '13亿美元', 'MosaicML'],
]));

test('a card\'s first line naming one thing and what it calls its lines (北疆智算中心一期主要指标) heads the lines below it', () => check([
  ['这座城市正在书写新的发展故事。\n\n北疆智算中心一期主要指标\n总投资：18.6亿元\n智能算力：2100P（FP16）\n加速卡：昇腾910B，6144张\n', '2100P', '北疆智算中心', 'heading'],
  ['這座城市正在書寫新的發展故事。\n\n北疆智算中心一期主要指標\n總投資：18.6億元\n智能算力：2100P（FP16）\n加速卡：昇騰910B，6144張\n', '18.6億元', '北疆智算中心', 'heading'],
  // (not a line that says more than that)
  ['这座城市正在书写新的发展故事。\n\n北疆智算中心的建设带动了就业\n总投资：18.6亿元\n', '18.6亿元', null],
]));

test('a card\'s label line (模型名称：X) names what the card\'s lines are about, whatever line opens the card', () => check([
  ['深流科技发布新模型。\n\n━━━━━━━━━━\n【模型规格速览】\n模型名称：深流-R2\n总参数：236B\n激活参数：21B\n', '21B', '深流-R2', 'heading'],
  ['深流科技發布新模型。\n\n━━━━━━━━━━\n【模型規格速覽】\n模型名稱：深流-R2\n總參數：236B\n激活參數：21B\n', '21B', '深流-R2', 'heading'],
]));

test('downloads or stars counted on a site (GitHub上已经有1.2万星, Hugging Face上的下载量) are the model\'s the sentence before spoke of by reference', () => check([
  ['远山智能今年开源的远山-34B，在社区里口碑不错。\n\n阿飞：不管怎么说，这个模型的社区热度是真的。GitHub上已经有1.2万星，Hugging Face上的下载量超过300万次。', '超过300万次', '远山-34B', 'coreference 这个模型'],
  ['遠山智能今年開源的遠山-34B，在社區裡口碑不錯。\n\n阿飛：不管怎麼說，這個模型的社區熱度是真的。GitHub上已經有1.2萬星，Hugging Face上的下載量超過300萬次。', '超過300萬次', '远山-34B', 'coreference 这个模型'],
  // (what a site holds is the site's: 上的开源模型数量)
  ['Hugging Face上的开源模型数量已经突破70万个。', '70万个', 'Hugging Face'],
]));

test('an investor\'s share of a round (其中阿里巴巴出了5000万元) is the raising company\'s; so is 公司累计融资 after it', () => check([
  ['衡石智能完成B轮融资。衡石智能很好，衡石智能表示。\n\n答：A轮2亿元，红杉中国领投，阿里巴巴跟投，其中阿里巴巴出了5000万元。三轮加起来，公司累计融资约13亿元人民币。', '5000万元', '衡石智能'],
  ['衡石智能完成B轮融资。衡石智能很好，衡石智能表示。\n\n答：A轮2亿元，红杉中国领投，阿里巴巴跟投，其中阿里巴巴出了5000万元。三轮加起来，公司累计融资约13亿元人民币。', '约13亿元人民币', '衡石智能'],
  ['衡石智能完成B輪融資。衡石智能很好，衡石智能表示。\n\n答：A輪2億元，紅杉中國領投，阿里巴巴跟投，其中阿里巴巴出了5000萬元。三輪加起來，公司累計融資約13億元人民幣。', '5000萬元', '衡石智能'],
]));

test('a brand the document gives is the name, whatever the tagger glues before it (比星枢-1.5高出11.6分: the one compared is 星枢-1.5)', () => check([
  ['澜岳科技发布星枢-2。星枢-2很强。数学方面，该模型在GSM8K上拿到94.1，MATH为78.2，比星枢-1.5高出11.6分。', '11.6分', '星枢-2'],
  ['瀾岳科技發布星樞-2。星樞-2很強。數學方面，該模型在GSM8K上拿到94.1，MATH為78.2，比星樞-1.5高出11.6分。', '11.6分', '星枢-2'],
]));

test('a clause that says what a company\'s product is (深维的主力产品是…灵步H1) hands the clauses after it to that product', () => check([
  ['深维机器人完成融资。深维机器人很好，深维机器人表示。\n\n深维的主力产品是通用人形机器人灵步H1，身高1.65米，全身共有42个自由度，单次充电可连续工作4小时。', '4小时', '灵步H1'],
  ['深維機器人完成融資。深維機器人很好，深維機器人表示。\n\n深維的主力產品是通用人形機器人靈步H1，身高1.65米，全身共有42個自由度，單次充電可連續工作4小時。', '1.65米', '灵步H1'],
]));

test('an answer that names no one is about what its question refers to (它的训练数据呢？), not the base of a multiple before it nor a name it is compared with', () => check([
  ['小林：Meta训练Llama 3.1 405B的时候，官方模型卡上写的是累计约3084万GPU小时。这是DeepSeek-V3的十倍以上。\n\n阿飞：它的训练数据呢？\n\n小林：超过15万亿tokens，和DeepSeek-V3是一个量级的。', '超过15万亿tokens', 'Llama 3.1 405B', 'coreference 它'],
  ['小林：Meta訓練Llama 3.1 405B的時候，官方模型卡上寫的是累計約3084萬GPU小時。這是DeepSeek-V3的十倍以上。\n\n阿飛：它的訓練數據呢？\n\n小林：超過15萬億tokens，和DeepSeek-V3是一個量級的。', '超過15萬億tokens', 'Llama 3.1 405B', 'coreference 它'],
]));

test('a broker\'s note headed by a company and its stock code is about that company, and its 公司 is that company', () => check([
  ['证券研究报告 | 公司点评 | 半导体\n2025年04月02日\n\n曜川科技（688721.SH）\n年报点评：训练卡放量在即\n\n当前股价：148.60元\n\n■ 事件：公司发布年度报告，全年实现营业收入21.36亿元，同比增长186.4%。中国移动与中国联通的集采持续。', '21.36亿元', '曜川科技', 'document'],
  ['證券研究報告 | 公司點評 | 半導體\n2025年04月02日\n\n曜川科技（688721.SH）\n年報點評：訓練卡放量在即\n\n當前股價：148.60元\n\n■ 事件：公司發布年度報告，全年實現營業收入21.36億元，同比增長186.4%。中國移動與中國聯通的集採持續。', '148.60元', '曜川科技', 'document'],
  ['曜川科技（688721.SH）\n年报点评\n\n曜川科技发布年度报告。公司先后中标中国移动、中国联通智算中心集采项目。截至年末，公司合同负债14.6亿元。', '14.6亿元', '曜川科技', 'coreference 公司'],
]));

test('a filing headed by its exchange short name (证券简称：X), and a forum post opened by a cashtag ($X(SH688256)$), are about that company', () => check([
  ['星衡智能科技股份有限公司2024年年度报告\n\n证券代码：688417　　证券简称：星衡智能\n\n问川大模型3.0很强，问川大模型3.0发布，问川大模型3.0开源。\n\n报告期内，企业服务业务实现收入61,238.49万元。', '61,238.49万元', '星衡智能', 'document'],
  ['星衡智能科技股份有限公司2024年年度報告\n\n證券代碼：688417　　證券簡稱：星衡智能\n\n問川大模型3.0很強，問川大模型3.0發布，問川大模型3.0開源。\n\n報告期內，企業服務業務實現收入61,238.49萬元。', '61,238.49萬元', '星衡智能', 'document'],
  ['雪球　首页　行情\n\n$寒武纪(SH688256)$ 五千亿的“寒王”到底贵不贵？\n\n周五收盘，总市值约5,201亿。英伟达很强，英伟达的H20，英伟达的B200，寒武纪的思元590。', '约5,201亿', '寒武纪'],
]));

test('the name of a supposition (如果说X开了头，那么Y…) is a foil: a later 其 refers to the main clause\'s name', () => check([
  ['深度求索发布DeepSeek-V2。\n\n如果说DeepSeek-V2开了头，那么DeepSeek-V3就是把这套逻辑推到了极致。根据其技术报告，模型总参数6710亿，每个token激活370亿。', '6710亿', 'DeepSeek-V3', 'coreference'],
  ['深度求索發布DeepSeek-V2。\n\n如果說DeepSeek-V2開了頭，那麼DeepSeek-V3就是把這套邏輯推到了極致。根據其技術報告，模型總參數6710億，每個token激活370億。', '370億', 'DeepSeek-V3', 'coreference'],
]));

test('more links of a chain: a rank before 模型 (豆包主力模型Doubao-pro-32k), 开源的 and 面向…的 (英伟达面向中国市场的H20)', () => check([
  ['火山引擎把豆包主力模型Doubao-pro-32k的价格定在0.0008元/千tokens。', '0.0008元/千tokens', 'Doubao-pro-32k', 'chain'],
  ['火山引擎把豆包主力模型Doubao-pro-32k的價格定在0.0008元/千tokens。', '0.0008元/千tokens', 'Doubao-pro-32k', 'chain'],
  ['由国科会主导的TAIDE，以Meta开源的Llama 3为基础，推出80亿参数的繁体中文版本。', '80亿参数', 'TAIDE'],
  ['由國科會主導的TAIDE，以Meta開源的Llama 3為基礎，推出80億參數的繁體中文版本。', '80億參數', 'TAIDE'],
  ['受出口管制影响，英伟达面向中国市场的H20单卡FP16稠密算力只有148 TFLOPS，但显存高达96GB。', '96GB', 'H20', 'chain'],
  ['受出口管制影響，輝達面向中國市場的H20單卡FP16稠密算力只有148 TFLOPS，但顯存高達96GB。', '96GB', 'H20', 'chain'],
]));

test('a system\'s own accelerators are its own (GB200 NVL72包含72颗GPU); a machine after two quantities and before 上 is a place', () => check([
  ['GB200 NVL72包含72颗B200 GPU与36颗Grace CPU。', '72颗', 'GB200 NVL72'],
  ['所謂GB200 NVL72，是把72顆B200 GPU與36顆Grace CPU整合在單一機櫃內。', '36顆', 'GB200 NVL72'],
  ['华为部署了1024块昇腾910B。', '1024块', '华为'],
  ['澄曜智能发布Lucid-MoE-2。Lucid-MoE-2在单台 8卡 H20 服务器上的 decode 吞吐达到每秒约2300个token。', '每秒约2300个token', 'Lucid-MoE-2'],
  ['澄曜智能發布Lucid-MoE-2。Lucid-MoE-2在單台 8卡 H20 伺服器上的 decode 吞吐達到每秒約2300個token。', '每秒約2300個token', 'Lucid-MoE-2'],
]));

test('software used in a clause that ends at it (用DeepSpeed ZeRO-3，) is the instrument, not what the figures are about', () => check([
  ['8卡A800跑Qwen2.5-72B的LoRA微调，序列长度4096，用DeepSpeed ZeRO-3，吞吐大约每秒2,600 tokens。', '每秒2,600 tokens', 'Qwen2.5-72B'],
  ['8卡A800跑Qwen2.5-72B的LoRA微調，序列長度4096，用DeepSpeed ZeRO-3，吞吐大約每秒2,600 tokens。', '每秒2,600 tokens', 'Qwen2.5-72B'],
  // (taken in hand, switched on, or run somewhere: 拿vLLM在…上, 开DeepSpeed ZeRO-3之后)
  ['以DeepSeek-V3为例。我自己拿vLLM在一台8卡H20上实测，单机输出大概1,900 tokens/s，首token延迟在800ms左右。', '800ms左右', 'DeepSeek-V3'],
  ['以DeepSeek-V3為例。我自己拿vLLM在一台8卡H20上實測，單機輸出大概1,900 tokens/s，首token延遲在800ms左右。', '800ms左右', 'DeepSeek-V3'],
  ['Qwen2.5-72B微调时开DeepSpeed ZeRO-3之后，训练吞吐约9,400 tokens/s。', '约9,400 tokens/s', 'Qwen2.5-72B'],
]));

test('a name that names an era (GPT-3时代) is a time, not what the sentence measures', () => check([
  ['从GPT-3时代过来的人，看到一万亿参数的模型只卖八毛钱一百万tokens，真是恍如隔世。', '一万亿参数', null],
  ['從GPT-3時代過來的人，看到一萬億參數的模型只賣八毛錢一百萬tokens，真是恍如隔世。', '一萬億參數', null],
]));

test('a market whose share a clause gives (在GB200运算板的市占率) is a place; a list of examples after 以及 (以及X、Y等60余家企业) counts no one', () => check([
  ['緯創主攻GPU基板與運算板，在GB200運算板的市占率估計約六成。', '約六成', '纬创'],
  ['纬创主攻GPU基板与运算板，在GB200运算板的市占率估计约六成。', '约六成', '纬创'],
  ['青溪智算中心一期点亮仪式举行。省数据局有关负责同志，新区党工委、管委会主要领导，以及中国电信、华为、科大讯飞等60余家企业代表参加活动。', '60余家', null, 'generic'],
  ['青溪智算中心一期點亮儀式舉行。省數據局有關負責同志，新區黨工委、管委會主要領導，以及中國電信、華為、科大訊飛等60餘家企業代表參加活動。', '60餘家', null, 'generic'],
]));

test('a part of a clause after 、 that opens with its own name is that name\'s (混元-lite免费、混元-standard降价55%); a list of names is not parts', () => check([
  ['随后，腾讯云宣布混元-lite免费、混元-standard降价55%。', '55%', '混元-standard'],
  ['隨後，騰訊雲宣布混元-lite免費、混元-standard降價55%。', '55%', '混元-standard'],
  ['阿里巴巴、腾讯各订购10万颗H20。', '10万颗', '阿里巴巴'],
]));

test('a byline\'s newspaper (經濟日報　記者…報導) makes no digest: the title\'s company is the story\'s topic', () => check([
  ['雲碩10月營收創新高 AI伺服器拉貨強勁\n\n2024/11/08 14:32　經濟日報　記者王建中／台北報導\n\nAI伺服器與客製化晶片廠雲碩科技（6875）今日公布10月營收。雲碩第三季出貨約1,200櫃，雲碩表示需求強勁。\n\n董事長林國棟表示，明年AI相關營收占比將突破七成。他強調，公司全球員工約1.1萬人。', '約1.1萬人', '云硕科技'],
  ['云硕10月营收创新高 AI服务器拉货强劲\n\n2024/11/08 14:32　经济日报　记者王建中／台北报道\n\nAI服务器与客制化芯片厂云硕科技（6875）今日公布10月营收。云硕第三季出货约1,200柜，云硕表示需求强劲。\n\n董事长林国栋表示，明年AI相关营收占比将突破七成。他强调，公司全球员工约1.1万人。', '约1.1万人', '云硕科技'],
]));

test('what a cause makes change (DeepSeek的走红让英伟达市值蒸发…) is the second name\'s measure, not the cause\'s', () => check([
  ['DeepSeek的走红让英伟达市值一天蒸发近5900亿美元。', '近5900亿美元', '英伟达'],
  ['分析師指出，DeepSeek的爆紅一度讓輝達市值單日蒸發近5900億美元。', '近5900億美元', '英伟达'],
]));

test('a company a founder once worked at (他曾在华为…) is where people came from: the next sentence\'s team is not its', () => check([
  ['星衍智能创始人陈牧之说。他曾在华为2012实验室做机器人感知，2022年底离职创业。团队从创立之初的十几个人扩张到如今的三百余人。', '三百余人', null],
  ['星衍智能創始人陳牧之說。他曾在華為2012實驗室做機器人感知，2022年底離職創業。團隊從創立之初的十幾個人擴張到如今的三百餘人。', '三百餘人', null],
  // (the story's company takes it, when the title names one)
  ['星衍智能发布人形机器人\n\n星衍智能今日发布新品，星衍智能表示将量产，星衍智能称订单充足。\n\n星衍智能创始人陈牧之说。他曾在华为2012实验室做机器人感知，2022年底离职创业。团队从创立之初的十几个人扩张到如今的三百余人。', '三百余人', '星衍智能'],
]));

test('a list item labelled with a plan (▫️ Plus：$20/月) under a product\'s line is that plan\'s, when the text names the plan', () => check([
  ['🟢 ChatGPT（OpenAI家）\n▫️ 免费版：能用GPT-4o\n▫️ Plus：$20/月（≈144元）\n💡 App Store内购ChatGPT Plus要¥148/月', '$20/月', 'ChatGPT Plus', 'plan Plus'],
  ['🟢 ChatGPT（OpenAI家）\n▫️ 免費版：能用GPT-4o\n▫️ Plus：$20/月（≈144元）\n💡 App Store內購ChatGPT Plus要¥148/月', '$20/月', 'ChatGPT Plus', 'plan Plus'],
]));

test('a ranking\'s or a comparison\'s title that lists three names (A、B、C位列前三) gives the document no one topic', () => check([
  ['海盈咨询：2024年中国大模型市场规模达294.2亿元 百度智能云、阿里云、火山引擎位列前三\n\n报告显示，百度智能云营收领先，百度智能云增长最快，阿里云次之。\n\n全年落地项目超过5,000个。', '超过5,000个', null],
  ['海盈諮詢：2024年中國大模型市場規模達294.2億元 百度智能雲、阿里雲、火山引擎位列前三\n\n報告顯示，百度智能雲營收領先，百度智能雲增長最快，阿里雲次之。\n\n全年落地項目超過5,000個。', '超過5,000個', null],
]));

test('an authority\'s notice (关于印发《…办法》的通知) is about none of the companies it names: its thresholds are no one\'s', () => check([
  ['首页 > 政务公开 > 通知公告\n\n关于印发《云湾人工智能产业园扶持办法》的通知\n\n第三条 园区智算中心部署华为昇腾910B加速卡约3000张，昇腾910B整卡租赁价格不高于6.5元/卡时。\n\n第九条 对上年度营业收入首次突破1亿元的企业，给予100万元奖励。\n\n附件：园区企业名单\n\n| 序号 | 企业 | 方向 |\n|---|---|---|\n| 1 | 华为技术有限公司（昇腾人工智能生态创新中心） | 算力基础设施、盘古大模型行业落地 |\n', '1亿元', null],
  ['首頁 > 政務公開 > 通知公告\n\n關於印發《雲灣人工智能產業園扶持辦法》的通知\n\n第三條 園區智算中心部署華為昇騰910B加速卡約3000張，昇騰910B整卡租賃價格不高於6.5元/卡時。\n\n第九條 對上年度營業收入首次突破1億元的企業，給予100萬元獎勵。\n\n附件：園區企業名單\n\n| 序號 | 企業 | 方向 |\n|---|---|---|\n| 1 | 華為技術有限公司（昇騰人工智能生態創新中心） | 算力基礎設施、盤古大模型行業落地 |\n', '1億元', null],
]));

test('a nested list item goes on from the item it is nested in (- **X 正式上线**：… /   - 评测：C-Eval 88.7)', () => check([
  ['我们上线了自研旗舰模型 Pivot-2.1-Pro。\n\n## 新增\n\n- **Pivot-2.1-Pro 正式上线**：新一代旗舰模型，总参数 236B。\n  - 评测：C-Eval 88.7，MMLU-Pro 74.2\n  - 训练使用 1,536 张 H800，历时 38 天。\n- 知识库单文件上限由 50MB 提升至 200MB。\n', '38 天', 'Pivot-2.1-Pro', 'list item'],
  ['我們上線了自研旗艦模型 Pivot-2.1-Pro。\n\n## 新增\n\n- **Pivot-2.1-Pro 正式上線**：新一代旗艦模型，總參數 236B。\n  - 評測：C-Eval 88.7，MMLU-Pro 74.2\n  - 訓練使用 1,536 張 H800，歷時 38 天。\n- 知識庫單文件上限由 50MB 提升至 200MB。\n', '88.7', 'Pivot-2.1-Pro', 'list item'],
  ['我们上线了自研旗舰模型 Pivot-2.1-Pro。\n\n## 新增\n\n- **Pivot-2.1-Pro 正式上线**：新一代旗舰模型，总参数 236B。\n  - 评测：C-Eval 88.7，MMLU-Pro 74.2\n- 知识库单文件上限由 50MB 提升至 200MB。\n', '200MB', null],
]));

test('an unnamed small model an experiment uses (先用10亿参数的小模型在1000亿tokens数据上跑…) is what its clause measures: no one named', () => check([
  ['LingShu-2技术报告发布。团队先用10亿参数的小模型在1000亿tokens数据上跑了上百组配比实验。', '1000亿tokens', null, 'generic 小模型'],
  ['LingShu-2技術報告發布。團隊先用10億參數的小模型在1000億tokens數據上跑了上百組配比實驗。', '10億參數', null, 'generic 小模型'],
  // (its sizes listed before it in one phrase, a kind of model between: 一个总参数160亿、激活参数28亿的小规模MoE模型)
  ['星枢-MoE-V2总参数2460亿。我们在一个总参数160亿、激活参数28亿的小规模MoE模型上进行了消融实验，训练数据为4000亿tokens。', '160亿', null, 'generic 小规模MoE模型'],
  ['星枢-MoE-V2總參數2460億。我們在一個總參數160億、激活參數28億的小規模MoE模型上進行了消融實驗，訓練數據為4000億tokens。', '28億', null, 'generic 小规模MoE模型'],
  ['星枢-MoE-V2总参数2460亿。我们在一个总参数160亿、激活参数28亿的小规模MoE模型上进行了消融实验，训练数据为4000亿tokens。', '4000亿tokens', null],
]));

test('a procurement notice\'s title names the buyer, not what its figures are about; a page\'s font-size line (字号：大 中 小) is no title', () => check([
  ['当前位置：首页 > 采购结果\n【打印】【关闭】　　字号：大 中 小\n\n宁川农村商业银行股份有限公司2024年算力服务采购项目中标结果公告\n\n宁川农村商业银行今日公布结果，宁川农村商业银行表示满意。\n\n中标金额：1,890万元，算力不低于2000P。', '不低于2000P', null],
  ['當前位置：首頁 > 採購結果\n【列印】【關閉】　　字號：大 中 小\n\n寧川農村商業銀行股份有限公司2024年算力服務採購項目中標結果公告\n\n寧川農村商業銀行今日公布結果，寧川農村商業銀行表示滿意。\n\n中標金額：1,890萬元，算力不低於2000P。', '不低於2000P', null],
]));

test('a table row a device heads (| 机型 |) is the device\'s for its price and memory, not the on-device model another cell names; a parameter count stays the model\'s', () => {
  const table = '| 机型 | 起售价 | 内存 | 端侧模型 | 端侧参数量 |\n|---|---|---|---|---|\n| 华为Mate 70 Pro | 6499元 | 12GB | 盘古端侧模型 | 约30亿 |\n| 小米15 Ultra | 6499元 | 16GB | MiLM2 | 约40亿 |\n';
  const a = analyse(table, { markdown: true });
  const about = (text: string, k = 0) => { const f = a.figures.filter((x) => x.text === text)[k]; return f?.subjectId ? a.entities.find((e) => e.entityId === f.subjectId)?.canonical : null; };
  assert.equal(about('6499元'), 'Mate 70 Pro');
  assert.equal(about('12GB'), 'Mate 70 Pro');
  assert.equal(about('6499元', 1), '小米15 Ultra');
  assert.equal(about('约30亿'), '盘古端侧模型');
  const traditional = analyse('| 機型 | 起售價 | 記憶體 | 端側模型 |\n|---|---|---|---|\n| 華為Mate 70 Pro | 6499元 | 12GB | 盤古端側模型 |\n', { markdown: true });
  const price = traditional.figures.find((x) => x.text === '6499元');
  assert.equal(traditional.entities.find((e) => e.entityId === price?.subjectId)?.kind, 'product');
});

test('a speed or a score said of hardware, no model named in its sentence, is the hardware\'s own (· 小米15 Ultra：首字0.5秒); with a model named, the model\'s', () => check([
  ['各机型的首字延迟如下：\n\n· 小米15 Ultra：首字0.5秒，约35 tokens/s；\n· vivo X200 Pro：首字0.3秒。\n', '0.5秒', '小米15 Ultra', 'sentence'],
  ['各机型的首字延迟如下：\n\n· 小米15 Ultra：首字0.5秒，约35 tokens/s；\n· vivo X200 Pro：首字0.3秒。\n', '0.3秒', 'vivo X200 Pro', 'sentence'],
  ['各機型的首字延遲如下：\n\n· 小米15 Ultra：首字0.5秒，約35 tokens/s；\n· vivo X200 Pro：首字0.3秒。\n', '約35 tokens/s', '小米15 Ultra', 'sentence'],
  // (not a machine's configuration: 单机 8×H20 可支持约 120 路并发 is no H20's)
  ['推荐部署：vLLM ≥ 0.8.5，单机 8×H20 可支持约 120 路并发。', '约 120 路', null],
]));

test('a table turned on its side, products heading its columns (| 项目 | DeepBox Lite | DeepBox Pro |), holds each column\'s measures, not the parts its cells name (昇腾910B，4卡)', () => {
  for (const [table, texts] of [
    ['| 项目 | DeepBox Lite | DeepBox Pro |\n|---|---|---|\n| AI处理器 | 昇腾910B，4卡 | 昇腾910B，8卡 |\n| CPU | 鲲鹏920，2颗 | 鲲鹏920，4颗 |\n\n| 型号 | 标准价 |\n|---|---|\n| DeepBox Lite | 16万元 |\n| DeepBox Pro | 20万元 |\n', ['4卡', '8卡', '2颗', '4颗']],
    ['| 項目 | DeepBox Lite | DeepBox Pro |\n|---|---|---|\n| AI處理器 | 昇腾910B，4卡 | 昇腾910B，8卡 |\n| CPU | 鯤鵬920，2顆 | 鯤鵬920，4顆 |\n\n| 型號 | 標準價 |\n|---|---|\n| DeepBox Lite | 16萬元 |\n| DeepBox Pro | 20萬元 |\n', ['4卡', '8卡', '2顆', '4顆']],
  ] as const) {
    const a = analyse(table, { markdown: true });
    const about = (text: string) => { const f = a.figures.find((x) => x.text === text); return f?.subjectId ? a.entities.find((e) => e.entityId === f.subjectId)?.canonical : null; };
    assert.deepEqual(texts.map(about), ['DeepBox Lite', 'DeepBox Pro', 'DeepBox Lite', 'DeepBox Pro'], table);
  }
});

test('the models a plan lets one use (可以用Claude Opus 4、o3等) are not what its price and quota are about', () => check([
  ['GitHub Copilot目前分三档。\n\n- Pro+：39美元/月，每月1,500次高级请求，可以用Claude Opus 4、o3等最强模型。\n', '39美元/月', null],
  ['GitHub Copilot目前分三檔。\n\n- Pro+：39美元/月，每月1,500次高級請求，可以用Claude Opus 4、o3等最強模型。\n', '每月1,500次', null],
]));

test('a space between Chinese words breaks a headline\'s clauses (…營收雙創新高 鴻海首季衝上1.64兆元): the figure is its own clause\'s company\'s', () => check([
  ['AI伺服器拉貨猛 廣達、緯創3月營收雙創新高 鴻海首季衝上1.64兆元\n\n2025/04/11\n', '1.64兆元', '鸿海', 'clause'],
  ['AI服务器拉货猛 广达、纬创3月营收双创新高 鸿海首季冲上1.64兆元\n\n2025/04/11\n', '1.64兆元', '鸿海', 'clause'],
]));

test('a licence per seat or account (2,980元/席位/年) in a company\'s own pitch is the company\'s price, no model named', () => check([
  ['衡律智能｜法律垂直大模型 商业计划书\n\n衡律智能成立于2021年，衡律智能服务律所，衡律智能服务企业法务。\n\n· 订阅：标准版2,980元/席位/年；\n', '2,980元/席位/年', '衡律智能'],
  ['衡律智能｜法律垂直大模型 商業計劃書\n\n衡律智能成立於2021年，衡律智能服務律所，衡律智能服務企業法務。\n\n· 訂閱：標準版2,980元/帳號/年；\n', '2,980元/帳號/年', '衡律智能'],
]));

test('a leaderboard\'s report whose title names no model (…综合能力评测报告, 排行榜) is about none of the models it ranks, not the one named most', () => check([
  ['# XBench 2025Q3 中文大模型综合能力评测报告\n\n本期共评测28个大模型。榜首为DeepSeek-V3.2。DeepSeek-V3.2推理领先，DeepSeek-V3.2数学领先，DeepSeek-V3.2代码领先。DeepSeek-V3.2知识也领先。DeepSeek-V3.2综合第一，Qwen3第二。\n', '28个', null],
  ['# XBench 2025Q3 中文大模型綜合能力評測報告\n\n本期共評測28個大模型。榜首為DeepSeek-V3.2。DeepSeek-V3.2推理領先，DeepSeek-V3.2數學領先，DeepSeek-V3.2代碼領先。DeepSeek-V3.2知識也領先。DeepSeek-V3.2綜合第一，Qwen3第二。\n', '28個', null],
  // (nor the models a weekly ranking's long Markdown title names as its news)
  ['# 大模型周榜｜第47期（2025.01.13–01.19）：MiniMax-Text-01首次上榜即进前五，DeepSeek-V3稳居开源第一\n\n## 一、本周要点\n\n本周共收集有效匿名对战投票38,412票，较上周增长12%。\n', '38,412票', null],
  ['# 大模型週榜｜第47期（2025.01.13–01.19）：MiniMax-Text-01首次上榜即進前五，DeepSeek-V3穩居開源第一\n\n## 一、本週要點\n\n本週共收集有效匿名對戰投票38,412票，較上週增長12%。\n', '38,412票', null],
]));

test('a contest\'s notice (…挑战赛」参赛公告) is about the contest: its prizes are not its organiser\'s', () => check([
  ['天池 > 大赛 > 推理挑战赛 > 赛题公告\n\n2025 阿里云天池 × 通义千问「推理挑战赛」参赛公告\n\n主办单位：阿里云天池平台\n\n本次大赛由阿里云提供算力支持。\n\n冠军：1支队伍，奖金30万元。', '30万元', null],
  ['天池 > 大賽 > 推理挑戰賽 > 賽題公告\n\n2025 阿里雲天池 × 通義千問「推理挑戰賽」參賽公告\n\n主辦單位：阿里雲天池平台\n\n本次大賽由阿里雲提供算力支持。\n\n冠軍：1支隊伍，獎金30萬元。', '30萬元', null],
]));

test('a title that opens with a name and a colon (Halcyon-R2：首个…的推理模型) is about that name, however seldom the text names it again', () => check([
  ['Halcyon-R2：首个在 ARC-AGI-2 上突破 20%的推理模型\n\n作为参照，o3 大概 3% 左右，o3 很贵，o3 很慢。\n\n官方博客里的数字：SWE-bench Verified 72.4%。', '72.4%', 'Halcyon-R2', 'document'],
  ['Halcyon-R2：首個在 ARC-AGI-2 上突破 20%的推理模型\n\n作為參照，o3 大概 3% 左右，o3 很貴，o3 很慢。\n\n官方部落格裡的數字：SWE-bench Verified 72.4%。', '72.4%', 'Halcyon-R2', 'document'],
]));

test('a programme\'s name over an episode\'s title that announces an interview (EP87｜对话深空智元陈屿：…): the guest\'s company is the topic', () => check([
  ['硅基漫游指南 · 播客\nEP87｜对话深空智元陈屿：小团队怎么做预训练？\n\n这期我们请到了深空智元的创始人兼 CEO 陈屿。\n\n陈屿：我们去年融了 6000 万美元。', '6000 万美元', '深空智元'],
  ['矽基漫遊指南 · 播客\nEP87｜對話深空智元陳嶼：小團隊怎麼做預訓練？\n\n這期我們請到了深空智元的創始人兼 CEO 陳嶼。\n\n陳嶼：我們去年融了 6000 萬美元。', '6000 萬美元', '深空智元'],
]));

test('a table row that averages the others (平均值) names no company and is about no one, not even the document\'s company', () => check([
  ['曜芯科技（688719.SH）\n年报点评\n\n曜芯科技发布年报，曜芯科技营收增长，曜芯科技表示满意。\n\n| 公司 | 代码 | 市值 | PE |\n| --- | --- | --- | --- |\n| 寒武纪 | 688256.SH | 3,520 | 110 |\n| 芯原股份 | 688521.SH | 465 | 96 |\n| 平均值 | | 1,993 | 103 |', '1,993', null, 'table row 平均值'],
  ['曜芯科技（688719.SH）\n年報點評\n\n曜芯科技發布年報，曜芯科技營收增長，曜芯科技表示滿意。\n\n| 公司 | 代碼 | 市值 | PE |\n| --- | --- | --- | --- |\n| 寒武紀 | 688256.SH | 3,520 | 110 |\n| 芯原股份 | 688521.SH | 465 | 96 |\n| 平均值 | | 1,993 | 103 |', '1,993', null, 'table row 平均值'],
]));

test('a statement quoted in a story ("我们的…") speaks for the one company its paragraph introduced', () => check([
  ['一家成立仅两年的创业公司月隐科技，给我们看了他们的账本。CTO林远舟介绍，自研模型比半年前快了近3倍。"我们的推理成本过去一年降了八成以上。"', '八成以上', '月隐科技', 'speaker 我们'],
  ['一家成立僅兩年的新創公司月隱科技，給我們看了他們的帳本。CTO林遠舟介紹，自研模型比半年前快了近3倍。「我們的推理成本過去一年降了八成以上。」', '八成以上', '月隐科技', 'speaker 我们'],
]));

test('a line that opens a list\'s item (🧠…, 👍…) is a sentence of its own: a name on the next item is not the figure\'s', () => check([
  ['2️⃣ Claude Pro（Anthropic家）\n💰价格：月付的话20刀一个月\n🧠上下文有200K，我把一本英文报告扔进去，完全没崩💯\n👍优点：Claude Sonnet 4写代码是真的顶', '200K', 'Claude', 'heading'],
  ['2️⃣ Claude Pro（Anthropic家）\n💰價格：月付的話20刀一個月\n🧠上下文有200K，我把一本英文報告丟進去，完全沒崩💯\n👍優點：Claude Sonnet 4寫程式是真的頂', '200K', 'Claude', 'heading'],
]));

test('a version said to come (下一个版本将…) and a group its companies exemplify (…、MiniMax等国内厂商) are no named one', () => check([
  ['陈默写道，渊思-2的训练算力投入只有上一代的一半左右。他还透露，下一个版本将走向原生多模态，参数规模可能上探到万亿级别。', '万亿级', null, 'generic 下一个版本'],
  ['陳默寫道，淵思-2的訓練算力投入只有上一代的一半左右。他還透露，下一個版本將走向原生多模態，參數規模可能上探到萬億級別。', '萬億級', null, 'generic 下一个版本'],
  ['真正让MoE走进开源社区的是Mixtral 8x7B。此后，DeepSeek、阿里巴巴、腾讯、MiniMax等国内厂商相继推出大规模MoE模型，“总参数动辄数千亿”成为新常态。', '数千亿', null, 'generic 等'],
  ['真正讓MoE走進開源社區的是Mixtral 8x7B。此後，DeepSeek、阿里巴巴、騰訊、MiniMax等國內廠商相繼推出大規模MoE模型，「總參數動輒數千億」成為新常態。', '數千億', null, 'generic 等'],
  // (下一代 as an adjective is no version to come: the company's money is the company's)
  ['启元智算创始人表示，本轮资金将用于下一代芯片的流片，以及智算中心的扩容，这座智算中心现有算力规模约2000 PFLOPS。', '约2000 PFLOPS', '启元智算'],
]));

test('a place described before its name (在机器人本体搭载的英伟达Jetson Thor上) is where the model runs, its maker too', () => check([
  ['阿里发布了Qwen2.5-VL-7B。新模型可以直接在机器人本体搭载的英伟达Jetson Thor上以每秒30帧运行。', '每秒30帧', 'Qwen2.5-VL-7B'],
  ['阿里發布了Qwen2.5-VL-7B。新模型可以直接在機器人本體搭載的輝達Jetson Thor上以每秒30幀運行。', '每秒30幀', 'Qwen2.5-VL-7B'],
]));

test('a write-up of tuning one model into another (产出的模型我叫它X) is about the model it made, not the base its title names', () => check([
  ['# 把Qwen2.5-32B调成法律问答小能手\n\n- 基座：Qwen2.5-32B-Instruct，LoRA 微调，产出的模型我叫它 LawQwen-32B\n\n## 训练\n\n正式训练一共用了 92 卡时。\n\n## 效果\n\nLawQwen-32B 上线后大家都说好用。', '92 卡时', 'LawQwen-32B', 'document'],
  ['# 把Qwen2.5-32B調成法律問答小能手\n\n- 基座：Qwen2.5-32B-Instruct，LoRA 微調，產出的模型我叫它 LawQwen-32B\n\n## 訓練\n\n正式訓練一共用了 92 卡時。\n\n## 效果\n\nLawQwen-32B 上線後大家都說好用。', '92 卡時', 'LawQwen-32B', 'document'],
  // (or its internal code name: 内部代号 LexQwen-14B)
  ['# 我把 Qwen2.5-14B 微调成了合同审查助手\n\n所以最后决定：选一个开源模型，自己微调，自己部署。内部代号 LexQwen-14B。\n\n## 训练\n\n正式训练一共用了 92 卡时。\n\n## 效果\n\nLexQwen-14B 上线后大家都说好用。', '92 卡时', 'LexQwen-14B', 'document'],
  ['# 我把 Qwen2.5-14B 微調成了合同審查助手\n\n所以最後決定：選一個開源模型，自己微調，自己部署。內部代號 LexQwen-14B。\n\n## 訓練\n\n正式訓練一共用了 92 卡時。\n\n## 效果\n\nLexQwen-14B 上線後大家都說好用。', '92 卡時', 'LexQwen-14B', 'document'],
  // (named once only: it is not the topic)
  ['# 把Qwen2.5-32B调成法律问答小能手\n\n- 基座：Qwen2.5-32B-Instruct，产出的模型我叫它 LawQwen-32B\n\n## 训练\n\n正式训练一共用了 92 卡时。', '92 卡时', null],
]));

test('in Markdown, the title of a write-up of tuning a model gives way to the model it made', () => check([
  ['# 用LoRA把Qwen2.5-14B调成工单分类员\n\n微调后的模型我们内部叫它 TicketQwen-14B。\n\n## 账单\n\n整个项目账单 386.40 元。\n\n## 效果\n\nTicketQwen-14B 准确率 93.8%。', '386.40 元', 'TicketQwen-14B', 'document'],
  ['# 用LoRA把Qwen2.5-14B調成工單分類員\n\n微調後的模型我們內部叫它 TicketQwen-14B。\n\n## 帳單\n\n整個項目帳單 386.40 元。\n\n## 效果\n\nTicketQwen-14B 準確率 93.8%。', '386.40 元', 'TicketQwen-14B', 'document'],
], true));

test('a model\'s card (【模型卡中译】X：…) is about that model, its unnamed measures too', () => check([
  ['【模型卡中译】Qwen3-235B-A22B：总参2350亿的开源MoE模型\n\n译者：小明\n\n一、亮点\n\nQwen3是阿里推出的模型系列，支持119种语言。\n\n二、模型概览\n\n| 项目 | 说明 |\n| --- | --- |\n| 类型 | 因果语言模型 |\n| 层数 | 94 |\n', '94', 'Qwen3-235B-A22B', 'document'],
  ['【模型卡中譯】Qwen3-235B-A22B：總參2350億的開源MoE模型\n\n譯者：小明\n\n一、亮點\n\nQwen3是阿里推出的模型系列，支持119種語言。\n\n二、模型概覽\n\n| 項目 | 說明 |\n| --- | --- |\n| 類型 | 因果語言模型 |\n| 層數 | 94 |\n', '94', 'Qwen3-235B-A22B', 'document'],
]));

test('a title that is a model\'s name with its other name in brackets (# 玄衡-MoE-36B-A3B（XuanHeng-MoE）) is its card: its unnamed measures are the model\'s', () => check([
  ['# 玄衡-MoE-36B-A3B（XuanHeng-MoE）\n\n## 1. 模型介绍\n\n玄衡-MoE 是深湾智能推出的开源混合专家模型。\n\n## 2. 训练数据\n\n预训练语料覆盖三十余种语言，中文约占38%。', '38%', '玄衡-MoE-36B-A3B', 'heading'],
  ['# 玄衡-MoE-36B-A3B（XuanHeng-MoE）\n\n## 1. 模型介紹\n\n玄衡-MoE 是深灣智能推出的開源混合專家模型。\n\n## 2. 訓練數據\n\n預訓練語料覆蓋三十餘種語言，中文約佔38%。', '38%', '玄衡-MoE-36B-A3B', 'heading'],
]));

test('the share of a kind of thing in a whole (ASIC在整体AI加速芯片出货中的占比) is no named one\'s, whatever the paragraph named', () => check([
  ['其中Google第七代TPU「Ironwood」已量产。业界估计，ASIC在整体AI加速芯片出货中的占比，将由2024年的约2成，提高到2026年的近3成。', '约2成', null],
  ['其中Google第七代TPU「Ironwood」已量產。業界估計，ASIC在整體AI加速晶片出貨中的占比，將由2024年的約2成，提高到2026年的近3成。', '近3成', null],
  // (a named one's share stays its own)
  ['业界估计，英伟达在整体AI加速芯片出货中的占比约为八成。', '八成', '英伟达'],
]));

test('a leaderboard, a benchmark or a survey referred to (该榜单, 该评测) is no named model: its own counts are no one\'s', () => check([
  ['在SuperCLUE榜单中，Qwen2.5-Max以81.2分居首，GPT-4o为77.3分。该榜单共评测了46个国内外模型，题目总量约1.2万道。', '46个', null, 'coreference 该榜单'],
  ['在SuperCLUE榜單中，Qwen2.5-Max以81.2分居首，GPT-4o為77.3分。該榜單共評測了46個國內外模型，題目總量約1.2萬道。', '約1.2萬道', null, 'coreference 该榜单'],
]));

test('the output value of a supply chain is no one company\'s, whoever the paragraph named before', () => check([
  ['超微（AMD）MI350系列陸續導入，今年台灣AI伺服器供應鏈產值可望挑戰新台幣5兆元。', '新台幣5兆元', null, 'generic'],
  ['AMD的MI350系列陆续导入，今年AI服务器产业链产值有望突破5万亿元。', '5万亿元', null, 'generic'],
]));

test('a price list aligned with tabs or spaces, whose rows hold figures with units only: its first column names each row', () => {
  for (const gap of ['\t', '   ']) {
    const text = ['实例规格', 'GPU', '显存', '按量付费', '包月'].join(gap) + '\n' +
      ['ml.gni3c.2xlarge', '1 × NVIDIA A10', '24GB', '10.49 元/小时', '4,680.00 元/月'].join(gap) + '\n' +
      ['ml.gni2.3xlarge', '1 × NVIDIA A30', '24GB', '12.80 元/小时', '5,720.00 元/月'].join(gap) + '\n';
    check([
      [text, '10.49 元/小时', 'ml.gni3c.2xlarge', 'table row'],
      [text, '5,720.00 元/月', 'ml.gni2.3xlarge', 'table row'],
    ]);
  }
});

test('a cluster counted in cards (万卡H800集群) is no chip\'s; 其 after an unnamed company speaking is no named one\'s', () => check([
  ['一个万卡H800集群的IT功耗约为15兆瓦。', '15兆瓦', null],
  ['一個萬卡H800叢集的IT功耗約為15兆瓦。', '15兆瓦', null],
  ['据某头部厂商披露，其万卡H800集群平均每天发生故障约1.5次。', '约1.5次', null, 'coreference 其 (unnamed)'],
  ['據某頭部廠商披露，其萬卡H800叢集平均每天發生故障約1.5次。', '約1.5次', null, 'coreference 其 (unnamed)'],
  // (a chip measured on its own is still its own)
  ['H800的FP8算力为1979 TFLOPS。', '1979 TFLOPS', 'H800'],
]));

test('the site a thing is counted on (GitHub仓库, Hugging Face的下载量) is no subject of the count', () => check([
  ['墨问科技发布MoWen-7B-Chat。该模型GitHub仓库已获得超过4600颗星。', '超过4600颗星', 'MoWen-7B-Chat'],
  ['墨問科技發布MoWen-7B-Chat。該模型GitHub倉庫已獲得超過4600顆星。', '超過4600顆星', 'MoWen-7B-Chat'],
]));

test('a clause that gives a reason (主要是为…) or breaks a figure down (其中…) names no subject of a figure in another clause', () => check([
  ['星衡科技第三季营收创新高。期末存货升至2,410亿元，主要是为第四季GB200出货备料，存货周转天数则由上季的78天降至65天。', '2,410亿元', '星衡科技'],
  ['星衡科技第三季营收创新高。期末存货升至2,410亿元，主要是为第四季GB200出货备料，存货周转天数则由上季的78天降至65天。', '78天', '星衡科技'],
  ['星衡科技第三季營收創新高。期末存貨升至2,410億元，主要是為第四季GB200出貨備料，存貨週轉天數則由上季的78天降至65天。', '65天', '星衡科技'],
  ['星衡科技第三季营收创新高。第三季AI服务器出货金额年增逾2倍，其中搭载辉达H100的HGX机种仍是主力。', '逾2倍', '星衡科技'],
  // (a name in a later clause of its own is still the subject: 1750亿参数的GPT-3)
  ['参数量达到1750亿，这就是GPT-3。', '1750亿', 'GPT-3'],
  // (nor one that says what drove the figure: 在X…带动下)
  ['AI服务器代工龙头广达公布10月营收，在英伟达GB200整柜出货放量带动下，单月合并营收达2,185.3亿元，月增12.4%。', '2,185.3亿元', '广达电脑'],
  ['AI伺服器代工龍頭廣達公布10月營收，在輝達GB200整櫃出貨放量帶動下，單月合併營收達2,185.3億元，月增12.4%。', '12.4%', '广达电脑'],
]));

test('a computing centre in a row beside its operator has the row\'s capacity in FLOPS; cards counted stay the operator\'s', () => {
  const table = '| 序号 | 机构名称 | 智算中心 | 智能算力规模（PFLOPS） | 国产算力占比 |\n|---|---|---|---|---|\n| 1 | 中国电信 | 天翼云长沙智算中心 | 1,200 | 45% |\n| 2 | 中国移动 | 移动云湘江智算中心 | 2,000 | 60% |\n';
  check([[table, '1,200', '天翼云长沙智算中心', 'table row'], [table, '2,000', '移动云湘江智算中心', 'table row']], true);
});

test('a total row that also gives the averages (合计/平均) is no one\'s row: its figures are the document\'s company\'s', () => {
  const table = '瀚海云智科技股份有限公司\n2024年度ESG报告\n\n| 数据中心 | 设计机柜（架） | AI加速卡（张） |\n|---|---|---|\n| 乌兰察布一期 | 22,000 | 12,800 |\n| 贵安 | 15,000 | 6,400 |\n| 合计/平均 | 37,000 | 19,200 |\n';
  check([[table, '19,200', '瀚海云智'], [table.replace('合计/平均', '合計／平均'), '19,200', '瀚海云智']], true);
});

test('compute at a scale no chip has (1300 PFLOPS) is not the chip\'s its sentence deploys; a chip\'s own compute stays its own', () => check([
  ['云擎科技在高新区部署昇腾910B加速卡4096张，FP16算力约1300 PFLOPS。', '约1300 PFLOPS', '云擎科技'],
  ['雲擎科技在高新區部署昇騰910B加速卡4096張，FP16算力約1300 PFLOPS。', '約1300 PFLOPS', '云擎科技'],
  ['华为昇腾910B单卡FP16算力约为320 TFLOPS。', '320 TFLOPS', '昇腾910B'],
]));

test('a centre named after its operator and a hub city is one name (中国移动呼和浩特智算中心)', () => check([
  ['中国移动呼和浩特智算中心于2023年投产，单体算力规模约6.7 EFLOPS。', '约6.7 EFLOPS', '中国移动呼和浩特智算中心'],
  ['中國移動呼和浩特智算中心於2023年投產，單體算力規模約6.7 EFLOPS。', '約6.7 EFLOPS', '中国移动呼和浩特智算中心'],
]));

test('a name inside a figure (278.8万H800 GPU小时) is what it measures, not what the sentence\'s figures are about', () => check([
  ['DeepSeek-V3完整训练仅消耗278.8万H800 GPU小时，仅为同级别海外模型的十分之一左右。', '十分之一左右', 'DeepSeek-V3'],
  ['DeepSeek-V3完整訓練僅消耗278.8萬H800 GPU小時，僅為同級別海外模型的十分之一左右。', '十分之一左右', 'DeepSeek-V3'],
]));

test('a clause that opens with the share of a kind of thing (国产芯片占比) is no named chip\'s', () => check([
  ['华为昇腾910B单卡FP16算力约为320 TFLOPS；国产芯片占比有望从2023年的不到20%提升至四成以上。', '四成以上', null, 'generic'],
  ['華為昇騰910B單卡FP16算力約為320 TFLOPS；國產晶片佔比有望從2023年的不到20%提升至四成以上。', '不到20%', null, 'generic'],
]));

test('a page\'s breadcrumb trail names what it is about: its last name (a product\'s page), or the company whose help centre it is', () => check([
  ['火山引擎\n最新活动\n产品\n定价\n\n首页 > 文档 > 火山方舟大模型服务平台 > 产品计费 > 模型服务价格\n\n新用户注册即赠送50万tokens免费额度，有效期30天。\n', '30天', '火山方舟', 'document'],
  ['云岫算力 · 帮助中心 > 计费说明 > 价格常见问题(FAQ)\n\n最后更新:2025-07-08\n\n本文汇总了GPU云主机的常见计费问题。\n\nQ4:长期使用有折扣吗?\nA:有。包季享九折,包年享八五折。\n', '八五折', '云岫算力', 'document'],
  ['雲岫算力 · 幫助中心 > 計費說明\n\n本文匯總了常見計費問題。\n\nA:有。包季享九折,包年享八五折。\n', '九折', '云岫算力', 'document'],
]));

test('a documentation page with a breadcrumb trail and an FAQ (Q:/A:) is no interview: its trail says what it is about', () => {
  const page = '火山引擎\n产品\n定价\n\n首页 > 文档 > 火山方舟大模型服务平台 > 产品计费\n\n每个新开通的大语言模型，均提供50万tokens的免费推理额度。\n\nQ:免费额度可以叠加吗?\nA:不可以。\nQ:价格和友商比怎么样?\nA:比行业平均价格低。\n';
  check([[page, '50万tokens', '火山方舟', 'document']]);
});

test('in a brief\'s section headed by a company, 公司 is that company, not the first one the brief lists', () => {
  const brief = (s: string) => s === 'zh-hant'
    ? '東岳證券 | 晨會紀要\n\n【今日要點】\n1. 寒武紀（688256.SH）：雲端產品放量\n2. 浪潮信息（000977.SZ）：訂單飽滿\n\n▍寒武紀（688256.SH）：Q3收入環比大增，思元590批量交付\n分析師：許昕\n事件：公司前三季度實現營收1.85億元。\n\n▍浪潮信息（000977.SZ）：AI伺服器訂單飽滿，全年高增可期\n事件：公司前三季度營收826.2億元。\n'
    : '东岳证券 | 晨会纪要\n\n【今日要点】\n1. 寒武纪（688256.SH）：云端产品放量\n2. 浪潮信息（000977.SZ）：订单饱满\n\n▍寒武纪（688256.SH）：Q3收入环比大增，思元590批量交付\n分析师：许昕\n事件：公司前三季度实现营收1.85亿元。\n\n▍浪潮信息（000977.SZ）：AI服务器订单饱满，全年高增可期\n事件：公司前三季度营收826.2亿元。\n';
  check([
    [brief('zh-hans'), '1.85亿元', '寒武纪'],
    [brief('zh-hans'), '826.2亿元', '浪潮信息'],
    [brief('zh-hant'), '826.2億元', '浪潮信息'],
  ]);
});

test('a label\'s line goes on from the labelled line above it that names one thing (a lot\'s service, a question replied to)', () => check([
  ['包2（服务类）：\n\n服务内容：讯飞星火大模型V4.0私有化部署一套，以及三年运维服务。\n主要指标：基础模型参数规模不低于千亿，支持不低于128K tokens上下文。', '不低于千亿', '讯飞星火 4.0', 'line above'],
  ['包2（服務類）：\n\n服務內容：訊飛星火大模型V4.0私有化部署一套，以及三年維運服務。\n主要指標：基礎模型參數規模不低於千億，支援不低於128K tokens上下文。', '不低於千億', '讯飞星火 4.0', 'line above'],
  // (a reply by the author to the question above is read as an answer first)
  ['精选评论\n\n风吹麦浪：请问豆包1.5 Pro的256K版本怎么收费？\n算力搬砖工（作者）：输入5元/百万tokens，输出9元/百万tokens。', '5元/百万tokens', 'Doubao-1.5-pro', 'question'],
  // (not over a blank line: another paragraph)
  ['服务内容：讯飞星火大模型V4.0私有化部署一套。\n\n主要指标：参数规模不低于千亿。', '不低于千亿', null],
]));

test('what a price is reckoned in (以A800计, 按H100折算) and the examples of what is counted (以昇腾生态为代表的) are no subjects', () => check([
  ['以英伟达A800或同等性能国产加速卡计，训练类算力服务价格原则上每卡时不高于8元。', '每卡时不高于8元', null],
  ['以輝達A800或同等效能國產加速卡計，訓練類算力服務價格原則上每卡時不高於8元。', '每卡時不高於8元', null],
  ['以昇腾生态为代表的人工智能计算中心已在全国落地超过25个。', '超过25个', null],
  // (a chip named outside such a frame stays what the price is of)
  ['目前H20整机每卡时6.8元。', '每卡时6.8元', 'H20'],
]));

test('the names a bracket lists as what a thing includes (（含A100、A800等）) are its members, not the subject', () => check([
  ['英伟达产品(含A100、A800、H800、H20等)在已部署加速卡中的数量占比约为58%。', '58%', '英伟达'],
  ['輝達產品（含A100、A800、H800等）在已部署加速卡中的數量佔比約為58%。', '58%', '英伟达'],
]));

test('a filing in its company\'s own voice is about the company its header names (…股份有限公司 alone on a line, then 我們), its tables too', () => check([
  ['閣下如有疑問，應諮詢專業意見。\n\n曜衡智能科技股份有限公司\n（於中華人民共和國註冊成立的股份有限公司）\n\n概要\n\n我們是中國領先的企業級大模型供應商。我們的客戶數目由2022年的120名增加至2024年的486名。我們的研發團隊共有410名成員。\n', '486名', '曜衡', 'speaker'],
  ['曜衡智能科技股份有限公司\n\n我们是一家大模型公司。我们的总收入由2023年的人民币3.2亿元增加至2024年的人民币5.1亿元。我们的毛利率为41.2%。\n', '5.1亿元', '曜衡'],
  // (its stock code in brackets after the name on the header line; 本集團 is the issuer, not the supplier named last)
  ['曜衡智能科技集團有限公司（股份代號：2598）\n2024年環境、社會及管治報告\n\n本集團深知算力擴張與能源消耗之間的張力。本集團的智算中心採用英偉達H800。\n\n報告期內，本集團收入為港幣48.6億元。', '港幣48.6億元', '曜衡'],
  ['曜衡智能科技集团有限公司（股份代号：2598）\n2024年环境、社会及管治报告\n\n本集团深知算力扩张与能源消耗之间的张力。本集团的智算中心采用英伟达H800。\n\n报告期内，本集团收入为港币48.6亿元。', '港币48.6亿元', '曜衡'],
  // (a filing's revenue table: its unit line scales the cells, its caption says what they are, above its line of years)
  ['曜衡智能科技股份有限公司\n\n我们是一家大模型公司。我们的客户主要为金融企业。我们的收入来自两条业务线。\n\n下表载列我们按业务线划分的收入明细：\n\n                          截至12月31日止年度\n                     2023年              2024年\n                 人民币千元     %    人民币千元     %\n模型API及订阅服务    28,770    11.0     119,385    19.8\n', '119,385', '曜衡'],
]));

test('a prospectus that calls its company 发行人 is about the company its header names, however many others its risks compare it with', () => check([
  ['曜衡智能科技股份有限公司                招股说明书（申报稿）\n\n曜衡智能科技股份有限公司\nYaoheng Technology Co., Ltd.\n\n本公司的发行申请尚需履行相应程序。\n\n第三节  风险因素\n\n投资者在评价发行人本次发行的股票时，应认真考虑下述风险。\n\n一、技术风险\n\nAI芯片迭代迅速。以英伟达为例，其H100芯片算力约为989 TFLOPS。\n\n报告期内，公司研发费用分别为4.1亿元、5.8亿元和7.6亿元。\n\n一、发行人主营业务\n', '7.6亿元', '曜衡', 'coreference 公司'],
  ['曜衡智能科技股份有限公司                招股說明書（申報稿）\n\n曜衡智能科技股份有限公司\nYaoheng Technology Co., Ltd.\n\n本公司的發行申請尚需履行相應程序。\n\n第三節  風險因素\n\n投資者在評價發行人本次發行的股票時，應認真考慮下述風險。\n\n一、技術風險\n\nAI芯片迭代迅速。以英偉達為例，其H100芯片算力約為989 TFLOPS。\n\n報告期內，公司研發費用分別為4.1億元、5.8億元和7.6億元。\n\n一、發行人主營業務\n', '7.6億元', '曜衡', 'coreference 公司'],
]));

test('on a shop\'s page the product its title names (without the shop\'s line and the brand before it) takes the device measures said of a company', () => check([
  ['星曜京东自营旗舰店　｜　关注店铺　｜　联系客服\n\n星曜(Xingyao)灵笔Pro14 AI智享 2025款 酷睿Ultra9 285H 14英寸轻薄本 32G 1T\n\n京东价　　￥7299.00\n到手价　　￥6899.00\n累计评价 1万+\n\n【商品介绍】\n搭载英特尔酷睿Ultra 9 285H处理器。配备84Wh大电池，英特尔新一代能效调度让续航更久。\n', '84Wh', '灵笔Pro14 AI智享', 'reviewed'],
  ['星曜京东自营旗舰店　｜　关注店铺　｜　联系客服\n\n星曜(Xingyao)灵笔Pro14 AI智享 2025款 酷睿Ultra9 285H 14英寸轻薄本 32G 1T\n\n京东价　　￥7299.00\n到手价　　￥6899.00\n累计评价 1万+\n', '￥6899.00', '灵笔Pro14 AI智享'],
]));

test('a model named with its company\'s short name first (澄言大模型3.0 of 澄言智能) is the company\'s; 大模型 before a version is no part of its id', () => check([
  ['对话｜澄言智能创始人：先把账算明白\n\n编者按：澄言智能成立于2023年，去年底发布澄言大模型3.0，主打政务场景。\n\n主持人：3.0这一版训练用了多少卡？\n\n嘉宾：预训练阶段差不多三百张卡吧，跑了四个多月。\n\n主持人：价格呢？\n\n嘉宾：现在澄言3.0标准版每百万tokens一块五。\n', '三百张', '澄言大模型3.0', 'document'],
]));

test('a sentence that brings in another, unnamed thing (还有一个…的MoE版本) is not about the model named before it', () => check([
  ['主持人：参数规模呢？\n\n嘉宾：主力是70亿的，对外叫Qiheng-7B-Chat；还有一个300亿总参数的MoE版本，每个token激活大概30亿。\n', '300亿总参数', null, 'another'],
  ['主持人：参数规模呢？\n\n嘉宾：主力是70亿的，对外叫Qiheng-7B-Chat；还有一个300亿总参数的MoE版本，每个token激活大概30亿。\n', '大概30亿', null, 'another'],
]));

test('a Latin model\'s first word names it when it begins no other model\'s name (Lingxi of Lingxi-MoE-30B-A3B), not a variant\'s word', () => check([
  ['本次评测加入了Qiming-MoE-16B-A2B。长文本测试中DeepSeek-V3.1召回率96%，Qiming只有71%。', '71%', 'Qiming-MoE-16B-A2B'],
]));

test('a Latin first word several models begin with (Tern of Tern-MoE-64B-A6B and Tern-MoE-16B-A2.8B) names their family; not a company\'s English name, nor a part of an address', () => {
  check([
    ['本次发布 Tern-MoE-64B-A6B 与 Tern-MoE-16B-A2.8B。Tern 的上下文长度为 32K。', '32K', 'Tern'],
    ['本次發布 Tern-MoE-64B-A6B 與 Tern-MoE-16B-A2.8B。Tern 的上下文長度為 32K。', '32K', 'Tern'],
  ]);
  const families = (text: string) => analyse(text).entities.filter((e) => e.entityId === 'model:tianlan').map((e) => text.slice(e.start, e.end));
  assert.deepEqual(families('天澜智能（Tianlan AI）开源了Tianlan-MoE-236B-A21B和Tianlan-MoE-16B-A2B。Tianlan 的上下文长度为 32K。'), []);
  assert.deepEqual(families('Tianlan-MoE-236B-A21B和Tianlan-MoE-16B-A2B已上线 api.tianlan.ai。Tianlan 的上下文长度为 32K。'), []);
});

test('a value that is said to be another\'s (32B那是X的总参数) is that one\'s', () => check([
  ['纠正一下楼上，星河-4激活是20B，14B那是Qwen3-14B的总参数，别搞混了。', '14B', 'Qwen3-14B', 'after'],
  ['糾正一下樓上，星河-4啟用是20B，14B那是Qwen3-14B的總參數。', '14B', 'Qwen3-14B', 'after'],
]));

test('a developer page whose trail begins with the site\'s own platform (星衍开放平台 > 文档中心 > 计费说明) is about that platform; an app store\'s page about its app', () => check([
  ['星衍开放平台 > 文档中心 > 计费与账单 > 计费说明\n\n# 计费说明\n\n本文介绍星衍开放平台的计费方式。\n\n## 免费额度\n\n新用户注册后赠送2000万tokens免费额度，有效期30天。\n', '2000万tokens', '星衍开放平台', 'document'],
  ['灵答AI-智能助手：写作翻译AI搜索\n上海灵答智能科技有限公司\n#8 效率    4.7 ★★★★★    8.2万个评分    年龄 12+\n\n获取    App内购买项目\n\n【简介】\n灵答AI是一款智能助手。\n\n◆ 超长文本：一次可上传50个文件，支持12种语言互译。\n', '12种', '灵答AI', 'document'],
]));

test('a documentation trail that goes into a product after the help centre (云栈 > 文档中心 > 弹性推理服务 > 计费说明) is about that product; so is a product\'s own documentation header (X开放平台 · 文档中心)', () => check([
  ['云栈 > 文档中心 > 弹性推理服务 > 计费说明 > 实例价格\n\n# 实例价格\n\n包年包月购买可享受按量价格的八折，新购实例在五天内可申请退款。\n', '五天内', '弹性推理服务', 'document'],
  ['雲棧 > 文檔中心 > 彈性推理服務 > 計費說明 > 實例價格\n\n# 實例價格\n\n新購實例在五天內可申請退款。\n', '五天內', '弹性推理服务', 'document'],
  ['晨曦开放平台 · 文档中心　　控制台 ｜ 登录\n\n# 速率限制\n\n免费用户每分钟最多发起60次请求。\n', '60次', '晨曦开放平台', 'document'],
  ['晨曦開放平台 · 文檔中心　　控制台 ｜ 登錄\n\n# 速率限制\n\n免費用戶每分鐘最多發起60次請求。\n', '60次', '晨曦开放平台', 'document'],
]));

test('a pricing page headed by a product\'s Chinese and Latin names (砚台写作 InkStone | 定价) is that product\'s; its overseas edition (海外版) and the past days of its uptime (过去90天) are no generic place or old way', () => check([
  ['砚台写作 InkStone | 定价 · 常见问题\n\n专业版每月39元。\n\n过去90天，平台服务可用性为99.95%。\n', '99.95%', '砚台写作', 'document'],
  ['硯台寫作 InkStone | 定價 · 常見問題\n\n專業版每月39元。\n\n過去90天，平台服務可用性為99.95%。\n', '99.95%', '砚台写作', 'document'],
  ['砚台写作 InkStone | 定价 · 常见问题\n\n专业版每月39元。\n\n海外版使用美元计价，Pro为每月6.99美元。\n', '每月6.99美元', '砚台写作', 'document'],
  ['过去需要3天，现在只要2小时。', '3天', null, 'generic 过去'],
]));

test('a device\'s measure in a table\'s column of examples is the one device named there, not a list of the cards a centre holds', () => check([
  ['| 公司 | 代表产品 | FP16算力 | 显存 |\n| --- | --- | --- | --- |\n| 摩尔线程 | MTT S4000 | 100 TFLOPS | 48GB |\n', '100 TFLOPS', 'MTT S4000', 'table row'],
  ['| 公司 | 代表产品 | FP16算力 | 显存 |\n| --- | --- | --- | --- |\n| 摩尔线程 | MTT S4000 | 100 TFLOPS | 48GB |\n', '48GB', 'MTT S4000', 'table row'],
], true));

test('in a brief\'s section headed by a company, 公司 is that company, whatever the paragraph named last; 上调公司…预测 is no class of companies', () => check([
  ['晨会纪要\n\n（一）计算机｜星衡智能（688999.SH）：AI服务器龙头地位稳固\n\n据IDC数据，阿里巴巴宣布未来三年加大AI投入。公司2025Q1实现营收165.6亿元，同比增长65.3%。\n\n（二）电子｜曜石科技（688998.SH）：上调盈利预测\n\n盈利预测：上调公司2025-2027年营收预测至18/29/41亿元。\n', '165.6亿元', '星衡智能'],
  ['晨会纪要\n\n（一）计算机｜星衡智能（688999.SH）：AI服务器龙头地位稳固\n\n据IDC数据，阿里巴巴宣布未来三年加大AI投入。公司2025Q1实现营收165.6亿元，同比增长65.3%。\n\n（二）电子｜曜石科技（688998.SH）：上调盈利预测\n\n盈利预测：上调公司2025-2027年营收预测至18/29/41亿元。\n', '41亿元', '曜石科技'],
]));

test('an investor that will lead a round (软银将领投) raises no money: the company it invests in does', () => check([
  ['据报道，星衍智能正与红杉敲定新一轮融资，红杉将领投20亿元，投后估值约150亿元。', '20亿元', '星衍智能'],
  ['據報道，星衍智能正與紅杉敲定新一輪融資，紅杉將領投20億元，投後估值約150億元。', '約150億元', '星衍智能'],
]));

test('a company that gets investors\' money (MiniMax其后亦获腾讯等跟投) is no investor: its valuation is its own', () => check([
  ['资本市场亦未收手：星衍智能今年初完成超过10亿元融资，估值约50亿元；MiniMax其后亦获腾讯等跟投，估值据报已超过60亿元。', '超过60亿元', '稀宇科技'],
  ['資本市場亦未收手：星衍智能今年初完成超過10億元融資，估值約50億元；MiniMax其後亦獲騰訊等跟投，估值據報已超過60億元。', '超過60億元', '稀宇科技'],
]));

test('a story about one listed company (its title names it, its lead gives its stock code) makes 公司 that company, not a customer named since', () => check([
  ['证券时报网 > 公司 > 公司新闻\n\n衡川智算拟定增募资不超30亿元\n\n证券时报e公司讯，衡川智算（301999）11月18日晚间披露定增预案。\n\n记者注意到，公司主要客户包括智谱AI、月之暗面。公司前三季度实现营业收入8.63亿元。\n', '8.63亿元', '衡川智算'],
]));

test('a cloud\'s own page headed by its name and a bar (天枢云 | GPU云服务器) is about that cloud', () => check([
  ['天衢云 | GPU云服务器 双11算力狂欢节\n首页 > 产品 > GPU云服务器 > 价格与活动\n\n【活动时间】2025年11月1日—11月30日\n\n已接入客户超过12万家，覆盖8个地域。\n', '超过12万家', '天衢云'],
]));

test('a feature\'s lead after its credits (出品｜…, 作者｜…, 本文是…栏目的第N篇文章) names what it is about; a C端产品 in quotes is a product\'s name', () => check([
  ['烧钱、涨价、收缩战线：一家AI独角兽的“造血”实验\n\n出品｜科技组\n作者｜周安\n编辑｜陈锐\n\n本文是#AI进化论#栏目的第147篇文章。\n\n2025年10月的一个周五晚上，澜衡智能CEO在内部信里写下一句话。\n\n对一家成立不到三年、估值一度冲到30亿美元的大模型公司来说，这是一个信号。\n\n澜衡智能成立于2023年3月，澜衡的投资人说，澜衡今年收入有望过亿。\n', '30亿美元', '澜衡智能', 'document'],
  ['信发出的第二天，澜衡旗下C端产品“小澜”悄悄调整了会员价格：连续包月从29元涨到39元。', '39元', '小澜'],
]));

test('a lead that names a partner the company signs with (同时与谷歌签署…TPU算力协议) is about the company alone', () => check([
  ['路透中文网 | 科技 | 2025年10月23日\n\n更新2-Anthropic获130亿美元融资 同时与谷歌签署大规模TPU算力协议\n\nAnthropic周四表示已完成新一轮融资。Anthropic与谷歌的合作已有数年。\n\n知情人士称，这轮融资最初计划筹集50亿美元。\n', '50亿美元', 'Anthropic', 'document'],
  ['路透中文網 | 科技 | 2025年10月23日\n\n更新2-Anthropic獲130億美元融資 同時與谷歌簽署大規模TPU算力協議\n\nAnthropic週四表示已完成新一輪融資。Anthropic與谷歌的合作已有數年。\n\n知情人士稱，這輪融資最初計劃籌集50億美元。\n', '50億美元', 'Anthropic', 'document'],
]));

test('a title and a lead that name no one, over a text that names one model far more often than anything else: its unnamed measures are that model\'s', () => check([
  ['本报记者 张三 报道\n\n一家银行的大模型账本：120个场景、年省1.5亿元\n\n当大模型从“秀肌肉”走向“算细账”，银行是最早一批需要交出答卷的行业。\n\n截至2024年末，衡策大模型已在120个业务场景上线。衡策大模型覆盖信贷、风控与客服，衡策大模型的调用量逐月上升。行内人士说，衡策大模型的效果超出预期，衡策大模型明年还会扩展，衡策大模型将接入更多系统。\n\n全年累计节省人力约40万小时，折合降本约1.5亿元。\n', '约1.5亿元', '衡策大模型', 'document'],
  ['本报記者 张三 報導\n\n一家銀行的大模型賬本：120个場景、年省1.5億元\n\n当大模型从“秀肌肉”走向“算细账”，銀行是最早一批需要交出答卷的行业。\n\n截至2024年末，衡策大模型已在120个业务場景上线。衡策大模型覆盖信贷、风控与客服，衡策大模型的调用量逐月上升。行内人士说，衡策大模型的效果超出预期，衡策大模型明年还会扩展，衡策大模型将接入更多系统。\n\n全年累計節省人力约40萬小時，折合降本約1.5億元。\n', '約1.5億元', '衡策大模型', 'document'],
]));

test('a table row whose name the text does not know is no earlier row\'s company (a row is a thing of its own)', () => check([
  ['（单位：亿元）\n\n| 序号 | 企业名称 | AI相关营业收入 |\n|---|---|---|\n| 1 | 阿里云 | 1,068.0 |\n| 2 | 澜沧视觉 | 925.6 |\n', '1,068.0', '阿里云'],
  ['（单位：亿元）\n\n| 序号 | 企业名称 | AI相关营业收入 |\n|---|---|---|\n| 1 | 阿里云 | 1,068.0 |\n| 2 | 澜沧视觉 | 925.6 |\n', '925.6', null],
  ['（單位：億元）\n\n| 序號 | 企業名稱 | AI相關營業收入 |\n|---|---|---|\n| 1 | 阿里雲 | 1,068.0 |\n| 2 | 瀾滄視覺 | 925.6 |\n', '925.6', null],
]));

test('a release\'s labels over its headline (新闻稿 | PRESS RELEASE, 即时发布) name no one: the headline below them says what it is about', () => check([
  ['新闻稿 | PRESS RELEASE\n即时发布 | FOR IMMEDIATE RELEASE\n\n澜衡智能发布推理大模型衡思-3，推理成本下降约30%\n\n要点速览\n· 总参数约2400亿，激活参数约210亿\n\n澜衡智能今日发布衡思-3。衡思-3已上线澜衡开放平台。衡思-3支持128K上下文。\n', '约2400亿', '衡思-3', 'document'],
  ['新聞稿 | PRESS RELEASE\n即時發布\n\n澜衡智能發布推理大模型衡思-3，推理成本下降約30%\n\n要點速覽\n· 總參數約2400億，激活參數約210億\n\n澜衡智能今日發布衡思-3。衡思-3已上線澜衡開放平台。衡思-3支援128K上下文。\n', '約2400億', '衡思-3', 'document'],
]));

test('a caption that lists several things (可抵扣X、Y与Z的调用费用) says what a table is for, not whose its figures are', () => check([
  ['星衍开放平台 > 文档中心 > 计费说明\n\n## 资源包\n\n资源包可抵扣星衍-4-Plus、星衍-4-Turbo与星衍-R1的调用费用，购买后立即生效。\n\n| 规格 | 价格 |\n| --- | --- |\n| 1亿tokens | 68元 |\n', '68元', '星衍开放平台', 'document'],
  ['表2  CRPO在Qwen2-7B-Instruct上的消融\n\n| 设置 | MMLU |\n| --- | --- |\n| 完整方法 | 70.3 |\n', '70.3', 'Qwen2-7B-Instruct', 'table caption'],
], true));

test('a sentence opening with a whole region (全市, 全省, 本市) is about no one, whatever the paragraph named', () => check([
  ['东湖智算中心一期建成投运，算力规模2000P。全市大模型全年调用量超过8000亿tokens。', '超过8000亿tokens', null, 'generic'],
  ['東湖智算中心一期建成投運，算力規模2000P。全省大模型全年調用量超過8000億tokens。', '超過8000億tokens', null, 'generic'],
]));

test('a profile (【人物】…) is about the company its founder is introduced with, though the title names none', () => check([
  ['【科技人物】做懂方言的AI　博士创业三年估值过亿\n\n坐在会议室里，36岁的声澜科技创始人兼CEO林知远说话很快。\n\n去年完成了2,000万美元A轮融资。\n\n目前团队有60人。', '60人', '声澜科技', 'document'],
  ['【創科人物】做懂方言的AI　博士創業三年估值過億\n\n坐在會議室裡，36歲的聲瀾科技創辦人兼行政總裁林知遠說話很快。\n\n去年完成了2,000萬美元A輪融資。\n\n目前團隊有60人。', '60人', '声澜科技', 'document'],
]));

test('a shop whose sales report or channel a sentence cites (京东战报显示, 京东渠道销量, 在京东…榜中) is no subject of its figures', () => check([
  ['京东官方战报显示，AI PC成交额同比增长超过300%。', '超过300%', null],
  ['京東官方戰報顯示，AI PC成交額同比增長超過300%。', '超過300%', null],
  ['三星Galaxy S24系列京东渠道销量同比增长约五成。', '约五成', 'Galaxy S24'],
  ['三星Galaxy S24系列京東渠道銷量同比增長約五成。', '約五成', 'Galaxy S24'],
  ['华为Pura 70在京东手机单品榜中位列第一，销量超过30万台。', '超过30万台', 'Pura 70'],
]));

test('a model a name is likened to (GPT-4级别的X) qualifies it: the figure is the named one\'s', () => check([
  ['阿里云宣布，GPT-4级别的Qwen-Long输入价格降到0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
  ['阿里雲宣布，GPT-4級別的Qwen-Long輸入價格降到0.0005元/千tokens。', '0.0005元/千tokens', '通义千问-Long', 'chain'],
]));

test('a bracket of measures after a name, each with its words (X(总参数157亿,激活24亿)), is that name\'s, whatever a list names before it', () => check([
  ['基线包括Meta的Llama-3.1-8B、深度求索的DeepSeek-V2-Lite(总参数157亿,激活24亿),以及本团队的模型。', '157亿', 'DeepSeek-V2-Lite', 'clause'],
  ['基線包括Meta的Llama-3.1-8B、深度求索的DeepSeek-V2-Lite（總參數157億，激活24億），以及本團隊的模型。', '24億', 'DeepSeek-V2-Lite', 'clause'],
]));

test('in a post with replies, a commenter\'s own number of no named kind is not the post\'s topic\'s', () => check([
  ['DeepSeek夜间半价，最低打2.5折\n\n科技博主V\n【DeepSeek夜间半价】DeepSeek今晚宣布推出错峰优惠。\n赞 5.6万\n\n码农小王：\n夜里跑批确实香。\n赞 2371\n └ 韭菜日记：我就问问，满仓被套了23%[泪]\n赞 12\n', '23%', null],
  ['DeepSeek夜間半價，最低打2.5折\n\n科技博主V\n【DeepSeek夜間半價】DeepSeek今晚宣布推出錯峰優惠。\n讚 5.6萬\n\n碼農小王：\n夜裡跑批確實香。\n讚 2371\n └ 韭菜日記：我就問問，滿倉被套了23%[淚]\n讚 12\n', '23%', null],
  // (not a post alone: the story's own numbers stay its topic's)
  ['DeepSeek夜间半价，最低打2.5折\n\nDeepSeek今晚宣布推出错峰优惠。夜间调用量占全天的23%。\n', '23%', '深度求索'],
]));

test('a note\'s label (译者后记：, 编者按：) is no speaker\'s turn: 公司 after it is the company the note names', () => check([
  ['译者后记：Halcyon Labs 成立于 2022 年，总部位于旧金山。公司今年 1 月刚完成由 Lightspeed 领投的 4.5 亿美元 C 轮融资。', '4.5 亿美元', 'Halcyon Labs', 'coreference'],
  ['譯者後記：Halcyon Labs 成立於 2022 年，總部位於舊金山。公司今年 1 月剛完成由 Lightspeed 領投的 4.5 億美元 C 輪融資。', '4.5 億美元', 'Halcyon Labs', 'coreference'],
]));

test('a table row that names a platform and a model prices the model (| 百度智能云千帆 | ERNIE 4.0 Turbo | 20 |)', () => check([
  ['说明：输入/输出单位均为元/M。\n\n| 平台 | 模型 | 输入 | 输出 |\n| --- | --- | --- | --- |\n| 百度智能云千帆 | ERNIE 4.0 Turbo | 20 | 60 |\n', '20', '文心大模型 4.0 Turbo', 'table row'],
  ['說明：輸入/輸出單位均為元/M。\n\n| 平台 | 模型 | 輸入 | 輸出 |\n| --- | --- | --- | --- |\n| 阿里雲百煉 | Qwen-Max | 2.4 | 9.6 |\n', '9.6', 'Qwen2.5-Max', 'table row'],
], true));

test('in a chat log, a message goes on about what it or the messages just above it named (问：H100整机什么价？ / 答：1.8刀一卡时)', () => check([
  ['群主 20:38\n今晚聊聊行情\n\n老K 20:41\nH100现在整机租大概什么价？\n\n王工 20:43\n8卡H100 SXM整机，年付6.5w/月左右\n按卡时算，海外1.8-2.2刀一卡时\n', '1.8-2.2刀一卡时', 'H100', 'chat above'],
  ['群主 20:38\n今晚聊聊行情\n\n老K 20:41\nH100現在整機租大概什麼價？\n\n王工 20:43\n按卡時算，海外1.8-2.2刀一卡時\n', '1.8-2.2刀一卡時', 'H100', 'chat above'],
  // (the machine of so many cards is what its price is about: 8卡H100 SXM整机)
  ['群主 20:38\n今晚聊聊行情\n\n老K 20:41\n问个行情\n\n王工 20:43\n8卡H100 SXM整机，年付的话现在6.5w/月左右\n', '6.5w/月左右', 'H100'],
  // (not in an article: a paragraph's figure with no name of its own does not reach back to the paragraph before)
  ['H100整机租金最近回落。\n\n按卡时算，海外1.8-2.2刀一卡时。\n', '1.8-2.2刀一卡时', null],
]));

test('in a transcript of time-stamped turns, a turn goes on about what the turns just above it named (a podcast\'s [00:08:37] Mia：激活参数好像是47B吧？)', () => check([
  ['【硅基夜谈】EP12｜开源模型\n\n[00:00:12] 老周：欢迎收听。\n\n[00:08:31] 老周：DeepSeek-V3是一个MoE模型，总参数671B。\n\n[00:08:37] Mia：激活参数好像是47B吧？\n\n[00:08:41] 老周：不对，激活是37B，预训练数据是14.8T tokens。\n\n[00:08:55] Mia：那上下文呢？\n\n[00:09:02] 老周：上下文是128K。\n', '128K', 'DeepSeek-V3', 'chat above'],
  ['【矽基夜談】EP12｜開源模型\n\n[00:00:12] 老周：歡迎收聽。\n\n[00:08:31] 老周：DeepSeek-V3是一個MoE模型，總參數671B。\n\n[00:08:37] Mia：激活參數好像是47B吧？\n', '47B', 'DeepSeek-V3', 'chat above'],
  // (subtitles with no speaker are no turns: a general remark names no one)
  ['【实测】一张卡能跑多大的模型？\n\n[00:14] 显卡是一张RTX 4090，24G显存。\n[00:36]（弹幕：4090都快成理财产品了）\n[00:45] 模型原本每个参数用16位存，量化成4位左右。\n', '4位左右', null],
]));

test('a table on its side (| 模型 | 渊鉴-2.5-480B | 渊鉴-2.5-Flash | over rows 总参数, 上下文长度): the header names the models, the rows what is measured', () => check([
  ['| 模型 | 渊鉴-2.5-480B-A35B | 渊鉴-2.5-Flash |\n|---|---|---|\n| 总参数 | 480B | 30.5B |\n| 激活参数 | 32B | 3.3B |\n| 上下文长度 | 256K | 128K |\n', '3.3B', '渊鉴-2.5-Flash', 'table column'],
  ['| 模型 | 渊鉴-2.5-480B-A35B | 渊鉴-2.5-Flash |\n|---|---|---|\n| 總參數 | 480B | 30.5B |\n| 激活參數 | 32B | 3.3B |\n| 上下文長度 | 256K | 128K |\n', '256K', '渊鉴-2.5-480B-A35B', 'table column'],
], true));

test('a size before 的 and the kind of model is that model\'s (上一代720亿参数的稠密模型渊鉴-2.0-72B)', () => check([
  ['渊鉴-2.5-Flash仅激活33亿参数，超过了上一代720亿参数的稠密模型渊鉴-2.0-72B。', '720亿参数', '渊鉴-2.0-72B', 'after 的'],
  ['渊鉴-2.5-Flash僅激活33億參數，超過了上一代720億參數的稠密模型渊鉴-2.0-72B。', '720億參數', '渊鉴-2.0-72B', 'after 的'],
]));

test('the tool a table\'s caption says measured it (工具用的是vLLM自带的benchmark_serving.py) is not what its figures are about', () => check([
  ['Qwen3-32B私有化部署实录\n\n工具用的是vLLM自带的benchmark_serving.py，输入固定1,024 tokens：\n\n| 并发数 | 首token延迟 | 单请求输出速度 |\n|---|---|---|\n| 1 | 0.42 s | 41.3 tokens/s |\n', '41.3 tokens/s', 'Qwen3-32B'],
  ['Qwen3-32B私有化部署實錄\n\n工具用的是vLLM自帶的benchmark_serving.py，輸入固定1,024 tokens：\n\n| 並發數 | 首token延遲 | 單請求輸出速度 |\n|---|---|---|\n| 1 | 0.42 s | 41.3 tokens/s |\n', '41.3 tokens/s', 'Qwen3-32B'],
], true));

test('a company\'s results table (年增率) is the company\'s, not the product the story also speaks of; a question set as a heading names no section\'s company; 全系列 is the series named before', () => {
  check([
    ['輝達財報優於預期，Blackwell 延遲陰影下股價重挫\n\n輝達第二季營收創新高。\n\n| 項目 | 2025 財年 Q2 | 年增率 |\n|---|---|---|\n| 總營收 | 300.4 億美元 | 122% |\n', '122%', '英伟达'],
    ['英伟达财报优于预期，Blackwell 延迟阴影下股价重挫\n\n英伟达第二季营收创新高。\n\n| 项目 | 2025 财年 Q2 | 年增率 |\n|---|---|---|\n| 总营收 | 300.4 亿美元 | 122% |\n', '122%', '英伟达'],
  ], true);
  check([
    ['证券代码：301587    证券简称：汇智云算\n\n汇智云算科技股份有限公司\n投资者关系活动记录表\n\n问题7：请问公司与阿里云、字节跳动等大厂是否有合作？\n\n答：您好。公司于2024年7月与某头部互联网企业签署了算力服务合同，合同总金额约18.6亿元。谢谢。\n', '约18.6亿元', '汇智云算'],
    ['證券代碼：301587    證券簡稱：匯智雲算\n\n匯智雲算科技股份有限公司\n投資者關係活動記錄表\n\n問題7：請問公司與阿里雲、字節跳動等大廠是否有合作？\n\n答：您好。公司於2024年7月與某頭部互聯網企業簽署了算力服務合同，合同總金額約18.6億元。謝謝。\n', '約18.6億元', '汇智云算'],
  ]);
  check([
    ['发布 **QingLan-2** 系列模型，以及 MoE 模型 QingLan-2-MoE-48B-A6B。\n\nQingLan-2-MoE-48B-A6B 总参数 483 亿。\n\n全系列模型在 1,024 张昇腾 910B 上训练完成。', '1,024 张', 'QingLan-2', 'coreference 全系列'],
    ['發布 **QingLan-2** 系列模型，以及 MoE 模型 QingLan-2-MoE-48B-A6B。\n\nQingLan-2-MoE-48B-A6B 總參數 483 億。\n\n全系列模型在 1,024 張昇騰 910B 上訓練完成。', '1,024 張', 'QingLan-2', 'coreference 全系列'],
  ], true);
});

test('a figure in brackets right after a name in its own cell is that name\'s (| 性能对标DeepSeek-R1（6710亿参数） |), not the row\'s model', () => check([
  ['| 厂商 | 模型 | 要点 |\n|---|---|---|\n| 阿里巴巴 | QwQ-32B | 320亿参数，性能对标DeepSeek-R1（6710亿参数） |\n', '6710亿参数', 'DeepSeek-R1', 'table row'],
  ['| 廠商 | 模型 | 要點 |\n|---|---|---|\n| 阿里巴巴 | QwQ-32B | 320億參數，性能對標DeepSeek-R1（6710億參數） |\n', '6710億參數', 'DeepSeek-R1', 'table row'],
  ['| 厂商 | 模型 | 要点 |\n|---|---|---|\n| 阿里巴巴 | QwQ-32B | 320亿参数，性能对标DeepSeek-R1（6710亿参数） |\n', '320亿参数', 'QwQ-32B', 'table row'],
], true));

test('a README\'s title below its markup (<p align="center">, a logo, a bar of links) is its title: its model is what the sections\' figures are about; 全系列 is the series the text speaks of most', () => {
  check([
    ['<p align="center">\n  <img src="logo.png" width="360"/>\n</p>\n\n<p align="center">\n  <a href="README_EN.md">English</a> | 中文\n</p>\n\n# Helix-2\n\n### 训练细节\n\n- **数据处理**：我们从超过 80TB 的原始网页数据中筛选出约 9T tokens 的高质量语料。\n', '约 9T tokens', 'Helix-2', 'heading'],
    ['<p align="center">\n  <img src="logo.png" width="360"/>\n</p>\n\n<p align="center">\n  <a href="README_EN.md">English</a> | 中文\n</p>\n\n# Helix-2\n\n### 訓練細節\n\n- **數據處理**：我們從超過 80TB 的原始網頁數據中篩選出約 9T tokens 的高質量語料。\n', '約 9T tokens', 'Helix-2', 'heading'],
  ], true);
  check([
    ['- 发布 **QingLan-2** 系列模型，QingLan-2 更强。\n- 开源 QingLan-1 系列模型。\n\nQingLan-2 总参数 483 亿。\n\n全系列模型在 1,024 张昇腾 910B 上训练完成，QingLan-2 开源。', '1,024 张', 'QingLan-2', 'coreference 全系列'],
  ], true);
});

test('cards counted are their owner\'s, not their maker\'s named right before them (其中英伟达H800和A800约1.4万张); a kind of model after a company\'s short name is no verb (鲸跃做大模型)', () => {
  check([
    ['截至今年9月，鲸跃科技自有的GPU合计约3.2万张。其中英伟达H800和A800约1.4万张，其余是华为昇腾910B，约8000张。', '约1.4万张', '鲸跃科技'],
    ['截至今年9月，鯨躍科技自有的GPU合計約3.2萬張。其中輝達H800和A800約1.4萬張，其餘是華為昇騰910B，約8000張。', '約1.4萬張', '鲸跃科技'],
    ['截至今年9月，鲸跃科技自有的GPU合计约3.2万张。其中英伟达H800和A800约1.4万张，其余是华为昇腾910B，约8000张。', '约8000张', '鲸跃科技'],
  ]);
  for (const text of ['鲸跃科技成立于2012年。鲸跃做大模型并不算早。', '鲸跃科技成立于2012年。鲸跃给顶尖大模型研究员开出高薪。']) {
    assert.deepEqual(analyse(text).entities.filter((e) => e.kind === 'model').map((e) => e.text), [], text);
  }
});

test('a system built on a model: its quoted name is the topic (基于文心大模型打造的“工艺大脑”); an unnamed one leaves the model the topic', () => check([
  ['基于百度文心大模型打造的“工艺大脑”正在优化注塑参数。系统上线后，能耗下降了百分之十二点六。', '百分之十二点六', '工艺大脑', 'paragraph'],
  ['基於百度文心大模型打造的「工藝大腦」正在優化注塑參數。系統上線後，能耗下降了百分之十二點六。', '百分之十二點六', '工艺大脑', 'paragraph'],
  ['基于讯飞星火打造的设备运维助手能够听音辨病。企业介绍，这套系统投用半年多，设备非计划停机时间减少了40%。', '40%', '讯飞星火', 'paragraph'],
  ['基於訊飛星火打造的設備運維助手能夠聽音辨病。企業介紹，這套系統投用半年多，設備非計劃停機時間減少了40%。', '40%', '讯飞星火', 'paragraph'],
  // (a model compared with stays no topic)
  ['与GPT-4o相比，这套系统的停机时间减少了40%。', '40%', null],
]));

test('an institute credited with a report (中经数智研究院 ｜ 《…白皮书》节选) is not what the report\'s figures are about', () => check([
  ['中经数智研究院 ｜ 《中国大模型产业发展白皮书（2025）》节选\n\n第三章  市场规模与结构\n\n2024年中国大模型市场规模为294.6亿元。', '294.6亿元', null],
  ['中經數智研究院 ｜ 《中國大模型產業發展白皮書（2025）》節選\n\n第三章  市場規模與結構\n\n2024年中國大模型市場規模為294.6億元。', '294.6億元', null],
  ['中经数智研究院 ｜ 《中国大模型产业发展白皮书（2025）》节选\n\n按收入来源划分（单位：亿元）：\n\n表3-1  市场规模\n\n| 细分领域 | 2023年 | 2024年 |\n|---|---|---|\n| AI原生应用 | 28.0 | 35.8 |\n', '35.8', null],
]));

test('software a model is served or trained with (部署用的是 vLLM) is a tool, never the subject', () => check([
  ['部署用的是 vLLM，跑在 1 张 A800 上，单卡吞吐约 1,150 tokens/s。', '约 1,150 tokens/s', null],
  ['部署用的是 vLLM，跑在 1 張 A800 上，單卡吞吐約 1,150 tokens/s。', '約 1,150 tokens/s', null],
  ['TicketQwen-14B上线了。部署用的是 vLLM，单卡吞吐约 1,150 tokens/s。', '约 1,150 tokens/s', 'TicketQwen-14B'],
  // (software measured itself keeps its figures)
  ['vLLM 0.6 的吞吐比上一版提升了2.7倍。', '2.7倍', 'vLLM'],
  // (a framework the knowledge base knows is a tool wherever it stands)
  ['推荐部署：vLLM ≥ 0.8.5，单机 8×H20 可支持约 120 路并发。', '约 120 路', null],
  ['訓練用 DeepSpeed ZeRO-3，每步耗時約 42 秒，訓練吞吐約 9,400 tokens/s。', '約 9,400 tokens/s', null],
  // (a framework's developers are its own)
  ['飞桨平台凝聚的开发者已达750万。', '750万', '飞桨'],
]));

test('a base named after 基座是, through a chain (基座是通义千问开源的Qwen2.5-72B), is not what continued training measures', () => check([
  ['Kimi-Dev的基座是月之暗面开源的Kimi K2，在上面做了1.2万亿tokens的继续预训练。', '1.2万亿tokens', 'Kimi-Dev'],
  ['Kimi-Dev的基座是月之暗面開源的Kimi K2，在上面做了1.2萬億tokens的繼續預訓練。', '1.2萬億tokens', 'Kimi-Dev'],
]));

test('a list row\'s name with its maker in brackets after it (1. 豆包（字节跳动）  1.62亿) is the row\'s subject', () => check([
  ['字节跳动旗下豆包8月月活达到1.62亿。\n\n榜单前五名如下：\n1. 豆包（字节跳动）  1.62亿  +6.8%\n2. DeepSeek（深度求索） 9270万  -3.1%\n3. 腾讯元宝（腾讯） 4870万  +11.5%\n', '+6.8%', '豆包大模型'],
  ['字節跳動旗下豆包8月月活達到1.62億。\n\n榜單前五名如下：\n1. 豆包（字節跳動）  1.62億  +6.8%\n2. DeepSeek（深度求索） 9270萬  -3.1%\n3. 騰訊元寶（騰訊） 4870萬  +11.5%\n', '+6.8%', '豆包大模型'],
]));

test('a name given in quotes (叫“衡流”, 诊断系统「影析」, 法律模型「律思」, 旗下的“小鹿AI”) is the subject of its sentence\'s figures', () => check([
  ['这背后是我们自己写的推理引擎，叫“衡流”，比开源方案快了一点八倍。', '一点八倍', '衡流'],
  ['這背後是我們自己寫的推理引擎，叫「衡流」，比開源方案快了一點八倍。', '一點八倍', '衡流'],
  ['该公司的胸部CT辅助诊断系统「影析」已在医院试用，肺结节检出准确率达96.8%。', '96.8%', '影析'],
  ['該公司胸部CT輔助診斷系統「影析」已在醫院試用，肺結節檢出準確率達96.8%。', '96.8%', '影析'],
  ['公司以Llama 3.1 70B为基座微调出法律模型「律思」，合约审阅速度较人手快约15倍。', '约15倍', '律思'],
  ['公司以Llama 3.1 70B為基座微調出法律模型「律思」，合約審閱速度較人手快約15倍。', '約15倍', '律思'],
  // (a kind of model between 以 and the base: 以开源模型Qwen2.5-32B为基座)
  ['南湖大学发布澄思-R1。澄思-R1以开源模型Qwen2.5-32B为基座，自建了包含260万道数学题目的推理数据集。', '260万道', '澄思-R1'],
  ['南湖大學發布澄思-R1。澄思-R1以開源模型Qwen2.5-32B為基座，自建了包含260萬道數學題目的推理數據集。', '260萬道', '澄思-R1'],
  ['杭州鹿鸣智能旗下的“小鹿AI”，8月月活达到1410万。', '1410万', '小鹿AI'],
  ['杭州鹿鳴智能旗下的「小鹿AI」，8月月活達到1410萬。', '1410萬', '小鹿AI'],
  // (a nickname in quotes is no name: 叫“卷王”)
  ['这家公司被同行叫“卷王”，去年营收增长了30%。', '30%', null],
]));

test('a model\'s run measure given for the chip it runs on (| H20 | 1,320 |, 在H20上首字延迟310ms) is the model\'s', () => check([
  ['## DeepSeek-V3 在不同卡上的推理表现\n\n| 显卡 | 吞吐 (tokens/s) | 首字延迟 (ms) |\n| --- | --- | --- |\n| H800 | 2,150 | 180 |\n| H20 | 1,320 | 310 |\n', '310', 'DeepSeek-V3', 'run on'],
  ['## DeepSeek-V3 在不同卡上的推理表現\n\n| 顯卡 | 吞吐 (tokens/s) | 首字延遲 (ms) |\n| --- | --- | --- |\n| H800 | 2,150 | 180 |\n| H20 | 1,320 | 310 |\n', '2,150', 'DeepSeek-V3', 'run on'],
  // (a model a column's header names first)
  ['## 推理对比\n\n我们还测了DeepSeek-V3。\n\n| 显卡 | Qwen2.5-72B 吞吐 (tokens/s) |\n| --- | --- |\n| H800 | 2,150 |\n', '2,150', 'Qwen2.5-72B', 'run on'],
  // (no model in sight: the chip keeps it; and a chip's own measure stays the chip's)
  ['| 显卡 | 首字延迟 (ms) |\n| --- | --- |\n| H800 | 180 |\n', '180', 'H800', 'table row'],
  ['我们用 DeepSeek-V3 做测试。H20 的显存为96GB。', '96GB', 'H20'],
  // (and a model's speed given for the cloud it runs on)
  ['## TicketQwen-14B 的部署\n\n机器是在星河算力云上租的。部署用的是 vLLM，跑在 1 张 A800 上（星河算力云包月价 6,800元/月），单卡吞吐约 1,150 tokens/s。', '约 1,150 tokens/s', 'TicketQwen-14B', 'run on'],
  // (and its window or its price per tokens given for the platform that serves it: a platform prices others' models)
  ['同一个DeepSeek-V3，三家云怎么卖？\n\n火山方舟的输入价为2元/百万tokens，上下文开到了128K。', '2元/百万tokens', 'DeepSeek-V3', 'run on'],
  ['同一個DeepSeek-V3，三家雲怎麼賣？\n\n火山方舟的輸入價為2元/百萬tokens，上下文開到了128K。', '128K', 'DeepSeek-V3', 'run on'],
  ['DeepSeek-V3在各平台的价格如下。\n\n| 平台 | 输入（元/百万tokens） | 上下文 |\n| --- | --- | --- |\n| 阿里云百炼 | 2 | 64K |\n', '64K', 'DeepSeek-V3', 'run on'],
  // (not a model another table lists above: its rows are that table's own)
  ['| 模型 | 输入价格（元/百万tokens） |\n| --- | --- |\n| Qwen-Plus | 0.8 |\n\n| 显卡 | 速度（tokens/s） |\n| --- | --- |\n| H800 | 45.2 |\n', '45.2', 'H800', 'table row'],
  ['| 模型 | 輸入價格（元/百萬tokens） |\n| --- | --- |\n| Qwen-Plus | 0.8 |\n\n| 顯卡 | 速度（tokens/s） |\n| --- | --- |\n| H800 | 45.2 |\n', '45.2', 'H800', 'table row'],
], true));

test('a market index\'s move (恒生科技指数年初至今累升约32%) is no company\'s, whoever the paragraph names; a company\'s weight in it is the company\'s', () => check([
  ['DeepSeek带动港股重估。恒生科技指数年初至今累升约32%，跑赢标普500指数逾30个百分点。', '约32%', null, 'generic'],
  ['DeepSeek帶動港股重估。恒生科技指數年初至今累升約32%，跑贏標普500指數逾30個百分點。', '逾30個百分點', null, 'generic'],
  ['腾讯在恒生指数中的权重达8%。', '8%', '腾讯'],
]));

test('a market-wide sentence after a month range (2025年1-11月，全国…) is no one\'s; a procurement\'s budget is the buyer\'s, not the winner\'s', () => check([
  ['华为云中标宁川项目。据统计，2025年1-11月，全国各级政府部门公开的大模型相关中标项目超过1,500个。', '超过1,500个', null, 'generic'],
  ['華為雲中標寧川項目。據統計，2025年1-11月，全國各級政府部門公開的大模型相關中標項目超過1,500個。', '超過1,500個', null, 'generic'],
  // (and a span of time opened with 从: 从2024年第四季到2025年第三季，国内…)
  ['ChatGPT问世快满三年。据统计，从2024年第四季到2025年第三季，国内至少有9家大模型新创完成募资。', '9家', null, 'generic'],
  ['ChatGPT問世快滿三年。據統計，從2024年第四季到2025年第三季，國內至少有9家大模型新創完成募資。', '9家', null, 'generic'],
  ['宁川政务大模型项目结果公布\n\n【包1：平台及算力，华为云联合体中标】\n\n包1为“政务大模型平台”，预算4,860万元，是三个包中金额最大的一个。', '4,860万元', null, 'generic'],
  ['寧川政務大模型項目結果公布\n\n【包1：平台及算力，華為雲聯合體中標】\n\n包1為「政務大模型平台」，預算4,860萬元，是三個包中金額最大的一個。', '4,860萬元', null, 'generic'],
]));

test('a comparison on its side with an empty corner (| | 小米AI眼镜 Pro | Lumi S2 | AirMe | over 到手价, 重量): the header names the things compared', () => check([
  ['📊 对比表\n\n| | 小米AI眼镜 Pro | Lumi S2 | AirMe |\n|---|---|---|---|\n| 到手价 | 1699元 | 2294元 | 999元 |\n| 重量 | 40g | 49g | 32.5g |\n| 官方续航 | 8.5h | 5h | 10h |\n', '999元', 'AirMe', 'table column'],
  ['📊 對比表\n\n| | 小米AI眼鏡 Pro | Lumi S2 | AirMe |\n|---|---|---|---|\n| 到手價 | 1699元 | 2294元 | 999元 |\n| 重量 | 40g | 49g | 32.5g |\n| 官方續航 | 8.5h | 5h | 10h |\n', '2294元', 'Lumi S2', 'table column'],
  // (a header of years is no list of names)
  ['| | 2024年 | 2025年 |\n|---|---|---|\n| 营收 | 100亿元 | 130亿元 |\n| 净利润 | 10亿元 | 12亿元 |\n', '130亿元', null],
], true));

test('a corner over names the knowledge base knows (| 机型 | Galaxy S25 Ultra | iPhone 16 Pro Max | over RAM, 电池容量): the header names the devices, the first column no product', () => check([
  ['| 机型 | Galaxy S25 Ultra | iPhone 16 Pro Max |\n|---|---|---|\n| RAM | 12GB | 8GB |\n| 电池容量 | 5,000mAh | 4,685mAh |\n', '8GB', 'iPhone 16 Pro Max', 'table column'],
  ['| 機型 | Galaxy S25 Ultra | iPhone 16 Pro Max |\n|---|---|---|\n| RAM | 12GB | 8GB |\n| 電池容量 | 5,000mAh | 4,685mAh |\n', '5,000mAh', 'Galaxy S25 Ultra', 'table column'],
], true));

test('a column of models whose names carry their use in brackets (Lingo-ASR（语音识别）) is no table on its side: its rows are the models', () => check([
  ['| 模型 | 计费单位 | 单价 |\n|---|---|---|\n| 澄川绘图 v2 | 每张图片 | 0.25元 |\n| Lingo-ASR（语音识别） | 每小时音频 | 1.2元 |\n| Lingo-TTS（语音合成） | 每万字符 | 2元 |\n', '0.25元', '澄川绘图 v2', 'table row'],
  ['| 模型 | 計費單位 | 單價 |\n|---|---|---|\n| 澄川繪圖 v2 | 每張圖片 | 0.25元 |\n| Lingo-ASR（語音識別） | 每小時音頻 | 1.2元 |\n| Lingo-TTS（語音合成） | 每萬字符 | 2元 |\n', '0.25元', '澄川繪圖 v2', 'table row'],
], true));

test('a social post\'s author line under their name (联合创始人 & CEO @ 栈桥智能 ｜ 前阿里云…) makes the company after the @ the post\'s topic', () => check([
  ['林晓 Xiao Lin · 1st\n联合创始人 & CEO @ 栈川智能 ｜ 前阿里云算法负责人 ｜ 清华计算机系\n\n🚀 今天终于可以说了：我们完成800万美元种子轮融资！\n\n上线9个月，我们已签约23家付费客户，ARR达到160万美元。', '160万美元', '栈川智能', 'speaker'],
  ['林曉 Xiao Lin · 1st\n聯合創辦人 & CEO @ 棧川智能 ｜ 前阿里雲演算法負責人\n\n🚀 今天終於可以說了：我們完成800萬美元種子輪融資！\n\n上線9個月，我們已簽約23家付費客戶，ARR達到160萬美元。', '160萬美元', '栈川智能', 'speaker'],
]));

test('a chip named before its own part (A18 Pro的神经网络引擎算力) is what the compute is of, not the model of the clause before', () => check([
  ['Apple Intelligence的端侧基础模型约30亿参数，A18 Pro的神经网络引擎算力为35 TOPS。', '35 TOPS', 'A18 Pro'],
  ['Apple Intelligence的裝置端基礎模型約30億參數，A18 Pro的神經網路引擎算力為35 TOPS。', '35 TOPS', 'A18 Pro'],
]));

test('a team of a family before 的 is one more modifier of the chain (阿里通义千问团队的Qwen2-57B-A14B): the model it ends in is the subject', () => check([
  ['阿里巴巴通义千问团队的Qwen2-57B-A14B以570亿总参数追平了更大的稠密模型。', '570亿总参数', 'Qwen2-57B-A14B', 'chain'],
  ['阿里巴巴通義千問團隊的Qwen2-57B-A14B以570億總參數追平了更大的稠密模型。', '570億總參數', 'Qwen2-57B-A14B', 'chain'],
]));

test('it followed by a word of speaking is a person (a Hong Kong column\'s 佢透露), no reference: the clause\'s own 公司 is', () => check([
  ['■ 港言智能：要做最識講廣東話嘅AI\n\n港言智能（HKLingo）創辦人話：「好多大模型講廣東話都唔地道。」\n\n港言智能成立於2021年，今年完成A輪融資。公司自研嘅「港言」大模型有70億參數。喺自建評測集上，港言得分80.1，高過GPT-4o嘅70.5分。\n\n目前港言已接入兩間銀行嘅客服系統，月活躍用戶約30萬。\n\n佢透露，公司現時有42名員工。', '42名', '港言智能', 'coreference 公司'],
  ['■ 港言智能：要做最懂粤语的AI\n\n港言智能（HKLingo）创始人说：“很多大模型讲粤语都不地道。”\n\n港言智能成立于2021年，今年完成A轮融资。公司自研的“港言”大模型有70亿参数。在自建评测集上，港言得分80.1，高于GPT-4o的70.5分。\n\n目前港言已接入两家银行的客服系统，月活跃用户约30万。\n\n它透露，公司现在有42名员工。', '42名', '港言智能', 'coreference 公司'],
]));

test('a company held up as a model (做下一个OpenAI, 成为中国的英伟达) is no antecedent of a later 公司', () => check([
  ['港語智能成立於2022年，估值約1.1億美元。\n\n「我哋唔係要做下一個OpenAI，」創辦人笑言。\n\n公司現時有38名員工。', '38名', '港语智能', 'coreference 公司'],
  ['港语智能成立于2022年，估值约1.1亿美元。\n\n“我们不想成为中国的OpenAI，”创始人笑言。\n\n公司现在有38名员工。', '38名', '港语智能', 'coreference 公司'],
]));

test('公司 opening its company\'s own test of what it built (公司内部的法律问答测试，准确率…) is no company reference: the model the paragraph speaks of', () => check([
  ['最新的森语-3以Llama 3.1 70B为基础。在评测TMMLU+上，森语-3拿到72.4分；公司内部的法律问答测试，准确率则达到91.3%。', '91.3%', '森语-3'],
  ['最新的森語-3以Llama 3.1 70B為基礎。在評測TMMLU+上，森語-3拿到72.4分；公司內部的法律問答測試，準確率則達到91.3%。', '91.3%', '森语-3'],
]));

test('a count of companies (少说也有二十家, 7家企业入围) is of a group, no one company\'s; its own companies (其10家关联公司) are its', () => check([
  ['芯衡科技的推理卡已经量产。国内做推理芯片的公司少说也有二十家。', '二十家', null, 'generic 家'],
  ['芯衡科技的推理卡已經量產。國內做推理晶片的公司少說也有二十家。', '二十家', null, 'generic 家'],
  ['华为云牵头的联合体中标，共有7家企业参与投标。', '7家', null, 'generic 家'],
  ['華為雲牽頭的聯合體中標，共有7家企業參與投標。', '7家', null, 'generic 家'],
  ['美国商务部将智谱及其10家关联公司列入实体清单。', '10家', '智谱'],
  ['美國商務部將智譜及其10家關聯公司列入實體清單。', '10家', '智谱'],
  // (companies a place hosts are its own count)
  ['星河智算中心日前投产。该中心目前已有超过40家企业入驻。', '超过40家', '星河智算中心'],
  ['星河智算中心日前投產。該中心目前已有超過40家企業進駐。', '超過40家', '星河智算中心'],
  // (customers are counted as the company's users, not as a group of companies)
  ['科大讯飞的语音平台已服务超过1,200家企业客户。', '超过1,200家', '科大讯飞'],
]));

test('a heading that names a family with one of its models right after it (通义千问Qwen2.5开源全家桶) speaks of that model', () => check([
  ['# 通义千问Qwen2.5开源全家桶\n\n## 二、四大升级\n\n1. **上下文更长**：支持128K上下文，单次最多生成8K tokens；\n', '128K', 'Qwen2.5', 'heading'],
  ['# 通義千問Qwen2.5開源全家桶\n\n## 二、四大升級\n\n1. **上下文更長**：支援128K上下文，單次最多生成8K tokens；\n', '128K', 'Qwen2.5', 'heading'],
]));

test('an ellipsis ends a clause as a comma does (早就免费了…只有OpenAI还敢把ChatGPT的Pro会员卖到200美元/月)', () => check([
  ['百度文心4.5 Turbo一口气降价八成，ERNIE Speed、ERNIE Lite早就免费了…只有OpenAI还敢把ChatGPT的Pro会员卖到200美元/月。', '200美元/月', 'ChatGPT', 'clause'],
  ['百度文心4.5 Turbo一口氣降價八成，ERNIE Speed、ERNIE Lite早就免費了…只有OpenAI還敢把ChatGPT的Pro會員賣到200美元/月。', '200美元/月', 'ChatGPT', 'clause'],
]));

test('a company\'s own framework or engine (算衡自研的推理框架HengServe) is the head of its chain', () => check([
  ['算衡科技成立于2021年。算衡自研的推理框架HengServe已适配超过50个主流开源模型。', '超过50个', 'HengServe', 'chain'],
  ['算衡科技成立於2021年。算衡自研的推理框架HengServe已適配超過50個主流開源模型。', '超過50個', 'HengServe', 'chain'],
]));

test('what a family newly brought out (豆包新出的Doubao-Seed-1.6) heads the chain', () => check([
  ['字节这波是真狠。豆包新出的Doubao-Seed-1.6输入0.8元/百万tokens、输出8元/百万tokens。', '8元/百万tokens', 'Doubao-Seed-1.6', 'chain 新出的'],
  ['字節這波是真狠。豆包新出的Doubao-Seed-1.6輸入0.8元/百萬tokens、輸出8元/百萬tokens。', '8元/百萬tokens', 'Doubao-Seed-1.6', 'chain 新出的'],
]));

test('machines or cards counted (首批订单已超过300台) are their maker\'s, never a model\'s they run', () => check([
  ['技嘉表示，已替多家企业建置可执行Llama、Gemma的地端AI服务器，首批订单已超过300台。', '超过300台', '技嘉'],
  ['技嘉表示，已替國內多家企業建置可執行Llama、Gemma的地端AI伺服器，首批訂單已超過300台。', '超過300台', '技嘉'],
]));

test('where a change ends (从X的A增为B) is the sentence\'s own subject\'s, where it starts the old thing\'s; a later change written without the name starts from it too', () => check([
  ['DeepSeek-V3.5总参数量从DeepSeek-V3的6,710亿略增为6,850亿，每个token激活的参数则由370亿提高到约410亿。', '6,710亿', 'DeepSeek-V3', 'compared 从'],
  ['DeepSeek-V3.5总参数量从DeepSeek-V3的6,710亿略增为6,850亿，每个token激活的参数则由370亿提高到约410亿。', '6,850亿', 'DeepSeek-V3.5'],
  ['DeepSeek-V3.5总参数量从DeepSeek-V3的6,710亿略增为6,850亿，每个token激活的参数则由370亿提高到约410亿。', '370亿', 'DeepSeek-V3', 'compared 从'],
  ['DeepSeek-V3.5总参数量从DeepSeek-V3的6,710亿略增为6,850亿，每个token激活的参数则由370亿提高到约410亿。', '约410亿', 'DeepSeek-V3.5'],
  ['DeepSeek-V3.5總參數量從DeepSeek-V3的6,710億略增為6,850億，每個Token啟用的參數則由370億提高到約410億。', '6,850億', 'DeepSeek-V3.5'],
  ['DeepSeek-V3.5總參數量從DeepSeek-V3的6,710億略增為6,850億，每個Token啟用的參數則由370億提高到約410億。', '370億', 'DeepSeek-V3'],
]));

test('the generation before, set against the subject in a clause of its own (，前代X则为…), owns its value there and hands nothing on', () => check([
  ['DeepSeek-V3.5的预训练数据达16.8万亿tokens，前代DeepSeek-V3则为14.8万亿，代码数据的占比也拉高到三成左右。', '14.8万亿', 'DeepSeek-V3', 'previous generation'],
  ['DeepSeek-V3.5的预训练数据达16.8万亿tokens，前代DeepSeek-V3则为14.8万亿，代码数据的占比也拉高到三成左右。', '三成左右', 'DeepSeek-V3.5'],
  ['DeepSeek-V3.5的預訓練資料達16.8兆個Token，前代DeepSeek-V3則為14.8兆，程式碼資料的占比也拉高到三成左右。', '三成左右', 'DeepSeek-V3.5'],
  // (a clause about the generation before, not an aside, is its own: 上一代Qwen-Max的价格也同步调整)
  ['此次Qwen3.5-Max上线后，上一代Qwen-Max的价格也同步调整，输入价格由每百万tokens 20元降至12元。', '12元', 'Qwen2.5-Max'],
]));

test('what is a multiple of another\'s price (是X输入价的120倍) is the sentence\'s subject\'s, not the base\'s', () => check([
  ['Kimi 则是另一个极端，moonshot-v1-128k 输入输出同价，是 Qwen-Long 输入价的 120 倍。', '120 倍', 'Moonshot-v1'],
  ['Kimi 則是另一個極端，moonshot-v1-128k 輸入輸出同價，是 Qwen-Long 輸入價的 120 倍。', '120 倍', 'Moonshot-v1'],
]));

test('a later clause\'s values joined as a list of as many as 分别 mapped (…分别60元、50元，窗口却只有8K/32K) map the same way', () => check([
  ['ERNIE-4.0-Turbo-8K 和 hunyuan-turbo 输出分别 60 元、50 元，窗口却只有 8K/32K。', '8K', '文心大模型 4.0 Turbo', 'respectively'],
  ['ERNIE-4.0-Turbo-8K 和 hunyuan-turbo 输出分别 60 元、50 元，窗口却只有 8K/32K。', '32K', '混元Turbo', 'respectively'],
  ['ERNIE-4.0-Turbo-8K 和 hunyuan-turbo 輸出分別 60 元、50 元，窗口卻只有 8K/32K。', '32K', '混元Turbo', 'respectively'],
]));

test('an answer that names no one (the author\'s reply, an interview\'s 答) is about the one model its question names; another reader\'s comment is not', () => check([
  ['> **网友A**：阶跃的 step-1-256k 怎么没列？\n>\n> **老K**（作者）：太贵了，输入 38 元/百万tokens，输出更是 120 元。\n', '38 元/百万tokens', 'step-1-256k', 'question'],
  ['> **網友A**：階躍的 step-1-256k 怎麼沒列？\n>\n> **老K**（作者）：太貴了，輸入 38 元/百萬tokens，輸出更是 120 元。\n', '38 元/百萬tokens', 'step-1-256k', 'question'],
  ['问：Kimi K2 的参数规模有多大？\n答：总参数 1 万亿，激活 320 亿。\n', '1 万亿', 'Kimi K2', 'question'],
  ['問：Kimi K2 的參數規模有多大？\n答：總參數 1 兆，啟用 320 億。\n', '1 兆', 'Kimi K2', 'question'],
  ['> 网友A：这是要把DeepSeek-V3的饭碗也端了？\n> 网友B：456B total / 21B active，这才是开源该有的样子。\n', '456B', null],
]));

test('a name in brackets that says what a row\'s thing holds (| 推理一体机（含DeepSeek-R1满血版部署） |) is not the row\'s subject; a row labelled with two chips (| 昇腾910B/910C |) is about them', () => {
  check([
    ['| 序号 | 标的名称 | 数量 | 单价（元） |\n| --- | --- | --- | --- |\n| 1 | 大模型推理一体机（含DeepSeek-R1满血版部署） | 2台 | 1,150,000.00 |\n', '2台', null],
    ['| 序號 | 標的名稱 | 數量 | 單價（元） |\n| --- | --- | --- | --- |\n| 1 | 大模型推理一體機（含DeepSeek-R1滿血版部署） | 2台 | 1,150,000.00 |\n', '2台', null],
    ['表2：国内AI加速卡出货量（万张）\n| 产品 | 厂商 | 2023A | 2024A |\n|---|---|---|---|\n| 昇腾910B/910C | 华为 | 10 | 40 |\n| 思元590 | 寒武纪 | 1.5 | 4 |\n', '40', '昇腾910B', 'table row'],
    ['表2：國內AI加速卡出貨量（萬張）\n| 產品 | 廠商 | 2023A | 2024A |\n|---|---|---|---|\n| 昇騰910B/910C | 華為 | 10 | 40 |\n| 思元590 | 寒武紀 | 1.5 | 4 |\n', '40', '昇騰910B/910C', 'table row'],
  ]);
});

test('a gap to another (与X的62.3%仍有差距，但已缩小到10个百分点以内) is the subject\'s; the other\'s own value after 的 is its', () => check([
  ['DeepSeek-V3.5的SWE-bench Verified解题率为52.7%，与Claude 3.7 Sonnet的62.3%仍有差距，但已缩小到10个百分点以内。', '10个百分点以内', 'DeepSeek-V3.5'],
  ['DeepSeek-V3.5的SWE-bench Verified解题率为52.7%，与Claude 3.7 Sonnet的62.3%仍有差距，但已缩小到10个百分点以内。', '62.3%', 'Claude 3.7 Sonnet', 'compared'],
  ['DeepSeek-V3.5的SWE-bench Verified解題率為52.7%，與Claude 3.7 Sonnet的62.3%仍有差距，但已縮小到10個百分點以內。', '10個百分點以內', 'DeepSeek-V3.5'],
]));

test('in a piece on two companies, what a company reports in a paragraph naming no one goes on from the paragraph before when that one\'s figures were all one company\'s; a count does not', () => {
  const simplified = '英伟达和寒武纪昨晚都发了财报。\n\n英伟达第二季度营收468.1亿美元，同比增长56%。\n\nGAAP毛利率72.4%，净利润264.2亿美元，本季新增客户12家。\n\n寒武纪营收28.8亿元。';
  const traditional = '輝達和寒武紀昨晚都發了財報。\n\n輝達第二季營收468.1億美元，年增56%。\n\nGAAP毛利率72.4%，淨利264.2億美元，本季新增客戶12家。\n\n寒武紀營收28.8億元。';
  check([
    [simplified, '72.4%', '英伟达', 'paragraph before'],
    [simplified, '264.2亿美元', '英伟达', 'paragraph before'],
    [traditional, '264.2億美元', '英伟达', 'paragraph before'],
    ['英伟达和寒武纪昨晚都发了财报。\n\n英伟达第二季度营收468.1亿美元。\n\n目前全国已有105款大模型完成备案。', '105款', null],
  ]);
});

test('a company\'s figure in a sentence that points back to a model (训练这一版本，澜序动用了2048张H800) is its model named last, of the name it launched first (LanSeq-2.5 after LanSeq-1)', () => {
  const simplified = '2023年6月，澜序发布第一个模型LanSeq-1，一个70亿参数的稠密模型。\n\n去年10月推出的LanSeq-2.5则把总参数扩大到3200亿，与DeepSeek-V3、Qwen2.5-72B处于同一梯队。据澜序公布的评测，后者的MMLU得分为87.4。训练这一版本，澜序动用了2048张H800，持续约58天，贺一鸣透露整体训练成本600万美元出头。';
  const traditional = '2023年6月，瀾序發布第一個模型LanSeq-1，一個70億參數的稠密模型。\n\n去年10月推出的LanSeq-2.5則把總參數擴大到3200億，與DeepSeek-V3、Qwen2.5-72B處於同一梯隊。據瀾序公布的評測，後者的MMLU得分為87.4。訓練這一版本，瀾序動用了2048張H800，持續約58天，賀一鳴透露整體訓練成本600萬美元出頭。';
  check([
    [simplified, '2048张', 'LanSeq-2.5'],
    [simplified, '约58天', 'LanSeq-2.5'],
    [traditional, '約58天', 'LanSeq-2.5'],
  ]);
});

test('a benchmark the knowledge base knows as a dataset (| MMLU (EM) | 84.7 |) is never a row\'s subject: the column\'s model is; a column of investors names no subject', () => {
  const card = '云岫智能开源了 XiuYu-2-MoE-A14B-Chat 模型。\n\n| 能力 | Benchmark (Metric) | XiuYu-2-MoE-A14B-Chat | Qwen2.5-72B-Instruct |\n| --- | --- | :---: | :---: |\n| 英文 | MMLU (EM) | 84.7 | 86.1 |\n| 数学 | GSM8K (EM) | 93.6 | 95.8 |\n';
  check([
    [card, '84.7', 'XiuYu-2-MoE-A14B-Chat', 'table column'],
    [card, '95.8', '通义千问2.5-72B-Instruct', 'table column'],
    ['**知几科技融资时间线**\n\n| 时间 | 轮次 | 融资金额 | 主要投资方 |\n| :--- | :--- | ---: | :--- |\n| 2024年4月 | A轮 | 1.5亿美元 | 阿里巴巴、红杉中国 |\n', '1.5亿美元', '知几科技', 'table caption'],
    ['**知幾科技融資時間線**\n\n| 時間 | 輪次 | 融資金額 | 主要投資方 |\n| :--- | :--- | ---: | :--- |\n| 2024年4月 | A輪 | 1.5億美元 | 阿里巴巴、紅杉中國 |\n', '1.5億美元', '知几科技', 'table caption'],
  ]);
  const f = analyse('**知几科技融资时间线**\n\n| 时间 | 轮次 | 融资金额 | 主要投资方 |\n| :--- | :--- | ---: | :--- |\n| 2024年4月 | A轮 | 1.5亿美元 | 阿里巴巴、红杉中国 |\n').figures[0];
  assert.equal(f.scope, 'A轮', 'money raised holds for the round its row names');
});

test('a model\'s figure under a heading that names what it is built on (## 以Llama 3.1為底，…) is not the base\'s; a chain that is a place (在華碩旗下台智雲的雲端上) is no subject', () => {
  const text = '鼎碩數位去年推出地端大型語言模型Orchid。\n\n## 以Llama 3.1為底，繁中資料續訓\n\nOrchid把上下文長度擴展至32K。訓練在華碩旗下台智雲的雲端上完成，動用256張輝達H100、歷時約三週。';
  check([
    [text, '32K', 'Orchid'],
    [text, '256張', 'Orchid'],
    [text.replace('為底', '为底').replace('華碩旗下台智雲的雲端', '华硕旗下台智云的云端'), '256張', 'Orchid'],
  ]);
});

test('a title under a site\'s line (# 資料不上雲！鼎碩數位推…) is read whole, past its exclamation: the company it names is the topic, with the model it launched counted as its own', () => {
  const text = '數位時代 BusinessNext ｜ AI與大數據\n\n# 資料不上雲！鼎碩數位推「地端大模型一體機」\n\n圖說：鼎碩數位總經理林柏宏表示，企業最大的顧慮是資料外流。\n\n成立於2016年的軟體服務商鼎碩數位，去年9月推出地端大型語言模型Orchid。Orchid已導入17家企業，Orchid的續訓語料達1,200億個token。\n\n**重點三：** 公司2024年營收新台幣4.3億元，年增52%。';
  check([[text, '新台幣4.3億元', '鼎硕数位'], [text, '52%', '鼎硕数位']]);
});

test('a company a person worked at before (此前是百度文心一言的负责人) is where the person comes from, not the subject of the team they lead now', () => check([
  ['北京知几科技有限公司近日完成B轮融资。创始人周衍此前是百度文心一言的核心技术负责人之一，2023年初带着11人的团队出来创业。', '11人', '知几'],
  ['北京知幾科技有限公司近日完成B輪融資。創始人周衍此前是百度文心一言的核心技術負責人之一，2023年初帶著11人的團隊出來創業。', '11人', '知几'],
]));

test('a filing\'s 本集团 is the company it is about, whatever the paragraph named last; its cornerstone investors and the peers it lists are not', () => check([
  ['【新股速递】衡策智能（2698.HK）招股书摘要：AI大模型第三股\n\n本集团亦于阿里云、华为云及自建算力集群上部署推理服务。截至2024年12月31日，本集团自有及租赁算力合共约2,800 PFLOPS。', '约2,800 PFLOPS', '衡策智能', 'coreference 本集团'],
  ['【新股速遞】衡策智能（2698.HK）招股書摘要：AI大模型第三股\n\n本集團亦於阿里雲、華為雲及自建算力集群上部署推理服務。截至2024年12月31日，本集團自有及租賃算力合共約2,800 PFLOPS。', '約2,800 PFLOPS', '衡策智能', 'coreference 本集团'],
  ['【新股速递】衡策智能（2698.HK）招股书摘要：AI大模型第三股\n\n本公司已引入六名基石投资者，包括阿里巴巴旗下投资实体及多家长线基金，合共认购约1.5亿美元的发售股份。', '约1.5亿美元', '衡策智能'],
  ['【新股速遞】衡策智能（2698.HK）招股書摘要：AI大模型第三股\n\n- 行業價格競爭激烈：字節跳動、阿里巴巴、百度等廠商大幅下調API價格，本集團平均API單價於2024年下降約62%；', '約62%', '衡策智能'],
  // (the peers alone: said of the group they exemplify)
  ['字节跳动、阿里巴巴、百度等厂商大幅下调API价格，平均降幅约62%。', '约62%', null, 'generic'],
]));

test('a clause that opens with 市场份额 is the company\'s share, not the market\'s', () => check([
  ['根据弗若斯特沙利文报告，衡策智能在金融大模型解决方案市场排名第三，市场份额约为4.7%。', '4.7%', '衡策智能'],
  ['根據弗若斯特沙利文報告，衡策智能在金融大模型解決方案市場排名第三，市場份額約為4.7%。', '4.7%', '衡策智能'],
]));

test('a share\'s offer price (每股H股32.80港元, 按发售价中位数35.70港元) is the company\'s, not its product\'s', () => check([
  ['【新股速递】衡策智能（2698.HK）招股书摘要：AI大模型第三股\n\n衡策智能的天枢大模型已服务逾1,200家企业。\n\n按发售价中位数35.70港元计算，本公司估计所得款项净额约为22.53亿港元。', '35.70港元', '衡策智能'],
  ['【新股速遞】衡策智能（2698.HK）招股書摘要：AI大模型第三股\n\n衡策智能的天樞大模型已服務逾1,200家企業。\n\n按發售價中位數35.70港元計算，本公司估計所得款項淨額約為22.53億港元。', '35.70港元', '衡策智能'],
]));

test('a company that speaks at its results call (鴻海上週法說會透露，…) is the subject of its own results; a digest item\'s bracketed title launches nothing', () => check([
  ['鴻海上週法說會透露，第三季雲端與網路產品營收年增超過1.5倍。', '超過1.5倍', '鸿海'],
  ['鸿海在上周法说会上透露，第三季云端与网络产品营收年增超过1.5倍。', '超过1.5倍', '鸿海'],
  ['7. 【Qwen3-Max 正式发布】阿里通义千问发布 Qwen3-Max，参数规模超过1万亿。', '超过1万亿', 'Qwen3-Max'],
  ['7. 【Qwen3-Max 正式發布】阿里通義千問發布 Qwen3-Max，參數規模超過1萬億。', '超過1萬億', 'Qwen3-Max'],
]));

test('what 与 compares with, however long its description (与激活参数约为其五倍的Qwen2.5-14B相当), is no antecedent of a later 它; an amount inside that description is its own', () => check([
  ['XuanJian-2-30B-A3B在MMLU上取得78.4分，与激活参数约为其五倍的Qwen2.5-14B相当；在数学推理基准MATH上，它领先Qwen2.5-14B超过5个百分点。', '超过5个百分点', 'XuanJian-2-30B-A3B'],
  ['XuanJian-2-30B-A3B在MMLU上取得78.4分，與啟用參數約為其五倍的Qwen2.5-14B相當；在數學推理基準MATH上，它領先Qwen2.5-14B超過5個百分點。', '超過5個百分點', 'XuanJian-2-30B-A3B'],
  ['XuanJian-2-30B-A3B在MMLU上取得78.4分，与激活参数约为其五倍的Qwen2.5-14B相当。', '五倍', 'Qwen2.5-14B', 'after 的'],
]));

test('a notice\'s product label names the product its field lines are about, and 平台 refers back to it past the models a line names', () => check([
  ['包1（服务类）\n中标产品：澜数·知川大模型平台 V3.0\n服务范围：建设市级大模型公共服务平台，部署不少于2个通用基座大模型\n服务要求：基座采用DeepSeek-R1与Qwen2.5-72B-Instruct双模型；平台支持128K上下文，并发能力不少于500路\n', '不少于2个', '澜数·知川大模型平台'],
  ['包1（服务类）\n中标产品：澜数·知川大模型平台 V3.0\n服务范围：建设市级大模型公共服务平台，部署不少于2个通用基座大模型\n服务要求：基座采用DeepSeek-R1与Qwen2.5-72B-Instruct双模型；平台支持128K上下文，并发能力不少于500路\n', '128K', '澜数·知川大模型平台', 'coreference 平台'],
  ['包1（服務類）\n中標產品：瀾數·知川大模型平台 V3.0\n服務範圍：建設市級大模型公共服務平台，部署不少於2個通用基座大模型\n服務要求：基座採用DeepSeek-R1與Qwen2.5-72B-Instruct雙模型；平台支援128K上下文，並發能力不少於500路\n', '128K', '澜数·知川大模型平台', 'coreference 平台'],
]));

test('a company\'s officer saying (NVIDIA執行長黃仁勳日前來台時提到，…) what the world spends speaks of no one', () => check([
  ['NVIDIA执行长黄仁勋日前来台时提到，全球数据中心资本支出到2028年可能达到1兆美元。', '1兆美元', null, 'generic'],
  ['NVIDIA執行長黃仁勳日前來台時提到，全球資料中心資本支出到2028年可能達到1兆美元。', '1兆美元', null, 'generic'],
  ['NVIDIA执行长黄仁勋日前提到，H20的出货量超过100万张。', '超过100万张', 'H20'],
]));

test('what an amount is spent on (用於採購…H20) is no subject; a card\'s hourly rent is the card\'s, never a model\'s', () => check([
  ['智遠科技今日公佈配售事項。本公司擬將所得款項淨額按以下方式動用：\n\n(1) 約40%（即約8.82億港元）用於採購及租賃AI算力，包括NVIDIA H20等AI加速卡；\n(2) 約30%（即約6.62億港元）用作一般營運資金。', '約8.82億港元', '智远科技'],
  ['智远科技今日公布配售事项。本公司拟将所得款项净额按以下方式动用：\n\n(1) 约40%（即约8.82亿港元）用于采购及租赁AI算力，包括NVIDIA H20等AI加速卡；\n(2) 约30%（即约6.62亿港元）用作一般营运资金。', '约8.82亿港元', '智远科技'],
  ['Beiming-MoE训练累计消耗约180万GPU小时，按每GPU小时2美元的租赁价格估算，成本约360万美元。', '每GPU小时2美元', null],
  ['Beiming-MoE訓練累計消耗約180萬GPU小時，按每GPU小時2美元的租賃價格估算，成本約360萬美元。', '每GPU小時2美元', null],
]));

test('a company the paragraph speaks of gives way, for what only a model has, to the model its section\'s heading names', () => check([
  ['# 十大国产大模型榜单\n\n## TOP 2｜Qwen2.5-Max（阿里巴巴）\n\n综合得分：91.3\n\n阿里云在除夕夜发布的MoE旗舰。官方公布的成绩：Arena-Hard 89.4、LiveBench 62.2。\n', '89.4', 'Qwen2.5-Max', 'heading'],
  ['# 十大國產大模型榜單\n\n## TOP 2｜Qwen2.5-Max（阿里巴巴）\n\n綜合得分：91.3\n\n阿里雲在除夕夜發布的MoE旗艦。官方公布的成績：Arena-Hard 89.4、LiveBench 62.2。\n', '89.4', 'Qwen2.5-Max', 'heading'],
  // (with no heading to name one, the company stays)
  ['阿里云在除夕夜发布了新的MoE旗舰。官方公布的成绩：Arena-Hard 89.4。', '89.4', '阿里云', 'paragraph'],
], true));

test('a chip each machine of a row holds (每台含8张昇腾910B) is no subject of the row: its model number is', () => check([
  ['| 包号 | 标的名称 | 品牌 | 规格型号 | 数量 | 单价（元） |\n|---|---|---|---|---|---|\n| 1 | AI训练服务器（每台含8张昇腾910B） | 华为 | Atlas 800T A2 | 112台 | 1,598,000.00 |\n', '112台', 'Atlas 800T A2', 'table row'],
  ['| 包號 | 標的名稱 | 品牌 | 規格型號 | 數量 | 單價（元） |\n|---|---|---|---|---|---|\n| 1 | AI訓練伺服器（每台含8張昇騰910B） | 華為 | Atlas 800T A2 | 112台 | 1,598,000.00 |\n', '112台', 'Atlas 800T A2', 'table row'],
], true));

test('what a share is of (只有OpenAI同类模型o1的3%) is its base, a described name too; 是…自研X的1.5B is X\'s own', () => check([
  ['DeepSeek发布DeepSeek-R1，官方标价为输出16元/百万tokens，只有OpenAI同类模型o1的3%左右。', '3%左右', 'DeepSeek-R1'],
  ['DeepSeek發布DeepSeek-R1，官方標價為輸出16元/百萬tokens，只有OpenAI同類模型o1的3%左右。', '3%左右', 'DeepSeek-R1'],
  ['眼镜本体跑的是小米自研MiMo的1.5B蒸馏版。', '1.5B', 'MiMo'],
]));

test('a card\'s title line with emoji and a list number (🟢 1️⃣ ChatGPT Plus), past a rule drawn across, names what its lines price', () => check([
  ['今天把订阅全部扒一遍！\n\n🔴 5️⃣ 文心一言 专业版\n💰 连续包月 49.9元，单月 59.9元\n', '49.9元', '文心一言', 'heading'],
  ['姐妹们今天把订阅全部扒一遍！\n\n━━━━━━━━━━━━\n🟢 1️⃣ ChatGPT Plus\n💰 20美元/月，折合人民币 144元左右\n\n🟠 2️⃣ Claude Pro\n💰 月付 20刀/月；年付 204刀/年\n', '20美元/月', 'ChatGPT Plus', 'heading'],
  ['姐妹們今天把訂閱全部扒一遍！\n\n━━━━━━━━━━━━\n🟢 1️⃣ ChatGPT Plus\n💰 20美元/月，折合人民幣 144元左右\n\n🟠 2️⃣ Claude Pro\n💰 月付 20刀/月；年付 204刀/年\n', '144元左右', 'ChatGPT Plus', 'heading'],
]));

test('a month alone before 公司 (9月，公司中标…) is an opener: 公司 is the company the text reports on', () => check([
  ['穹算科技发布报告。推理芯片QS-360系列收入5.03亿元。9月，公司中标某项目，合同总金额为12亿元。', '12亿元', '穹算科技', 'coreference 公司'],
  ['穹算科技發布報告。推理晶片QS-360系列收入5.03億元。9月，公司中標某項目，合同總金額為12億元。', '12億元', '穹算科技', 'coreference 公司'],
]));

test('a roundtable\'s turn speaks for its speaker\'s company, as the list of guests gives it (林舟：我们…)', () => check([
  ['圆桌实录\n\n主持人：何屿\n嘉宾：\n- 林舟  阶跃星辰 产品副总裁\n- 许安  MiniMax 技术总监\n- 赵默  深演智能 创始人兼CEO\n\n何屿：先请各位用一个数字概括过去这一年。\n\n林舟：我们上个月日均调用量大概在6000亿tokens左右，比年初增长了差不多5倍。\n\n赵默：我们去年一个月的模型账单大概150万元。\n', '6000亿tokens左右', '阶跃星辰', 'speaker 林舟'],
  ['圓桌實錄\n\n主持人：何屿\n嘉賓：\n- 林舟  階躍星辰 產品副總裁\n- 許安  MiniMax 技術總監\n- 趙默  深演智能 創始人兼CEO\n\n何屿：先請各位用一個數字概括過去這一年。\n\n林舟：我們上個月日均調用量大概在6000億tokens左右，比年初增長了差不多5倍。\n\n趙默：我們去年一個月的模型賬單大概150萬元。\n', '6000億tokens左右', '阶跃星辰', 'speaker 林舟'],
]));

test('the partners or customers a company names before their count (已与A、B、C等超过40家客户建立合作) are examples, no subject', () => check([
  ['穹算科技表示，目前已与阿里云、字节跳动旗下火山引擎、智谱等超过40家客户建立合作。', '超过40家', '穹算科技'],
  ['穹算科技表示，目前已與阿里雲、字節跳動旗下火山引擎、智譜等超過40家客戶建立合作。', '超過40家', '穹算科技'],
]));

test('a machine of counted cards said with 的 (8卡H20的機器) is what its price is about; a bullet ‧ opens a sentence of its own', () => check([
  ['【整機】\n‧8卡H20的機器,大陸那邊朋友說大概130萬人民幣\n‧如果上GB200 NVL72,一櫃據說要300萬美金以上', '大概130萬人民幣', 'H20'],
  ['【整机】\n‧8卡H20的机器，朋友说大概130万人民币\n‧如果上GB200 NVL72，一柜据说要300万美金以上', '大概130万人民币', 'H20'],
]));


test('a forum\'s reply line (推 user: …, → user: …) and a ‧ bullet each open a sentence: the line before lends no clause', () => {
  const text = 'H100整机报价98万\n推 tomato5566: 我们上个月拿到的是93万\n‧RTX 4090 新卡6万2\n→ koala0912: 差在量吧';
  const starts = sentences(text).map((r) => text.slice(r.start, r.start + 4));
  assert.deepEqual(starts, ['H100', '推 to', '‧RTX', '→ ko']);
  const tc = '推 tomato5566: 我們上個月拿到的是93萬\n噓 oldmanxd: 直接打API';
  assert.deepEqual(sentences(tc).map((r) => tc.slice(r.start, r.start + 4)), ['推 to', '噓 ol']);
});

test('a customer named (第一大客户为华为云) and 其 after 向 (公司向其销售) are whom the company sells to: the company\'s revenue', () => check([
  ['星衍科技今日递交招股书。公司2024年营收为5亿元。\n\n第一大客户为华为云，公司向其销售收入约6,850万元。', '约6,850万元', '星衍科技'],
  ['星衍科技今日遞交招股書。公司2024年營收為5億元。\n\n第一大客戶為華為雲，公司向其銷售收入約6,850萬元。', '約6,850萬元', '星衍科技'],
]));

test('a company 前 and a title follow (由OpenAI前员工创立) is where the founders came from; a wire\'s dateline（彭博）-- names the agency, not the story\'s company', () => check([
  ['（彭博）-- 由OpenAI前员工创立的人工智能初创公司Anthropic周二宣布，已完成130亿美元的F轮融资，投后估值达到1830亿美元。', '130亿美元', 'Anthropic'],
  ['（彭博）-- 由OpenAI前員工創立的人工智能初創公司Anthropic週二宣布，已完成130億美元的F輪融資，投後估值達到1830億美元。', '1830億美元', 'Anthropic'],
  ['(路透) - 英伟达周三表示，其营收达到300亿美元。', '300亿美元', '英伟达'],
]));

test('names in a former officer\'s description (由前百度文心一言产品负责人创立) are where the founder came from, no subject', () => check([
  ['AI Agent开发平台，由前百度文心一言产品负责人创立。产品上线3个月，付费开发者超过1.2万。', '超过1.2万', null],
  ['AI Agent開發平台，由前百度文心一言產品負責人創立。產品上線3個月，付費開發者超過1.2萬。', '超過1.2萬', null],
]));

test('a product the paragraph spoke of is no topic for what only a company has (本轮投后估值约100亿元)', () => check([
  ['国产AI训练芯片企业。其第二代训练芯片“擎天T2”的FP16算力达512 TFLOPS。本轮投后估值约100亿元。', '约100亿元', null],
  ['寒武纪是国产AI训练芯片企业。其第二代训练芯片“擎天T2”的FP16算力达512 TFLOPS。本轮投后估值约100亿元。', '约100亿元', '寒武纪'],
  ['寒武紀今日公布新晶片，寒武紀是國產AI訓練晶片企業。其第二代訓練晶片「擎天T2」的FP16算力達512 TFLOPS。本輪投後估值約100億元。', '約100億元', '寒武纪'],
]));

test('an analyst\'s forecast (我们预计…) of what its sentence spoke of is that thing\'s, not the speaker\'s', () => check([
  ['英伟达在中国AI加速卡市场的份额由2023年的约80%下降至2024年的约66%，我们预计2025年将进一步降至52%。', '52%', '英伟达'],
  ['輝達在中國AI加速卡市場的份額由2023年的約80%下降至2024年的約66%，我們預計2025年將進一步降至52%。', '52%', '英伟达'],
  ['我们是一家AI公司。我们预计2025年营收将达到5亿元。', '5亿元', null],
]));

test('a table row of the others (| 其他（海光、昆仑芯等） |, | 其他厂商 |) is about none of the examples it names', () => check([
  ['| 厂商 | 2023 | 2024 |\n| --- | --- | --- |\n| 英伟达 | 80% | 66% |\n| 其他（海光、昆仑芯、燧原等） | 5% | 6% |\n', '5%', null],
  ['| 廠商 | 2023 | 2024 |\n| --- | --- | --- |\n| 輝達 | 80% | 66% |\n| 其他（海光、崑崙芯、燧原等） | 5% | 6% |\n', '5%', null],
  ['| 厂商 | 2023 | 2024 |\n| --- | --- | --- |\n| 英伟达 | 80% | 66% |\n| 其他厂商 | 5% | 6% |\n', '6%', null],
  ['| 厂商 | 2023 | 2024 |\n| --- | --- | --- |\n| 英伟达 | 80% | 66% |\n| 其他厂商 | 5% | 6% |\n', '66%', '英伟达'],
]));

test('the opponent of a win rate (对GPT-4o的胜率) is whom it is measured against, no subject', () => check([
  ['Baichuan4-Turbo以80.31分位列国内第一。在中文写作评测集上，它对GPT-4o的胜率达到62.5%。', '62.5%', 'Baichuan4-Turbo'],
  ['Baichuan4-Turbo以80.31分位列國內第一。在中文寫作評測集上，它對GPT-4o的勝率達到62.5%。', '62.5%', 'Baichuan4-Turbo'],
]));

test('the platform a price label names in brackets (价格（火山引擎）：) is where it is sold; the item\'s model is priced', () => check([
  ['🫘 3. 豆包大模型1.5 Pro｜字节跳动｜❌闭源\n· 上下文：32K与256K两个版本\n· 价格（火山引擎）：32K版输入0.8元/百万tokens、输出2元/百万tokens', '0.8元/百万tokens', 'Doubao-1.5-pro'],
  ['🫘 3. 豆包大模型1.5 Pro｜字節跳動｜❌閉源\n· 上下文：32K與256K兩個版本\n· 價格（火山引擎）：32K版輸入0.8元/百萬tokens、輸出2元/百萬tokens', '0.8元/百萬tokens', 'Doubao-1.5-pro'],
]));

test('an engine a list item is labelled with (- vLLM：吞吐 286 tokens/s) is what the item measures, not a tool of the model named above', () => check([
  ['Qwen2.5-72B 的 AWQ 量化版，并发最多只能开到 16：\n\n- vLLM：吞吐 286 tokens/s，TTFT 1.9 s\n- LMDeploy（TurboMind）：吞吐 402 tokens/s，TTFT 1.2 s\n', '402 tokens/s', 'LMDeploy'],
  ['Qwen2.5-72B 的 AWQ 量化版，並發最多只能開到 16：\n\n- vLLM：吞吐 286 tokens/s，TTFT 1.9 s\n- SGLang：吞吐 351 tokens/s，TTFT 1.4 s\n', '1.9 s', 'vLLM'],
  // (a framework used, not labelled, stays a tool)
  ['我们用vLLM部署Qwen2.5-72B，吞吐达到286 tokens/s。', '286 tokens/s', 'Qwen2.5-72B'],
]));

test('a model\'s measure in a device\'s row is the row\'s first model\'s (| 小米15 | 超级小爱/MiLM | 约2.5s |)', () => check([
  ['| 机型 | 助手/端侧模型 | 参数 | 响应 |\n| --- | --- | --- | --- |\n| 小米15 | 超级小爱/MiLM | 60亿 | 约2.5s |\n| vivo X200 | 蓝心小V/蓝心大模型 | 30亿 | 0.8s |\n', '约2.5s', '小爱同学'],
  ['| 機型 | 助手/端側模型 | 參數 | 響應 |\n| --- | --- | --- | --- |\n| 小米15 | 超級小愛/MiLM | 60億 | 約2.5s |\n| vivo X200 | 藍心小V/藍心大模型 | 30億 | 0.8s |\n', '0.8s', '蓝心小V'],
]));

test('a framework is a tool only where a model is in its sentence, named or spoken of (模型…): alone, its measures are its own', () => check([
  ['## 6. 总结\n\n- 低延迟 + 高吞吐兼顾：SGLang，RadixAttention 在多轮对话场景下前缀缓存命中率能到 60%；\n', '60%', 'SGLang'],
  ['## 6. 總結\n\n- 低延遲 + 高吞吐兼顧：SGLang，RadixAttention 在多輪對話場景下前綴緩存命中率能到 60%；\n', '60%', 'SGLang'],
  ['融智金融大模型部署在该行数据中心。借助INT4量化和vLLM推理加速，模型支持32K上下文，单卡吞吐可达每秒1,800 tokens。', '每秒1,800 tokens', null],
]));

test('a story\'s lead that names a product only to describe its maker (Echonote的开发商聆风科技) and its investors (由阿里巴巴领投) is about the maker', () => {
  const story = (t: string) => t + 'Echonote付费用户超过18万。Echonote累计注册用户约420万。Echonote月活约95万。Echonote团队版客户超过3200家。\n\n创始人陈屿透露，截至今年6月，公司ARR已突破2000万美元。';
  check([
    [story('36氪首页 > 创投 > 正文\n\n36氪专访｜ARR突破2000万美元，这家AI会议助手靠出海跑通了商业化\n\n文｜沈筱\n编辑｜刘言\n封面来源｜企业官方\n\n36氪获悉，AI会议助手Echonote的开发商聆风科技近日完成5000万美元B轮融资，由阿里巴巴领投，红杉中国跟投。聆风科技成立于2022年。\n\n'), '2000万美元', '聆风科技'],
    [story('36氪首頁 > 創投 > 正文\n\n36氪專訪｜ARR突破2000萬美元，這家AI會議助手靠出海跑通了商業化\n\n文｜沈筱\n編輯｜劉言\n封面來源｜企業官方\n\n36氪獲悉，AI會議助手Echonote的開發商聆風科技近日完成5000萬美元B輪融資，由阿里巴巴領投，紅杉中國跟投。聆風科技成立於2022年。\n\n'), '2000万美元', '聆风科技'],
  ]);
});

test('a section heading that names investors (■ 騰訊等7名基石合共認購…) or a founder\'s former employer (■ 創辦人曾任商湯總裁) gives its section no company', () => {
  const notice = (h1: string, h2: string) => `壁仞科技今起招股 集資最多53.85億港元\n\n壁仞科技今日起招股，是次集資額最多53.85億港元。壁仞科技為GPGPU晶片設計商。\n\n${h1}\n\n　　公司引入7名基石投資者，合共認購2.8億美元的發售股份。\n\n${h2}\n\n　　壁仞科技成立於2019年。公司成立至今累計融資額超過50億元人民幣。\n\n　　據招股書，是次集資所得約70%將用於研發。`;
  check([
    [notice('■ 騰訊等7名基石合共認購2.8億美元', '■ 創辦人張文曾任商湯總裁'), '超過50億元人民幣', '壁仞科技'],
    [notice('■ 騰訊等7名基石合共認購2.8億美元', '■ 創辦人張文曾任商湯總裁'), '約70%', '壁仞科技'],
    [notice('■ 腾讯等7名基石合共认购2.8亿美元', '■ 创办人张文曾任商汤总裁'), '2.8億美元', '壁仞科技'],
  ]);
});

test('a framework that answers an item\'s label (- 追求极致吞吐：TensorRT-LLM，…) is what the item measures, but has no size of its own', () => check([
  ['## 6. 总结\n\n- 追求极致吞吐：TensorRT-LLM，72B 在 2 张 H100 上峰值吞吐 3142 tokens/s，但一个 72B 模型 build 一次要 40 分钟左右；\n', '3142 tokens/s', 'TensorRT'],
  ['## 6. 總結\n\n- 追求極致吞吐：TensorRT-LLM，72B 在 2 張 H100 上峰值吞吐 3142 tokens/s，但一個 72B 模型 build 一次要 40 分鐘左右；\n', '3142 tokens/s', 'TensorRT'],
  ['## 6. 总结\n\n- 追求极致吞吐：TensorRT-LLM，72B 在 2 张 H100 上峰值吞吐 3142 tokens/s，但一个 72B 模型 build 一次要 40 分钟左右；\n', '72B', null],
]));

test('a model compared by its value and a gap after an adverb (与o1的2061已经相差无几) is a base', () => check([
  ['阶跃星辰发布推理模型Step-R1。LiveCodeBench上，Step-R1得分66.8，超过R1的65.9和o1的63.4；Codeforces评分达到2041，与o1的2061已经相差无几。', '2041', 'Step-R1'],
  ['階躍星辰發布推理模型Step-R1。LiveCodeBench上，Step-R1得分66.8，超過R1的65.9和o1的63.4；Codeforces評分達到2041，與o1的2061已經相差無幾。', '2041', 'Step-R1'],
]));

test('figures a sentence then says are another\'s numbers (…210亿激活，是DeepSeek-V2的数字) are that one\'s', () => check([
  ['这是把上一代的规格安到了 V3 头上——2360 亿总参数、210 亿激活，是 DeepSeek-V2 的数字。', '210 亿', 'DeepSeek-V2', 'owner'],
  ['這是把上一代的規格安到了 V3 頭上——2360 億總參數、210 億激活，是 DeepSeek-V2 的數字。', '2360 億總參數', 'DeepSeek-V2', 'owner'],
]));

test('a name in another cell\'s bracketed note (| 671B | 2360 亿（V2 的） |) is no name of the row', () => check([
  ['DeepSeek-V3 的参数口径如下。\n\n| 项目 | 正确口径 | 常见误传 |\n|---|---|---|\n| 总参数 | 671B（含 MTP 为 685B） | 2360 亿（V2 的） |\n', '671B', 'DeepSeek-V3'],
]));

test('a quote that closes a full sentence (…的价格。”据悉，…) ends it unless its speaker follows (…。”他说)', () => {
  const text = '一位人士解释：“我们接受了一个更务实的价格。”据悉，本轮5亿美元将主要用于采购算力。';
  assert.deepEqual(sentences(text).map((r) => text.slice(r.start, r.start + 2)), ['一位', '据悉']);
  const said = '“我们的模型有1000亿参数。”该公司CEO张三说。';
  assert.deepEqual(sentences(said).map((r) => text.slice(r.start, r.start + 2)).length, 1);
});

test('an English full stop before a capital ends a sentence (…monthly users. Read up to…); a decimal point, an initial or e.g. does not', () => {
  const text = 'Kimi is trusted by over 36 million monthly users. Read up to 2 million Chinese characters. 版本3.5上线。';
  assert.deepEqual(sentences(text).map((r) => text.slice(r.start, r.end).trim().slice(0, 4)), ['Kimi', 'Read', '版本3.']);
  const initials = 'The U.S. Commerce Department said so. Prices fell 3.5% in 2024. Then they rose.';
  assert.deepEqual(sentences(initials).map((r) => initials.slice(r.start, r.end).trim().slice(0, 4)), ['The ', 'Pric', 'Then']);
});

test('who works a statistic out (中国信通院测算，…, IDC统计) is its source, not what it measures', () => check([
  ['电从哪里来？中国信通院测算，2023年数据中心耗电量约1500亿千瓦时，约占全社会用电量的1.6%。', '1.6%', null],
  ['電從哪裡來？中國信通院測算，2023年數據中心耗電量約1500億千瓦時，約佔全社會用電量的1.6%。', '1.6%', null],
  // (a company forecasting its own is not a source: 华为预计…)
  ['华为预计2025年营收将达到9000亿元。', '9000亿元', '华为'],
]));

test('a later paragraph\'s 模型 looks past the names an earlier one gave only as bases (是GPT-4o的32倍、Claude 3.5 Sonnet的20倍)', () => check([
  ['MiniMax发布了MiniMax-Text-01，上下文窗口拉到400万token，是GPT-4o的32倍、Claude 3.5 Sonnet的20倍。\n\n而且这次不是小打小闹：模型总参数4560亿，采用MoE架构。', '4560亿', 'MiniMax-Text-01', 'coreference'],
  ['MiniMax發布了MiniMax-Text-01，上下文窗口拉到400萬token，是GPT-4o的32倍、Claude 3.5 Sonnet的20倍。\n\n而且這次不是小打小鬧：模型總參數4560億，採用MoE架構。', '4560億', 'MiniMax-Text-01', 'coreference'],
]));

test('a card\'s rent is the cloud\'s that rents it out, when its sentence or its table row names the cloud before the card', () => check([
  ['| 厂商 | GPU型号 | 按量价格（元/卡/小时） |\n|---|---|---|\n| 阿里云 | H800 | 32.5 |\n', '32.5', '阿里云', 'rented from'],
  ['| 廠商 | GPU型號 | 按量價格（元/卡/小時） |\n|---|---|---|\n| 阿里雲 | H800 | 32.5 |\n', '32.5', '阿里云', 'rented from'],
  ['对比来看，火山引擎的H800按量价格为27.6元/卡/小时，在几家云厂商中最低。', '27.6元/卡/小时', '火山引擎', 'rented from'],
  ['記者查詢AutoDL發現，RTX 4090單卡按量價格為1.98元/小時。', '1.98元/小時', 'AutoDL', 'rented from'],
  // (no cloud named: the card's own rent)
  ['以英伟达H100为例，海外市场的按需价格已降至2.49美元/小时左右。', '2.49美元/小时左右', 'H100'],
], true));

test('an edition named with its model once (旗舰版 X-200B) is that model where a later sentence says the edition alone', () => check([
  ['# Hanlin-MoE\n\n## 简介\n\nHanlin-MoE 是山海智能研发的模型系列。旗舰版 Hanlin-MoE-200B-A18B 总参数量为 2000 亿；轻量版 Hanlin-MoE-Lite 总参数 16B。\n\n- **长上下文**：旗舰版原生支持 128K 上下文。\n', '128K', 'Hanlin-MoE-200B-A18B', 'edition'],
  ['# Hanlin-MoE\n\n## 簡介\n\nHanlin-MoE 是山海智能研發的模型系列。旗艦版 Hanlin-MoE-200B-A18B 總參數量為 2000 億；輕量版 Hanlin-MoE-Lite 總參數 16B。\n\n- **長上下文**：輕量版原生支援 32K 上下文。\n', '32K', 'Hanlin-MoE-Lite', 'edition'],
], true));

test('a profile whose title and lead name no company is about the company it names far more often than any other, for a company\'s own measures only', () => {
  const body = (s: string) => ['《财经》封面 | 程立舟：在牌桌上算账的人', '', '深夜，写字楼的11层仍亮着灯。', '',
    ...Array.from({ length: 6 }, (_, k) => `衡川智能${s}${k + 1}。`), '', '据知情人士透露，那一轮真实的投后估值是18亿美元，团队约有40人。'].join('\n');
  const a = analyse(body('发布了新的进展'));
  assert.equal(a.figures.find((f) => f.text === '18亿美元')?.subjectId, 'vendor:衡川智能');
  // (a head count may be anyone's the story tells of: no dominant company's)
  assert.equal(a.figures.find((f) => f.text === '约40人')?.subjectId, undefined);
});

test('an account\'s name, date, byline and editor over a story (机器之心 / 2025年07月31日 12:06 北京 / 机器之心报道) are no title: the line after them is', () => check([
  ['机器之心\n2025年07月31日 12:06 北京\n\n机器之心报道\n编辑：Panda\n\n阶跃星辰Step-3技术报告出炉：3210亿参数\n\n7月31日，阶跃星辰公开了Step-3的技术报告。Step-3是一个MoE模型，Step-3很快，阶跃星辰很高兴。\n\n## 训练\n\n预训练阶段在约20万亿tokens的数据上完成。', '约20万亿tokens', 'Step-3', 'document'],
  ['機器之心\n2025年07月31日 12:06 北京\n\n機器之心報導\n編輯：Panda\n\n階躍星辰Step-3技術報告出爐：3210億參數\n\n7月31日，階躍星辰公開了Step-3的技術報告。Step-3是一個MoE模型，Step-3很快，階躍星辰很高興。\n\n## 訓練\n\n預訓練階段在約20萬億tokens的數據上完成。', '約20萬億tokens', 'Step-3', 'document'],
]));

test('性价比 is a word (cost-performance), not 比 comparing: 性价比更高的Qwen-VL-Plus is what the sentence is about', () => check([
  ['旗舰模型Qwen-VL-Max的输入价格降至0.003元/千tokens。性价比更高的Qwen-VL-Plus，输入价格降至0.0015元/千tokens。', '0.0015元/千tokens', 'Qwen-VL-Plus'],
  ['旗艦模型Qwen-VL-Max的輸入價格降至0.003元/千tokens。性價比更高的Qwen-VL-Plus，輸入價格降至0.0015元/千tokens。', '0.0015元/千tokens', 'Qwen-VL-Plus'],
  ['旗舰模型Qwen-VL-Max的输入价格降至0.003元/千tokens。最具性价比的Qwen-VL-Plus，输入价格降至0.0015元/千tokens。', '0.0015元/千tokens', 'Qwen-VL-Plus'],
]));

test('what the news follows (继去年4月发布X之后) is named for reference: no antecedent of 新模型', () => check([
  ['星河实验室发布新一代模型星河-70B，参数规模达700亿，是继去年4月发布星河-8B之后的第二代旗舰。\n\n评测方面，新模型在C-Eval上取得68.9分。', '68.9分', '星河-70B', 'coreference'],
  ['星河實驗室發布新一代模型星河-70B，參數規模達700億，是繼去年4月發布星河-8B之後的第二代旗艦。\n\n評測方面，新模型在C-Eval上取得68.9分。', '68.9分', '星河-70B', 'coreference'],
]));

test('a company a heading names in a later clause (二、客户高度集中，腾讯一家贡献近三成) is no company of its section: 公司 stays the story\'s', () => {
  const story = (s: string) => s === 'zh-hant'
    ? 'AI晶片公司澄曜科技股份有限公司（下稱「澄曜科技」）科創板IPO申請已獲受理。\n\n一、營收兩年翻三倍\n\n澄曜科技2024年營業收入為4.1億元。\n\n二、客戶高度集中，騰訊一家貢獻近三成\n\n報告期內，公司向前五大客戶的銷售額占營業收入的比例為81.2%。\n'
    : 'AI芯片公司澄曜科技股份有限公司（下称“澄曜科技”）科创板IPO申请已获受理。\n\n一、营收两年翻三倍\n\n澄曜科技2024年营业收入为4.1亿元。\n\n二、客户高度集中，腾讯一家贡献近三成\n\n报告期内，公司向前五大客户的销售额占营业收入的比例为81.2%。\n';
  check([
    [story('zh-hans'), '81.2%', '澄曜科技'],
    [story('zh-hant'), '81.2%', '澄曜科技'],
  ]);
});

test('a table of machines by brand (| 品牌 | 機種 | 處理器 | NPU算力 | 售價 |): a price is the machine\'s, what the NPU computes is its chip\'s', () => {
  const table = (s: string) => s === 'zh-hant'
    ? '| 品牌 | 機種 | 處理器 | NPU算力 | 建議售價 |\n|---|---|---|---|---|\n| 華碩 | Vivobook Q7 | Lumen X9 | 47 TOPS | 新台幣39,900元 |\n| 宏碁 | Aspire Neo 15 | Lumen X7 | 40 TOPS | 新台幣29,900元 |\n'
    : '| 品牌 | 机型 | 处理器 | NPU算力 | 建议售价 |\n|---|---|---|---|---|\n| 华硕 | Vivobook Q7 | Lumen X9 | 47 TOPS | 39,900元 |\n| 宏碁 | Aspire Neo 15 | Lumen X7 | 40 TOPS | 29,900元 |\n';
  check([
    [table('zh-hant'), '新台幣39,900元', 'Vivobook Q7', 'table row'],
    [table('zh-hant'), '40 TOPS', 'Lumen X7', 'table row'],
    [table('zh-hans'), '29,900元', 'Aspire Neo 15', 'table row'],
    [table('zh-hans'), '47 TOPS', 'Lumen X9', 'table row'],
  ]);
});

test('a comparison on its side whose columns are headed by a maker and its product (| 英伟达 L20 |): what a device measures is the product\'s', () => {
  const table = (s: string) => s === 'zh-hant'
    ? '| 參數 | 曜芯 QX-300 | 輝達 L20 |\n| --- | --- | --- |\n| FP16算力 | 128 TFLOPS | 119.5 TFLOPS |\n| 顯存容量 | 64 GB | 48 GB |\n'
    : '| 参数 | 曜芯 QX-300 | 英伟达 L20 |\n| --- | --- | --- |\n| FP16算力 | 128 TFLOPS | 119.5 TFLOPS |\n| 显存容量 | 64 GB | 48 GB |\n';
  check([
    [table('zh-hans'), '119.5 TFLOPS', 'L20', 'table column'],
    [table('zh-hans'), '48 GB', 'L20', 'table column'],
    [table('zh-hant'), '119.5 TFLOPS', 'L20', 'table column'],
  ]);
});

test('in a story about one company, 公司 after a sentence that names others (its suppliers) is the story\'s company', () => {
  const story = (s: string) => s === 'zh-hant'
    ? '知瀾科技發布半年報：付費用戶破300萬\n\n知瀾科技今日發布半年報。知瀾科技旗下的學伴App付費用戶超過300萬，知瀾科技上半年營收4.2億元。據介紹，學伴的作文批改使用阿里雲的Qwen2.5-72B，口語評測則接入科大訊飛的訊飛星火。上半年公司模型推理支出約6800萬元。\n'
    : '知澜科技发布半年报：付费用户破300万\n\n知澜科技今日发布半年报。知澜科技旗下的学伴App付费用户超过300万，知澜科技上半年营收4.2亿元。据介绍，学伴的作文批改使用阿里云的Qwen2.5-72B，口语评测则接入科大讯飞的讯飞星火。上半年公司模型推理支出约6800万元。\n';
  check([
    [story('zh-hans'), '约6800万元', '知澜科技'],
    [story('zh-hant'), '約6800萬元', '知澜科技'],
  ]);
});

test('a market total after 到2027年 is no one\'s, and so is the growth the same sentence gives it next', () => check([
  ['英伟达占据约80%的市场份额。IDC预计，到2027年中国智能算力规模将达到1,117.4 EFLOPS，2022-2027年复合增长率为33.9%。', '1,117.4 EFLOPS', null, 'generic'],
  ['英伟达占据约80%的市场份额。IDC预计，到2027年中国智能算力规模将达到1,117.4 EFLOPS，2022-2027年复合增长率为33.9%。', '33.9%', null, 'generic'],
  ['輝達占據約80%的市場份額。IDC預計，到2027年中國智能算力規模將達到1,117.4 EFLOPS，2022-2027年複合增長率為33.9%。', '33.9%', null, 'generic'],
]));

test('a story whose title and first lines name no one (a byline, an outlet\'s account, a teaser) is about the company and the model its next paragraph releases', () => {
  const story = (s: string) => s === 'zh-hant'
    ? '國產開源MoE再上新\n\n衡山 發自 凹非寺\n量子位 | 公眾號 QbitAI\n\n開源大模型圈，又來了一條「鯰魚」。\n\n就在剛剛，北京AI創企澄曜智能正式開源了旗艦MoE模型Chengming-MoE-480B-A32B（下文簡稱Chengming-MoE），模型權重一併放出。\n\n先劃重點：\n\n- 總參數4800億，每個token激活320億參數\n- 上下文長度128K\n'
    : '国产开源MoE再上新\n\n衡山 发自 凹非寺\n量子位 | 公众号 QbitAI\n\n开源大模型圈，又来了一条“鲶鱼”。\n\n就在刚刚，北京AI创企澄曜智能正式开源了旗舰MoE模型Chengming-MoE-480B-A32B（下文简称Chengming-MoE），模型权重一并放出。\n\n先划重点：\n\n- 总参数4800亿，每个token激活320亿参数\n- 上下文长度128K\n';
  check([
    [story('zh-hans'), '4800亿', 'Chengming-MoE', 'document'],
    [story('zh-hans'), '128K', 'Chengming-MoE', 'document'],
    [story('zh-hant'), '4800億', 'Chengming-MoE', 'document'],
  ]);
  // (and the kind of company before its name is no part of it)
  assert.deepEqual(analyse(story('zh-hans')).entities.filter((e) => e.kind === 'vendor').map((e) => e.text), ['澄曜智能']);
});

test('a table whose rows are settings and whose header\'s corner names the model they run (| 配置（8×H20，Qwen2.5-72B） | TTFT |) measures that model', () => {
  const table = (s: string) => s === 'zh-hant'
    ? '| 配置（8×H20，Qwen2.5-72B，輸入 64K） | TTFT P50 | 輸出吞吐 |\n|---|---|---|\n| FP16 KV（基線） | 6.9 s | 236 tokens/s |\n| FP8 KV | 6.7 s | 598 tokens/s |\n'
    : '| 配置（8×H20，Qwen2.5-72B，输入 64K） | TTFT P50 | 输出吞吐 |\n|---|---|---|\n| FP16 KV（基线） | 6.9 s | 236 tokens/s |\n| FP8 KV | 6.7 s | 598 tokens/s |\n';
  check([
    [table('zh-hans'), '6.9 s', 'Qwen2.5-72B', 'table corner'],
    [table('zh-hans'), '598 tokens/s', 'Qwen2.5-72B', 'table corner'],
    [table('zh-hant'), '6.7 s', 'Qwen2.5-72B', 'table corner'],
  ]);
});

test('a company putting its own money in (百度将投入10亿元设立生态基金) is what the sum is about; one investing in another\'s round is not', () => check([
  ['未来3年，百度将投入10亿元设立生态基金。', '10亿元', '百度'],
  ['未來3年，百度將投入10億元設立生態基金。', '10億元', '百度'],
  ['腾讯将投资5亿元，帮助月之暗面完成新一轮融资。', '5亿元', '月之暗面'],
]));

test('a share of people or firms a survey counts (62%的受访者表示, 逾五成港人用过) is no one\'s; a rank among them (超过了96.5%的人类参赛者) is the ranked one\'s', () => check([
  ['DeepSeek最受年轻人欢迎。问卷显示，62%的受访者表示不会为AI助手付费。', '62%', null, 'generic'],
  ['DeepSeek最受年輕人歡迎。問卷顯示，62%的受訪者表示不會為AI助手付費。', '62%', null, 'generic'],
  ['调查中，超过六成的企业开发者把长上下文列为选型时最看重的能力，Kimi排名第一。', '超过六成', null, 'generic'],
  ['有56%的受訪者擔心華為的AI導入後會被調整職務。', '56%', null, 'generic'],
  ['DeepSeek-R1在Codeforces上的评分超过了约96.5%的人类参赛者。', '约96.5%', 'DeepSeek-R1'],
]));

test('an analyst raising, keeping or giving the company a forecast (我们上调公司…营收预测, 维持公司…评级) judges the company the text is about', () => check([
  ['寒武纪：业绩拐点确立。公司2024年实现营业收入11.74亿元。我们上调公司2025—2027年营收预测至65.2亿元、108.7亿元、152.3亿元，给予目标价1,050元。', '65.2亿元', '寒武纪'],
  ['寒武纪：业绩拐点确立。公司2024年实现营业收入11.74亿元。我们上调公司2025—2027年营收预测至65.2亿元、108.7亿元、152.3亿元，给予目标价1,050元。', '1,050元', '寒武纪'],
  ['寒武紀：業績拐點確立。公司2024年實現營業收入11.74億元。我們上調公司2025—2027年營收預測至65.2億元，給予目標價1,050元。', '65.2億元', '寒武纪'],
]));

test('investors named as such are no subject of the round: the sum before 投资 (向Anthropic追加40亿美元投资), a list that joins (微软、英伟达等参与), a colloquial follower (腾讯也跟了)', () => check([
  ['此前，亚马逊已向Anthropic追加40亿美元投资，累计投资额达到80亿美元。', '40亿美元', 'Anthropic'],
  ['此前，亞馬遜已向Anthropic追加40億美元投資，累計投資額達到80億美元。', '40億美元', 'Anthropic'],
  ['去年10月，OpenAI完成66亿美元融资，由Thrive Capital领投，微软、英伟达、软银等参与，当时估值为1570亿美元。', '1570亿美元', 'OpenAI'],
  ['去年10月，OpenAI完成66億美元融資，由Thrive Capital領投，微軟、英偉達、軟銀等參與，當時估值為1570億美元。', '1570億美元', 'OpenAI'],
  ['月之暗面去年底B轮融了10亿美元，红杉领投，腾讯也跟了，投后估值33亿美元左右。', '33亿美元左右', '月之暗面'],
  ['月之暗面正洽谈新一轮约6亿美元融资，腾讯、阿里均有参与意向，估值或达40亿美元。', '40亿美元', '月之暗面'],
  ['月之暗面正洽談新一輪約6億美元融資，騰訊、阿里均有參與意向，估值或達40億美元。', '40億美元', '月之暗面'],
]));

test('a rank between 领先 and a name (领先第二名Qwen2.5-Max 19分) makes that name the one outdone: the lead and the next sentence\'s 该模型 are the leader\'s', () => check([
  ['在中文子榜中，DeepSeek-R1以1373分位列第一，领先第二名Qwen2.5-Max 19分。该模型为MoE架构，总参数6710亿。', '19分', 'DeepSeek-R1'],
  ['在中文子榜中，DeepSeek-R1以1373分位列第一，领先第二名Qwen2.5-Max 19分。该模型为MoE架构，总参数6710亿。', '6710亿', 'DeepSeek-R1'],
  ['在中文子榜中，DeepSeek-R1以1373分位列第一，領先第二名Qwen2.5-Max 19分。該模型為MoE架構，總參數6710億。', '6710億', 'DeepSeek-R1'],
]));

test('a model a chip runs (它训练X的速度, 对X这种尺寸的推理来说) is its workload: the chip\'s figures stay the chip\'s', () => check([
  ['Gaudi 3 存在感不强，但性价比不差。Intel 官方称，它训练 Llama 2 70B 的速度比 H100 快 50%；8 卡基板套件的官方定价为 12.5 万美元。', '50%', 'Gaudi'],
  ['Gaudi 3 存在感不强，但性价比不差。Intel 官方称，它训练 Llama 2 70B 的速度比 H100 快 50%；8 卡基板套件的官方定价为 12.5 万美元。', '12.5 万美元', 'Gaudi'],
  ['Gaudi 3 存在感不強，但性價比不差。Intel 官方稱，它訓練 Llama 2 70B 的速度比 H100 快 50%。', '50%', 'Gaudi'],
  ['H200 的显存容量从 80GB 提到 141GB。对 Llama 3.1 70B 这种尺寸的推理来说，单卡吞吐能比 H100 高出 1.9 倍。', '1.9 倍', 'H200'],
  ['训练GPT-4的成本超过1亿美元。', '超过1亿美元', 'GPT-4'],
]));

test('a company whose part a product adopts (改用英伟达Orin芯片方案) is its supplier, not what the product\'s figures are about', () => check([
  ['目前Pony.ai车队规模约500辆。其第七代自动驾驶套件改用英伟达Orin芯片方案，BOM成本较上一代下降70%。', '70%', '小马智行'],
  ['目前Pony.ai車隊規模約500輛。其第七代自動駕駛套件改用英偉達Orin晶片方案，BOM成本較上一代下降70%。', '70%', '小马智行'],
  ['该智算中心采用华为昇腾方案，总算力达到1000P。', '1000P', null],
]));

test('a heading\'s figure its section states again (二、病历：每份少写6分钟 / …每份缩短6分钟) is the same claim, about what the section says', () => {
  const story = (s: string) => s === 'zh-hant'
    ? '醫院的大模型半年考\n\n三、影像：肺結節敏感度97.3%\n\n放射科引入的是聯影智能的uAI影智大模型。DeepSeek-R1也在試用。在院內3000例回顧性測試中，DeepSeek-R1對肺結節的檢出敏感度為97.3%。\n'
    : '医院的大模型半年考\n\n三、影像：肺结节敏感度97.3%\n\n放射科引入的是联影智能的uAI影智大模型。DeepSeek-R1也在试用。在院内3000例回顾性测试中，DeepSeek-R1对肺结节的检出敏感度为97.3%。\n';
  const heading = (s: string) => analyse(story(s)).figures.find((f) => f.text === '97.3%')!;
  for (const s of ['zh-hans', 'zh-hant']) {
    assert.equal(heading(s).subjectId, 'model:deepseek-r1', s);
    assert.equal(heading(s).why?.subject, 'restated below', s);
  }
});

test('a review\'s item headed by a company\'s name (3️⃣ DeepSeek（深度求索）): how the item fared is said of that name, a model\'s measure of the first model of it the section names', () => {
  const review = (s: string) => s === 'zh-hant'
    ? '五款AI助手橫評\n\n3️⃣ DeepSeek（深度求索）\n👍 推理天花板！背後的DeepSeek-R1是MoE模型，和DeepSeek-V3同一個底座。\n👎 高峰期我們提問50次，失敗了17次，失敗率34%。\n💰 API價格為輸入4元/百萬tokens。\n綜合得分：8.7分\n'
    : '五款AI助手横评\n\n3️⃣ DeepSeek（深度求索）\n👍 推理天花板！背后的DeepSeek-R1是MoE模型，和DeepSeek-V3同一个底座。\n👎 高峰期我们提问50次，失败了17次，失败率34%。\n💰 API价格为输入4元/百万tokens。\n综合得分：8.7分\n';
  check([
    [review('zh-hans'), '34%', '深度求索', 'heading'],
    [review('zh-hans'), '8.7分', '深度求索', 'heading'],
    [review('zh-hans'), '4元/百万tokens', 'DeepSeek-R1', 'heading maker\'s'],
    [review('zh-hant'), '4元/百萬tokens', 'DeepSeek-R1', 'heading maker\'s'],
  ]);
});

test('认为 and 以为 end with 为 and are no copula: a name after them (分析师认为Llama 3.1 405B的参数约4050亿) is what the figure is about, no base of a share', () => check([
  ['分析师认为Llama 3.1 405B的参数约4050亿。', '约4050亿', 'Llama 3.1 405B'],
  ['分析師認為Llama 3.1 405B的參數約4050億。', '約4050億', 'Llama 3.1 405B'],
  ['DeepSeek-V3的训练消耗278.8万GPU小时。有估算认为Llama 3.1 405B的训练消耗约3084万GPU小时。', '约3084万GPU小时', 'Llama 3.1 405B'],
]));

test('a bar-separated line whose cells each name their own thing before its figure (Kimi 19.4s｜DeepSeek-V3 26.1s) gives each figure its own cell\'s name', () => check([
  ['[屏幕字幕：Kimi 19.4s｜DeepSeek-V3 26.1s｜Claude 3.5 Sonnet 31.0s]', '26.1s', 'DeepSeek-V3', 'table row'],
  ['[屏幕字幕：Kimi 19.4s｜DeepSeek-V3 26.1s｜Claude 3.5 Sonnet 31.0s]', '31.0s', 'Claude 3.5 Sonnet', 'table row'],
  ['[螢幕字幕：Kimi 19.4s｜DeepSeek-V3 26.1s｜Claude 3.5 Sonnet 31.0s]', '19.4s', 'Kimi', 'table row'],
]));

test('a report\'s publisher named in its byline (> 发布：X研究院 ｜ 报告编号…) is where its figures come from, not what they are about', () => check([
  ['# 2025年中国AI人才薪酬洞察报告\n\n> 发布：锐远人才咨询研究院 ｜ 报告编号：RP-01 ｜ 数据截至2025年2月\n\n## 一、核心发现\n\n- 本次调研覆盖1,286位在职候选人及163家用人企业。\n- 大模型岗位平均年薪为68.5万元，同比上涨18.7%。\n\n数据来源于锐远研究院候选人数据库。\n', '68.5万元', null],
  ['# 2025年中國AI人才薪酬洞察報告\n\n> 發布：锐远人才咨询研究院 ｜ 報告編號：RP-01\n\n## 一、核心發現\n\n- 本次調研覆蓋1,286位在職候選人及163家用人企業。\n- 大模型崗位平均年薪為68.5萬元，同比上漲18.7%。\n\n數據來源於锐远研究院候選人資料庫。\n', '18.7%', null],
], true));

test('a model pointed back to by its kind (该文本模型, 该视觉模型) is the one whose name says that kind; 文本模型 is no 本模型', () => check([
  ['MiniMax在1月15日开源了MiniMax-Text-01和MiniMax-VL-01。该文本模型总参数4560亿，每次推理激活459亿参数。', '4560亿', 'MiniMax-Text-01', 'coreference 该文本模型'],
  ['MiniMax在1月15日開源了MiniMax-Text-01和MiniMax-VL-01。該文本模型總參數4560億，每次推理激活459億參數。', '459億參數', 'MiniMax-Text-01', 'coreference'],
  ['MiniMax在1月15日开源了MiniMax-Text-01和MiniMax-VL-01。该视觉模型的上下文长度为100万token。', '100万token', 'MiniMax-VL-01', 'coreference 该视觉模型'],
  // (no name says the kind: the last model named, as 该模型 is)
  ['阿里发布了Qwen2.5-72B。该文本模型参数为720亿。', '720亿', 'Qwen2.5-72B'],
]));

test('公司 after a verb and 了 or after 介绍 (财务总监介绍了公司…经营情况) is the company reported on, no class of companies', () => check([
  ['证券代码：002230　证券简称：曜衡声学\n\n曜衡声学股份有限公司投资者关系活动记录表\n\n一、公司经营情况介绍\n\n财务总监汪明介绍了公司2024年度经营情况：2024年公司实现营业收入233.43亿元，同比增长18.79%。', '233.43亿元', '曜衡声学', 'document'],
  ['證券代碼：002230　證券簡稱：曜衡声学\n\n曜衡声学股份有限公司投資者關係活動記錄表\n\n一、公司經營情況介紹\n\n財務總監汪明介紹了公司2024年度經營情況：2024年公司實現營業收入233.43億元，同比增長18.79%。', '18.79%', '曜衡声学', 'document'],
]));

test('a clause\'s own 公司 goes on to the next sentences, not the maker named before a chip (…其余为英伟达H800集群。公司以自有资金…。全年…收入3.12亿元)', () => check([
  ['证券代码：688417　证券简称：星衡数智\n\n星衡数智科技股份有限公司2024年年度报告\n\n公司智算中心总算力达到2,800 PFLOPS，其中国产算力占比约六成，其余为英伟达H800集群。报告期内，公司以自有资金1.2亿元向控股子公司星衡智算增资。全年算力租赁业务实现收入3.12亿元，同比增长1.3倍。', '3.12亿元', '星衡数智'],
  ['證券代碼：688417　證券簡稱：星衡数智\n\n星衡数智科技股份有限公司2024年年度報告\n\n公司智算中心總算力達到2,800 PFLOPS，其中國產算力佔比約六成，其餘為英偉達H800集群。報告期內，公司以自有資金1.2億元向控股子公司星衡智算增資。全年算力租賃業務實現收入3.12億元，同比增長1.3倍。', '1.3倍', '星衡数智'],
]));

test('公司 after a verb of reporting (招股书披露公司…) is the company reported on, no class of companies', () => check([
  ['星图智能今日招股\n\n星图智能（2590.HK）今日起招股，星图智能计划集资35亿港元，星图智能成立于2019年。\n\n算力方面，招股书披露公司现时租用及自有约6000张GPU。\n', '约6000张', '星图智能'],
  ['星圖智能今日招股\n\n星圖智能（2590.HK）今日起招股，星圖智能計劃集資35億港元，星圖智能成立於2019年。\n\n算力方面，招股書披露公司現時租用及自有約6000張GPU。\n', '約6000張', '星图智能'],
]));

test('a supplier\'s case study (首页 > 客户案例 > 银行) is about its customer (named beside the supplier with a cross: 江南商业银行 × 阿里云): the supplier is no topic of the customer\'s figures', () => check([
  ['首页 > 客户案例 > 金融 > 银行\n\n江南商业银行 × 阿里云：用通义千问打造全行级AI员工\n\n发布时间：2025-03-18　|　阅读量：4,217\n\n【客户简介】\n江南商业银行（以下简称“江南银行”）成立于1997年，截至2024年末，江南银行资产总额约1.26万亿元，日均来电约4.8万通。\n\n【解决方案】\n阿里云为江南银行提供了通义千问大模型与百炼平台。\n', '约1.26万亿元', '江南商业银行'],
  // (a customer the page does not name as one: its figures are no one's, the supplier's least)
  ['首页 > 客户案例 > 金融 > 银行\n\n用通义千问打造全行级AI员工\n\n【客户简介】\n该行成立于1997年，截至2024年末，资产总额约1.26万亿元，日均来电约4.8万通。\n\n【解决方案】\n阿里云为该行提供了通义千问大模型与百炼平台。\n', '约1.26万亿元', null],
  ['首頁 > 客戶案例 > 金融 > 銀行\n\n江南商業銀行 × 阿里雲：用通義千問打造全行級AI員工\n\n發布時間：2025-03-18　|　閱讀量：4,217\n\n【客戶簡介】\n江南商業銀行（以下簡稱「江南銀行」）成立於1997年，截至2024年末，江南銀行資產總額約1.26萬億元，日均來電約4.8萬通。\n\n【解決方案】\n阿里雲為江南銀行提供了通義千問大模型與百煉平台。\n', '約1.26萬億元', '江南商业银行'],
]));

test('它 of what only a company has (融资, 估值), no thing named before it, is the company; of a product named before, the product', () => check([
  ['衡元智能是少数仍留在牌桌上的创业公司。成立不到三年，它先后完成五轮融资，累计融资超过6亿美元，最新一轮估值据称达到30亿美元。', '超过6亿美元', '衡元智能', 'coreference 它'],
  ['衡元智能是少數仍留在牌桌上的創業公司。成立不到三年，它先後完成五輪融資，累計融資超過6億美元，最新一輪估值據稱達到30億美元。', '30億美元', '衡元智能', 'coreference 它'],
  ['月之暗面则更依赖C端。Kimi智能助手的月活跃用户达到3600万；按平均每月约30元的档位估算，它的C端年收入不过一亿元出头。', '一亿元出头', 'Kimi', 'coreference 它'],
]));

test('a model built upon, named at the end of a chain (以阿里云的通义千问Qwen2.5为基座), is no subject of the new model\'s figures', () => check([
  ['最新版本粤言-2只有140亿参数，以阿里云的通义千问Qwen2.5为基座，再用约2,800亿tokens粤语语料继续训练，支持32K上下文。', '约2,800亿tokens', '粤言-2'],
  ['最新版本粵言-2只有140億參數，以阿里雲嘅通義千問Qwen2.5為基座，再用約2,800億tokens粵語語料繼續訓練，支援32K上下文。', '32K', '粤言-2'],
]));

test('an analyst putting the company before the verb (我们将公司2025年营收预测由38亿元上调至52亿元) judges the company reported on', () => check([
  ['■ 海光信息（688041.SH）：DCU业务高增。2024年公司实现营收91.62亿元。\n\n■ 寒武纪（688256.SH）：扭亏拐点确立。公司2024年实现营业收入11.74亿元。基于订单能见度，我们将公司2025年营收预测由38亿元上调至52亿元。', '52亿元', '寒武纪'],
  ['■ 海光信息（688041.SH）：DCU業務高增。2024年公司實現營收91.62億元。\n\n■ 寒武紀（688256.SH）：扭虧拐點確立。公司2024年實現營業收入11.74億元。基於訂單能見度，我們將公司2025年營收預測由38億元上調至52億元。', '38億元', '寒武纪'],
]));

test('a thing named as the time something changed (直到DeepSeek-R1开源之后，…) is no subject of the clause after it', () => check([
  ['港算云的卡去年使用率跌到五成。直到DeepSeek-R1开源之后，很多公司想自己部署，使用率才回升到85%以上。', '85%以上', null],
  ['港算雲的卡去年使用率跌到五成。直到DeepSeek-R1開源之後，很多公司想自己部署，使用率才回升到85%以上。', '85%以上', null],
]));

test('a documentation page: the product its trail names is its topic before the site\'s company over it; a lead that sums the page up makes it no digest', () => check([
  ['启明云 | 文档中心\n\n首页 > 产品文档 > 启明大模型服务平台 > 计费说明\n\n# 计费常见问题\n\n> 启明云是星衡科技集团旗下的云计算品牌。启明大模型服务平台提供在线推理服务。本文汇总了用户在计费方面最常遇到的问题。\n\n新用户注册后可领取50万tokens免费额度，有效期180天。\n', '180天', '启明大模型服务平台', 'document'],
  ['啟明雲 | 文檔中心\n\n首頁 > 產品文檔 > 啟明大模型服務平台 > 計費說明\n\n# 計費常見問題\n\n> 啟明雲是星衡科技集團旗下的雲計算品牌。啟明大模型服務平台提供線上推理服務。本文匯總了用戶在計費方面最常遇到的問題。\n\n新用戶註冊後可領取50萬tokens免費額度，有效期180天。\n', '180天', '启明大模型服务平台', 'document'],
]));

test('an industry\'s story, its title naming three companies (two written together, 華碩宏碁, are two) none of which the text names twice as often as the next: the market\'s figures are no one\'s', () => check([
  ['科技島日報 ＞ 產業 ＞ 電腦周邊\n\nAI PC第三季出貨衝破三成大關　聯想續居龍頭、華碩宏碁喊明年再翻倍\n\n記者林昱廷／台北報導　2025年10月23日\n\n研調機構Canalys最新報告指出，2025年第三季全球AI PC出貨量達２,２８０萬台，季增14.2%、年增78%。\n\n聯想以23.8%市佔率穩居第一。華碩表示明年AI PC出貨可望翻倍。宏碁第三季營收年增12%，宏碁預計明年再成長。\n', '14.2%', null],
  ['科技岛日报 ＞ 产业 ＞ 电脑周边\n\nAI PC第三季出货冲破三成大关　联想续居龙头、华硕宏碁喊明年再翻倍\n\n记者林昱廷／台北报道　2025年10月23日\n\n研调机构Canalys最新报告指出，2025年第三季全球AI PC出货量达２,２８０万台，季增14.2%、年增78%。\n\n联想以23.8%市占率稳居第一。华硕表示明年AI PC出货可望翻倍。宏碁第三季营收年增12%，宏碁预计明年再成长。\n', '78%', null],
  // (a round's title names its investors beside the company: the company is the story's)
  ['台灣AI新創擎天智能完成3,200萬美元A輪募資！鴻海、台積電旗下創投進場\n\n擎天智能成立於2021年。擎天智能表示，去年營收成長2.1倍。擎天智能員工約120人。\n', '2.1倍', '擎天智能'],
]));

test('the maker of the model a sentence is about, speaking of it (Google表示), does not take the paragraph from the model', () => check([
  ['Gemini 2.5 Pro支持100万tokens的上下文窗口，Google表示未来将扩展到200万。API定价方面，输入价格为1.25美元/百万tokens。', '1.25美元/百万tokens', 'Gemini 2.5 Pro', 'paragraph'],
  ['Gemini 2.5 Pro支援100萬tokens的上下文窗口，Google表示未來將擴展到200萬。API定價方面，輸入價格為1.25美元/百萬tokens。', '1.25美元/百萬tokens', 'Gemini 2.5 Pro', 'paragraph'],
]));

test('a ranking\'s medal (🥇 Kimi（月之暗面）) heads its item as a numbered heading does: the item\'s figures are its name\'s', () => check([
  ['把能用的AI写作助手全试了一遍。\n\n🥇 Kimi（月之暗面）\n综合得分：8.6分\n长文档总结真的是它的主场。\n\n🥈 豆包（字节跳动）\n综合得分：7.9分\n完全免费这点无敌。\n', '7.9分', '豆包大模型', 'heading'],
  ['把能用的AI寫作助手全試了一遍。\n\n🥇 Kimi（月之暗面）\n綜合得分：8.6分\n長文檔總結真的是它的主場。\n\n🥈 豆包（字節跳動）\n綜合得分：7.9分\n完全免費這點無敵。\n', '8.6分', 'Kimi', 'heading'],
]));
