import { registerEnumType } from 'type-graphql';
import { LABELS, TrainingAudience, TrainingKind, TrainingMode, WorkshopLevel } from '../rules/enums';

export { TrainingAudience, TrainingKind, TrainingMode, WorkshopLevel };

const described = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, description]) => [value, { description }]));

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: '培训对象',
  valuesConfig: described(LABELS.TrainingAudience),
});
registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: '培训方式',
  valuesConfig: described(LABELS.TrainingMode),
});
registerEnumType(WorkshopLevel, {
  name: 'WorkshopLevel',
  description: '小作坊等级',
  valuesConfig: described(LABELS.WorkshopLevel),
});
registerEnumType(TrainingKind, {
  name: 'TrainingKind',
  description: '培训类别',
  valuesConfig: described(LABELS.TrainingKind),
});
