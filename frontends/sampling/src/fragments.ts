import { graphql } from './gql';

/** What a sample's row shows (the register's list), which its own page reads as well. */
export const SampleRowFragment = graphql(`
  fragment SampleRow on Sample {
    id
    number
    foodName
    category
    status
    verdict
    failureKind
    sampledOn
    lab
    overdue
    focusVariety
    focusPeriod
    focusArea
    plan {
      id
      name
      level
    }
    entity {
      ...EntityRef
      township {
        ...TownshipRef
      }
    }
  }
`);

/** A plan's scope (its categories, period and focus): what the plans list shows and what registering a sample checks. */
export const PlanScopeFragment = graphql(`
  fragment PlanScope on SamplingPlan {
    id
    name
    level
    categories
    startsOn
    endsOn
    focusVarieties
    focusPeriods
    focusAreas
  }
`);
