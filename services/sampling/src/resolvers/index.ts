import { CalendarResolver } from './Calendar';
import { ConsumerRequestResolver } from './ConsumerRequest';
import { DisposalResolver } from './Disposal';
import { InboxResolver } from './Inbox';
import { InfantFormulaBatchResolver } from './InfantFormulaBatch';
import { ObjectionResolver } from './Objection';
import { RecheckRequestResolver } from './RecheckRequest';
import { EntitySamplesResolver, TownshipSamplesResolver } from './refs';
import { SampleResolver } from './Sample';
import { SamplingPlanResolver } from './SamplingPlan';
import { WorkReportResolver } from './WorkReport';

export const RESOLVERS = [
  SamplingPlanResolver,
  SampleResolver,
  RecheckRequestResolver,
  ObjectionResolver,
  DisposalResolver,
  ConsumerRequestResolver,
  InfantFormulaBatchResolver,
  CalendarResolver,
  EntitySamplesResolver,
  TownshipSamplesResolver,
  WorkReportResolver,
  InboxResolver,
] as const;
