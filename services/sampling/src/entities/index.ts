import { CalendarDay } from './CalendarDay';
import { ClockRuleSetting } from './ClockRuleSetting';
import { ConsumerRequest } from './ConsumerRequest';
import { Disposal } from './Disposal';
import { InfantFormulaBatch } from './InfantFormulaBatch';
import { Objection } from './Objection';
import { RecheckRequest } from './RecheckRequest';
import { Sample } from './Sample';
import { SampleEvent } from './SampleEvent';
import { SampleTally } from './SampleTally';
import { SamplingPlan } from './SamplingPlan';
import { TestItem } from './TestItem';

export * from './enums';
export * from './refs';
export {
  CalendarDay,
  ClockRuleSetting,
  ConsumerRequest,
  Disposal,
  InfantFormulaBatch,
  Objection,
  RecheckRequest,
  Sample,
  SampleEvent,
  SampleTally,
  SamplingPlan,
  TestItem,
};

export const ENTITIES = [
  SamplingPlan,
  ConsumerRequest,
  Sample,
  TestItem,
  SampleEvent,
  RecheckRequest,
  Objection,
  Disposal,
  InfantFormulaBatch,
  CalendarDay,
  ClockRuleSetting,
  SampleTally,
];
