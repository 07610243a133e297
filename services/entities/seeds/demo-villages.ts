import { VillageKind } from '../src/rules/enums';
import { TOWNSHIPS } from './places';
import type { DemoEntity } from './types';

/**
 * Villages (村) and communities (社区) under the 22 townships, and the grassroots supervision stations (基层监管所).
 * Names are invented (common place-name stems of the region, not a copy of the district's register); codes follow
 * the administrative pattern: the township's 9 digits, then 001… for communities and 201… for villages. Built
 * without the PRNG of demo-data.ts, so adding them changed none of the other demo records.
 */
export interface DemoVillage {
  id: string;
  name: string;
  kind: VillageKind;
  townshipId: string;
}

const COMMUNITY_STEMS = [
  '文昌',
  '兴隆',
  '桂花',
  '金桥',
  '玉带',
  '青龙',
  '平安',
  '红星',
  '建新',
  '和平',
  '莲花',
  '龙泉',
  '顺河',
  '长青',
  '福星',
  '永安',
  '新华',
  '丰乐',
  '凤鸣',
  '石门',
  '太平',
  '清泉',
  '万寿',
  '龙山',
  '九龙',
  '荷花',
  '锦屏',
  '宝塔',
  '南山',
  '北岩',
  '朝阳',
  '长乐',
];

const VILLAGE_STEMS = [
  '白鹤',
  '黄桷',
  '石板',
  '柏林',
  '双河',
  '杨柳',
  '大坪',
  '高峰',
  '观音',
  '寨子',
  '茶园',
  '牛角',
  '团堡',
  '铁炉',
  '梨子',
  '花园',
  '青杠',
  '枫香',
  '桥湾',
  '天星',
  '水井',
  '松林',
  '马鞍',
  '龙井',
  '石桥',
  '金竹',
  '庙垭',
  '黄泥',
  '竹园',
  '狮子',
  '玉皇',
  '凉水',
  '碑垭',
  '燕子',
  '田坝',
  '老鹰',
  '红岩',
  '核桃',
  '柳溪',
  '岩口',
  '仙鹤',
  '新房',
  '回龙',
  '长岭',
  '桂林',
  '鹿鸣',
  '清明',
  '堰塘',
  '两河',
  '五星',
  '响滩',
  '鸡鸣',
  '林家',
  '何家',
  '罗家',
  '赵家',
  '土门',
  '檬子',
  '大湾',
  '马桑',
  '三合',
  '沙溪',
  '新街',
  '四方',
  '白果',
  '银杏',
  '古井',
  '桃园',
  '杏花',
  '栗子',
  '槐树',
  '望江',
  '坪上',
  '盘龙',
  '洞口',
  '草坝',
  '鱼泉',
  '蒲家',
  '瓦房',
  '太阳',
];

/** Subdistricts: 3 communities and 2 villages each; towns and townships: 1 community and 4 villages. */
export function buildVillages(): DemoVillage[] {
  const villages: DemoVillage[] = [];
  let community = 0;
  let village = 0;
  for (const township of TOWNSHIPS) {
    const [communities, rural] = township.urban ? [3, 2] : [1, 4];
    for (let i = 1; i <= communities; i++)
      villages.push({
        id: `${township.id}${String(i).padStart(3, '0')}`,
        name: `${COMMUNITY_STEMS[community++ % COMMUNITY_STEMS.length]}社区`,
        kind: VillageKind.COMMUNITY,
        townshipId: township.id,
      });
    for (let i = 1; i <= rural; i++)
      villages.push({
        id: `${township.id}${200 + i}`,
        name: `${VILLAGE_STEMS[village++ % VILLAGE_STEMS.length]}村`,
        kind: VillageKind.VILLAGE,
        townshipId: township.id,
      });
  }
  return villages;
}

/**
 * Which village each business is in: the businesses of a township, in id order, take its villages in turn, and
 * every fifth has none recorded (the register did not always say). E0001 is in a community, not the demo village.
 */
export function villageOfEntities(entities: readonly DemoEntity[], villages: readonly DemoVillage[]) {
  const byTownship = new Map<string, DemoVillage[]>();
  for (const v of villages) byTownship.set(v.townshipId, [...(byTownship.get(v.townshipId) ?? []), v]);
  const seen = new Map<string, number>();
  const result = new Map<string, string | null>();
  for (const entity of [...entities].sort((a, b) => a.id.localeCompare(b.id))) {
    const k = seen.get(entity.townshipId) ?? 0;
    seen.set(entity.townshipId, k + 1);
    const list = byTownship.get(entity.townshipId) ?? [];
    result.set(entity.id, k % 5 === 4 || list.length === 0 ? null : (list[k % list.length] as DemoVillage).id);
  }
  return result;
}

export interface DemoStation {
  id: string;
  name: string;
  townshipIds: string[];
  officers: { name: string; title: string }[];
  checklist: { key: string; label: string; done: boolean; doneOn: string | null }[];
}

/** The 两化 checklist every station is measured against. */
export const STATION_CHECKLIST: readonly { key: string; label: string }[] = [
  { key: 'SIGNAGE', label: '统一标识、标牌' },
  { key: 'PREMISES', label: '办公和执法用房达标' },
  { key: 'EQUIPMENT', label: '快检和执法装备配备' },
  { key: 'RULES', label: '岗位职责和工作制度上墙' },
  { key: 'FILES', label: '监管档案规范管理' },
  { key: 'TRAINING', label: '人员业务培训达标' },
];

const STATIONS: readonly [string, number[], [string, string][], number][] = [
  [
    '东城市场监督管理所',
    [1, 4, 5],
    [
      ['蒲晓东', '所长'],
      ['苟丽', '监管员'],
      ['岳川', '监管员'],
    ],
    6,
  ],
  [
    '西城市场监督管理所',
    [2, 6, 7],
    [
      ['冉志刚', '所长'],
      ['向敏', '监管员'],
    ],
    5,
  ],
  [
    '江北市场监督管理所',
    [3, 8, 9],
    [
      ['鲜于涛', '所长'],
      ['罗婷', '副所长'],
      ['文斌', '监管员'],
    ],
    4,
  ],
  [
    '清江市场监督管理所',
    [10, 11, 12, 13],
    [
      ['何建平', '所长'],
      ['杜娟', '监管员'],
    ],
    3,
  ],
  [
    '曾口市场监督管理所',
    [14, 15, 16, 17],
    [
      ['李晓峰', '所长'],
      ['谯明', '监管员'],
    ],
    2,
  ],
  [
    '大罗市场监督管理所',
    [18, 19, 20, 21, 22],
    [
      ['苏海', '所长'],
      ['付琴', '监管员'],
      ['王勇', '监管员'],
    ],
    1,
  ],
];

export function buildStations(): DemoStation[] {
  return STATIONS.map(([name, townships, officers, done], i) => ({
    id: `ST${String(i + 1).padStart(2, '0')}`,
    name,
    townshipIds: townships.map((n) => `511902${String(n).padStart(3, '0')}`),
    officers: officers.map(([officer, title]) => ({ name: officer, title })),
    checklist: STATION_CHECKLIST.map((item, k) => ({
      ...item,
      done: k < done,
      doneOn: k < done ? `2024-${String(3 + k).padStart(2, '0')}-${String(10 + i).padStart(2, '0')}` : null,
    })),
  }));
}

export interface DemoVillageReport {
  id: string;
  villageId: string;
  entityId: string | null;
  entityName: string;
  kind: 'HAZARD' | 'CLUE';
  description: string;
  reporterName: string;
  reporterUsername: string;
  receivedAt: string;
  status: 'PENDING' | 'DISMISSED';
  dismissReason: string | null;
}

/**
 * A few reports so that the queues are not empty: the demo liaison's (`village`, 511902001201) and other villages'
 * liaisons (logins that are not demo users). Their business, when picked, is one of the village's own. Triage into
 * hazards and clues is left to the demo itself, since those records live in other subgraphs.
 */
export function buildVillageReports(
  entities: readonly DemoEntity[],
  villageOf: ReadonlyMap<string, string | null>,
): DemoVillageReport[] {
  const firstIn = (villageId: string) => entities.find((e) => villageOf.get(e.id) === villageId) ?? null;
  const rows: [string, 'HAZARD' | 'CLUE', string | null, string, string, string, string, string | null][] = [
    [
      '511902001201',
      'HAZARD',
      'pick',
      '后厨地面积水,生熟砧板混用',
      'village',
      '赵信息员',
      '2025-03-04T02:10:00Z',
      null,
    ],
    [
      '511902001201',
      'CLUE',
      null,
      '院坝里有人用面包车卖散装白酒,没有标签',
      'village',
      '赵信息员',
      '2025-03-10T08:30:00Z',
      null,
    ],
    [
      '511902001201',
      'HAZARD',
      'pick',
      '冷柜温度显示坏了,店主说修了好几天',
      'village',
      '赵信息员',
      '2025-02-17T03:00:00Z',
      '已由乡镇监管员现场核实,冷柜已修复',
    ],
    [
      '511902002201',
      'CLUE',
      'pick',
      '门口招牌写着自制腊肉,没见到许可',
      'liaison-511902002201',
      '陈信息员',
      '2025-03-05T06:45:00Z',
      null,
    ],
    [
      '511902010201',
      'HAZARD',
      'pick',
      '坝坝宴搭棚做饭,餐具没有消毒',
      'liaison-511902010201',
      '吴信息员',
      '2025-03-06T01:20:00Z',
      null,
    ],
    [
      '511902014202',
      'CLUE',
      null,
      '赶场天流动摊卖的卤菜颜色发红,疑似加了色素',
      'liaison-511902014202',
      '彭信息员',
      '2025-03-07T04:05:00Z',
      null,
    ],
  ];
  return rows.map(([villageId, kind, pick, description, username, name, at, dismissed], i) => {
    const entity = pick ? firstIn(villageId) : null;
    return {
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      villageId,
      entityId: entity?.id ?? null,
      entityName: entity?.name ?? (kind === 'CLUE' ? '无名流动摊点' : '未登记主体'),
      kind,
      description,
      reporterName: name,
      reporterUsername: username,
      receivedAt: at,
      status: dismissed ? 'DISMISSED' : 'PENDING',
      dismissReason: dismissed,
    };
  });
}
