import { ArticleResolver } from './Article';
import { OpinionEventResolver } from './OpinionEvent';
import { OutreachEventResolver } from './OutreachEvent';
import { PublicityWeekResolver } from './PublicityWeek';
import { WorkReportResolver } from './WorkReport';

export const RESOLVERS = [
  ArticleResolver,
  OpinionEventResolver,
  OutreachEventResolver,
  PublicityWeekResolver,
  WorkReportResolver,
] as const;
