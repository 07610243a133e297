import type { Random } from '@shian/subgraph-kit';

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文苟岳蒲',
];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力波宁燕春海鹏飞斌云峰琴丹晓亮梅琳'];

/** A Chinese personal name (surname + one or two characters). */
export function personName(random: Random): string {
  const given = random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : '');
  return random.pick(SURNAMES) + given;
}
