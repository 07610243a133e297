import { ArticleResolver } from './Article';
import { InboxResolver } from './Inbox';
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
  InboxResolver,
] as const;
