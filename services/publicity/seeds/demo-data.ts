import { ArticleChannel, ArticleKind, OpinionSeverity, OpinionStatus, OutreachKind } from '../src/rules/enums';
import { ENTITY_REFS, findEntity } from './entity-refs';
import { Random } from '@shian/subgraph-kit';

/**
 * Publicity's demo data as plain records, deterministic, reproducing the 2024 work summary: 56 science and
 * rumour-refutation posts on 大美巴州App, 巴州新闻网 and the bureau's accounts (among them the three the summary
 * names), the 3 negative public-opinion events it handled (the two it names and a rumour about a school canteen),
 * and the city's publicity week "诚信尚俭 共享食安" that the district hosted: 12 activities, 12,260 leaflets. A little
 * of 2023 keeps the years apart.
 */
export interface DemoArticle {
  id: string;
  title: string;
  kind: ArticleKind;
  channel: ArticleChannel;
  publishedAt: string;
  reach: number;
  author: string;
  summary: string;
}

export interface DemoStep {
  to: OpinionStatus;
  at: string;
  by: string;
  byName: string;
  note: string;
}

export interface DemoOpinionEvent {
  id: string;
  title: string;
  content: string;
  platform: string;
  detectedAt: string;
  severity: OpinionSeverity;
  entityId: string | null;
  townshipId: string | null;
  escalatedTo: string | null;
  /** The enforcement demo data files the case of an event as `CASE-<event id>`. */
  caseId: string | null;
  steps: DemoStep[];
}

export interface DemoWeek {
  id: string;
  year: number;
  name: string;
  theme: string;
  startsOn: string;
  endsOn: string;
  organizer: string;
}

export interface DemoOutreach {
  id: string;
  title: string;
  theme: string;
  kind: OutreachKind;
  heldOn: string;
  place: string;
  townshipId: string | null;
  organizer: string;
  materials: number;
  peopleReached: number;
  weekId: string | null;
}

export interface PublicityDemoData {
  articles: DemoArticle[];
  opinionEvents: DemoOpinionEvent[];
  weeks: DemoWeek[];
  outreach: DemoOutreach[];
}

export const DEMO_SEED = 20240315;
export const FIGURES_2024 = { posts: 56, opinionEvents: 3, outreachEvents: 12, materials: 12_260 };
export const NAMED_ARTICLES = ['特殊食品知多少', '如何应对食品安全网络谣言', '预防有毒野生菌'];
export const NAMED_EVENTS = ['巴中某市场惊现母猪肉', '展销会上用里脊肉冒充牛肉'];
export const WEEK_THEME = '诚信尚俭 共享食安';

const { SCIENCE, RUMOUR_REFUTATION, WARNING } = ArticleKind;
// [title, kind, month or fixed date, channel?]
type ArticleSpec = [string, ArticleKind, number | string, ArticleChannel?];
const ARTICLES_2024: ArticleSpec[] = [
  ['特殊食品知多少', SCIENCE, '2024-03-15T10:00:00+08:00', ArticleChannel.DAMEI_BAZHOU_APP],
  ['如何应对食品安全网络谣言', RUMOUR_REFUTATION, '2024-04-12T15:30:00+08:00', ArticleChannel.BAZHOU_NEWS],
  ['预防有毒野生菌', WARNING, '2024-06-20T09:30:00+08:00', ArticleChannel.DAMEI_BAZHOU_APP],
  ['保健食品不是药,选购认准"小蓝帽"', SCIENCE, 6],
  ['婴幼儿配方乳粉选购指南', SCIENCE, 3],
  ['春季野菜虽鲜美,食用安全要注意', SCIENCE, 3],
  ['夏季饮食安全小贴士', SCIENCE, 7],
  ['隔夜菜到底能不能吃', SCIENCE, 8],
  ['冰箱不是保险箱', SCIENCE, 7],
  ['读懂食品标签,吃得明明白白', SCIENCE, 5],
  ['腊肉香肠的安全制作与储存', SCIENCE, 12],
  ['桶装水的正确饮用方法', SCIENCE, 5],
  ['学生营养餐安全知识问答', SCIENCE, 9],
  ['外卖点餐如何吃得放心', SCIENCE, 4],
  ['豆芽、木耳泡发的安全常识', SCIENCE, 2],
  ['散装食品选购注意事项', SCIENCE, 1],
  ['认识食品添加剂', SCIENCE, 5],
  ['网购食品避坑指南', SCIENCE, 11],
  ['农村集体聚餐食品安全须知', SCIENCE, 1],
  ['餐具消毒知多少', SCIENCE, 8],
  ['发芽土豆还能吃吗', SCIENCE, 4],
  ['蜂蜜的选购与保存', SCIENCE, 10],
  ['食用油的正确使用方法', SCIENCE, 6],
  ['"明厨亮灶"让您吃得放心', SCIENCE, 9],
  ['"你点我检"邀您参与', SCIENCE, 3],
  ['粮食储存防霉变', SCIENCE, 7],
  ['酒类产品选购小常识', SCIENCE, 1],
  ['月饼选购与储存提示', SCIENCE, 9],
  ['年货选购攻略', SCIENCE, 1],
  ['小作坊食品怎么买才放心', SCIENCE, 10],
  ['校园周边零食选购提示', SCIENCE, 9],
  ['保质期与保存条件的学问', SCIENCE, 11],
  ['豆制品的安全食用', SCIENCE, 10],
  ['老年人食品安全小常识', SCIENCE, 11],
  ['生鲜肉类如何辨别新鲜度', SCIENCE, 4],
  ['"塑料紫菜"真相调查', RUMOUR_REFUTATION, 2],
  ['"棉花肉松"谣言再辟谣', RUMOUR_REFUTATION, 3],
  ['西瓜打针?不可能!', RUMOUR_REFUTATION, 7],
  ['"假鸡蛋"能以假乱真吗', RUMOUR_REFUTATION, 5],
  ['小龙虾是"清道夫"吗', RUMOUR_REFUTATION, 6],
  ['反复烧开的水会致癌吗', RUMOUR_REFUTATION, 8],
  ['味精吃多了会掉头发吗', RUMOUR_REFUTATION, 10],
  ['转基因食品的那些谣言', RUMOUR_REFUTATION, 11],
  ['"隔夜茶"致癌说法不科学', RUMOUR_REFUTATION, 4],
  ['食品添加剂都有害吗', RUMOUR_REFUTATION, 6],
  ['"速冻食品没营养"是误解', RUMOUR_REFUTATION, 12],
  ['"红心鸭蛋都是苏丹红"?谣言', RUMOUR_REFUTATION, 5],
  ['"吃猪血能清肺"没有科学依据', RUMOUR_REFUTATION, 12],
  ['网传"冰糖橙打蜡染色"不实', RUMOUR_REFUTATION, 12],
  ['警惕亚硝酸盐中毒', WARNING, 2],
  ['夏季谨防细菌性食物中毒', WARNING, 7],
  ['四季豆不煮熟易中毒', WARNING, 8],
  ['"三无"食品危害大,切勿购买', WARNING, 3],
  ['警惕"保健品"会销骗局', WARNING, 6],
  ['河豚毒素危险,切勿私自加工食用', WARNING, 4],
  ['节日聚餐食品安全提示', WARNING, 9],
];
const ARTICLES_2023: ArticleSpec[] = [
  ['食品安全宣传周:尚俭崇信 守护食安', SCIENCE, 6],
  ['预防野生菌中毒提示', WARNING, 7],
  ['"海克斯科技"食品谣言辨析', RUMOUR_REFUTATION, 9],
  ['春节食品选购提示', SCIENCE, 1],
];

const SUMMARIES: Record<ArticleKind, string[]> = {
  SCIENCE: ['区市场监管局提醒广大消费者科学选购、合理储存、安全食用。', '一图读懂,日常饮食中的食品安全常识。'],
  RUMOUR_REFUTATION: ['网络流传的说法缺乏科学依据,请勿轻信、转发。', '专家解读:谣言从何而来,真相是什么。'],
  WARNING: ['近期为高发季节,请广大群众提高警惕,发现不适立即就医。', '消费提示:守护舌尖上的安全,从拒绝风险开始。'],
};
const AUTHORS = ['巴州区市场监督管理局', '巴州区食品安全委员会办公室', '区市场监管局食品安全协调股'];
const CHANNELS = [
  ArticleChannel.DAMEI_BAZHOU_APP,
  ArticleChannel.DAMEI_BAZHOU_APP,
  ArticleChannel.BAZHOU_NEWS,
  ArticleChannel.BAZHOU_NEWS,
  ArticleChannel.WECHAT,
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function buildArticles(random: Random): DemoArticle[] {
  const articles: DemoArticle[] = [];
  for (const [year, specs] of [
    [2023, ARTICLES_2023],
    [2024, ARTICLES_2024],
  ] as const) {
    for (const [title, kind, when, channel] of specs) {
      const publishedAt =
        typeof when === 'string'
          ? new Date(when).toISOString()
          : new Date(
              `${year}-${pad(when, 2)}-${pad(random.int(1, 28), 2)}T${pad(random.int(9, 17), 2)}:${pad(random.int(0, 59), 2)}:00+08:00`,
            ).toISOString();
      articles.push({
        id: `AR${year}${pad(articles.filter((a) => a.id.startsWith(`AR${year}`)).length + 1, 3)}`,
        title,
        kind,
        channel: channel ?? random.pick(CHANNELS),
        publishedAt,
        reach: random.int(800, NAMED_ARTICLES.includes(title) ? 36_000 : 18_000),
        author: random.pick(AUTHORS),
        summary: random.pick(SUMMARIES[kind]),
      });
    }
  }
  return articles;
}

const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const officer = { by: 'officer', byName: '李执法' };
const leader = { by: 'admin', byName: '王局长' };

function buildOpinionEvents(): DemoOpinionEvent[] {
  const market = findEntity('FOOD_SELLER', '农贸市场', '冻品');
  const vendor = findEntity('FOOD_VENDOR', '卤菜', '苟记');
  const canteen = findEntity('SCHOOL_CANTEEN', '小学');
  const hotpot = findEntity('CATERING', '火锅');
  const { DETECTED, VERIFYING, ESCALATED, HANDLING, RESPONDED, CLOSED } = OpinionStatus;
  return [
    {
      id: 'OE2023001',
      title: '网传巴州区某火锅店使用"地沟油"',
      content: `本地论坛帖文称${hotpot.name}回收使用废弃油脂,引发网民转发。`,
      platform: '巴中零距离论坛',
      detectedAt: at('2023-08-14T09:40:00'),
      severity: OpinionSeverity.GENERAL,
      entityId: hotpot.id,
      townshipId: hotpot.townshipId,
      escalatedTo: null,
      caseId: null,
      steps: [
        { to: DETECTED, at: at('2023-08-14T09:40:00'), ...officer, note: '舆情监测发现,登记' },
        { to: VERIFYING, at: at('2023-08-14T10:30:00'), ...officer, note: '执法人员赴现场核查,抽取食用油样品送检' },
        {
          to: HANDLING,
          at: at('2023-08-18T16:00:00'),
          ...officer,
          note: '检验结果合格,未发现回收废弃油脂;督促规范进货查验记录',
        },
        { to: RESPONDED, at: at('2023-08-19T10:00:00'), ...officer, note: '在大美巴州App发布核查结果,澄清不实信息' },
        { to: CLOSED, at: at('2023-08-25T17:00:00'), ...leader, note: '舆情平息,办结' },
      ],
    },
    {
      id: 'OE2024001',
      title: '巴中某市场惊现母猪肉',
      content: `短视频称巴中某农贸市场冻品店将母猪肉冒充普通猪肉销售,涉事商户为${market.name}。`,
      platform: '抖音',
      detectedAt: at('2024-04-09T10:20:00'),
      severity: OpinionSeverity.MAJOR,
      entityId: market.id,
      townshipId: market.townshipId,
      escalatedTo: null,
      caseId: 'CASE-OE2024001',
      steps: [
        { to: DETECTED, at: at('2024-04-09T10:20:00'), ...officer, note: '舆情监测发现,登记' },
        { to: VERIFYING, at: at('2024-04-09T11:00:00'), ...officer, note: '执法人员赴现场核查,调取进货台账和检疫证明' },
        { to: HANDLING, at: at('2024-04-09T16:30:00'), ...officer, note: '现场查扣涉嫌产品,抽样送检,立案调查' },
        { to: RESPONDED, at: at('2024-04-10T18:00:00'), ...officer, note: '在大美巴州App发布情况通报,回应群众关切' },
        { to: CLOSED, at: at('2024-05-20T17:00:00'), ...leader, note: '案件依法处理完毕,舆情平息,办结' },
      ],
    },
    {
      id: 'OE2024002',
      title: '网传巴州区某小学食堂使用过期食材',
      content: `家长群流传图片称${canteen.name}使用过期食材,引发家长担忧。`,
      platform: '微信群',
      detectedAt: at('2024-09-11T08:50:00'),
      severity: OpinionSeverity.GENERAL,
      entityId: canteen.id,
      townshipId: canteen.townshipId,
      escalatedTo: null,
      caseId: null,
      steps: [
        { to: DETECTED, at: at('2024-09-11T08:50:00'), ...officer, note: '群众反映,登记' },
        { to: VERIFYING, at: at('2024-09-11T09:30:00'), ...officer, note: '会同区教育科技局赴学校食堂现场核查' },
        {
          to: HANDLING,
          at: at('2024-09-12T11:00:00'),
          ...officer,
          note: '未发现过期食材;对台账记录不规范问题责令整改',
        },
        {
          to: RESPONDED,
          at: at('2024-09-12T17:00:00'),
          ...officer,
          note: '通过学校家长群和巴州新闻网发布核查情况,澄清不实信息',
        },
        { to: CLOSED, at: at('2024-09-20T16:00:00'), ...leader, note: '整改到位,办结' },
      ],
    },
    {
      id: 'OE2024003',
      title: '展销会上用里脊肉冒充牛肉',
      content: `网民发帖称国庆期间美食展销会上${vendor.name}用猪里脊肉冒充牛肉制作卤牛肉销售。`,
      platform: '微信朋友圈',
      detectedAt: at('2024-10-03T20:15:00'),
      severity: OpinionSeverity.MAJOR,
      entityId: vendor.id,
      townshipId: vendor.townshipId,
      escalatedTo: '巴州区食品安全委员会办公室',
      caseId: 'CASE-OE2024003',
      steps: [
        { to: DETECTED, at: at('2024-10-03T20:15:00'), ...officer, note: '舆情监测发现,登记' },
        { to: VERIFYING, at: at('2024-10-03T21:00:00'), ...officer, note: '连夜赴展销会现场核查,对在售卤制品抽样' },
        {
          to: ESCALATED,
          at: at('2024-10-04T09:00:00'),
          ...leader,
          note: '涉及展销会主办方,报区食安办协调商务等部门联合处置',
        },
        {
          to: HANDLING,
          at: at('2024-10-04T15:00:00'),
          ...officer,
          note: '责令涉事摊位停止销售,检测确认以猪肉冒充牛肉,立案调查',
        },
        { to: RESPONDED, at: at('2024-10-05T12:00:00'), ...officer, note: '在大美巴州App、巴州新闻网发布处置情况' },
        { to: CLOSED, at: at('2024-11-15T17:00:00'), ...leader, note: '依法作出行政处罚,办结' },
      ],
    },
  ];
}

const WEEK: DemoWeek = {
  id: 'PW2024',
  year: 2024,
  name: '2024年巴中市食品安全宣传周(巴州区承办)',
  theme: WEEK_THEME,
  startsOn: '2024-06-17',
  endsOn: '2024-06-23',
  organizer: '巴中市食品安全委员会办公室主办,巴州区市场监督管理局承办',
};

function buildOutreach(): DemoOutreach[] {
  const [factoryA, factoryB] = ENTITY_REFS.filter((e) => e.category === 'FOOD_PRODUCER' && e.status === 'OPERATING');
  const { COMMUNITY, CLASSROOM, ENTERPRISE, MARKET } = OutreachKind;
  // [heldOn, kind, title, place, township, materials, people]
  const rows: [string, OutreachKind, string, string, string | null, number, number][] = [
    ['2024-06-17', MARKET, '宣传周启动仪式暨食品安全进市场咨询活动', '东城农贸市场', '511902001', 3000, 1200],
    ['2024-06-18', COMMUNITY, '保健食品进社区', '东城街道南池社区', '511902001', 800, 300],
    ['2024-06-18', CLASSROOM, '食安科普进课堂', '巴州区东城小学', '511902001', 1200, 600],
    ['2024-06-19', COMMUNITY, '保健食品进社区', '江北街道白马社区', '511902003', 900, 350],
    ['2024-06-19', CLASSROOM, '食安科普进课堂', '巴州区江北实验小学', '511902003', 1100, 550],
    ['2024-06-19', ENTERPRISE, '诚信教育进企业', factoryA!.name, factoryA!.townshipId, 500, 120],
    ['2024-06-20', COMMUNITY, '保健食品进社区', '西城街道七一社区', '511902002', 850, 320],
    ['2024-06-20', CLASSROOM, '食安科普进课堂', '巴州区回风初级中学', '511902004', 1000, 500],
    ['2024-06-20', ENTERPRISE, '诚信教育进企业', factoryB!.name, factoryB!.townshipId, 600, 150],
    ['2024-06-21', COMMUNITY, '保健食品进社区', '回风街道柳津社区', '511902004', 760, 280],
    ['2024-06-21', CLASSROOM, '食安科普进课堂', '巴州区时新幼儿园', '511902008', 900, 450],
    ['2024-06-22', ENTERPRISE, '诚信教育进企业(小作坊集中区)', '曾口镇小作坊集中加工区', '511902013', 650, 180],
  ];
  return rows.map(([heldOn, kind, title, place, townshipId, materials, peopleReached], i) => ({
    id: `OA2024${pad(i + 1, 3)}`,
    title,
    theme: WEEK_THEME,
    kind,
    heldOn,
    place,
    townshipId,
    organizer: kind === CLASSROOM ? '巴州区市场监督管理局、巴州区教育科技局' : '巴州区市场监督管理局',
    materials,
    peopleReached,
    weekId: WEEK.id,
  }));
}

export function buildPublicityDemoData(seed = DEMO_SEED): PublicityDemoData {
  const random = new Random(seed);
  return {
    articles: buildArticles(random),
    opinionEvents: buildOpinionEvents(),
    weeks: [WEEK],
    outreach: buildOutreach(),
  };
}
