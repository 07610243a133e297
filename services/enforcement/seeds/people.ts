/** The bureau's inspectors (invented people), by unit: the pool 双随机 draws from and the officers of cases. */
export interface DemoInspector {
  id: string;
  name: string;
  badgeNumber: string;
  unit: string;
  active: boolean;
}

export const UNITS = [
  '食品生产安全监督管理科',
  '食品经营安全监督管理科',
  '餐饮服务食品安全监督管理科',
  '综合行政执法大队',
  '东城市场监督管理所',
  '西城市场监督管理所',
  '江北市场监督管理所',
  '回风市场监督管理所',
  '曾口市场监督管理所',
  '清江市场监督管理所',
] as const;

const NAMES = [
  ['何志强', '罗晓燕', '苟建华'],
  ['李明辉', '张丽娟', '陈国庆', '杨雪梅'],
  ['王海燕', '刘俊', '赵红梅'],
  ['李执法', '周永刚', '吴俊杰', '郑涛', '冯建军', '蒋文斌'],
  ['唐小兵', '谢春花', '韩磊'],
  ['杜明', '邓丽', '袁成'],
  ['岳红', '向东', '廖勇'],
  ['曾强', '梁静', '宋波'],
  ['马俊', '胡琳', '龚平'],
  ['文杰', '余霞', '熊伟'],
];

export const INSPECTORS: readonly DemoInspector[] = NAMES.flatMap((names, unit) =>
  names.map((name, i) => ({ name, unit: UNITS[unit]!, i })),
).map(({ name, unit }, i) => ({
  id: `IN${String(i + 1).padStart(2, '0')}`,
  name,
  badgeNumber: `51190${String(21001 + i * 7).padStart(6, '0')}`,
  unit,
  // One inspector retired in 2024: kept on the roll (their records stand), never drawn again.
  active: name !== '赵红梅',
}));

export const ACTIVE_INSPECTORS = INSPECTORS.filter((i) => i.active);
