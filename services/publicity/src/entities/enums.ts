import { registerEnumType } from 'type-graphql';
import { ArticleChannel, ArticleKind, LABELS, OpinionSeverity, OpinionStatus, OutreachKind } from '../rules/enums';

export { ArticleChannel, ArticleKind, OpinionSeverity, OpinionStatus, OutreachKind };

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

registerEnumType(ArticleKind, {
  name: 'ArticleKind',
  description: '文章类别',
  valuesConfig: described(LABELS.ArticleKind),
});
registerEnumType(ArticleChannel, {
  name: 'ArticleChannel',
  description: '发布渠道',
  valuesConfig: described(LABELS.ArticleChannel),
});
registerEnumType(OpinionSeverity, {
  name: 'OpinionSeverity',
  description: '舆情等级',
  valuesConfig: described(LABELS.OpinionSeverity),
});
registerEnumType(OpinionStatus, {
  name: 'OpinionStatus',
  description: '舆情处置阶段',
  valuesConfig: described(LABELS.OpinionStatus),
});
registerEnumType(OutreachKind, {
  name: 'OutreachKind',
  description: '宣传活动形式',
  valuesConfig: described(LABELS.OutreachKind),
});
