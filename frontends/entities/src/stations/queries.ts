import { graphql } from '../gql';
import type { SupervisionStationsQuery } from '../gql/graphql';

/** What a tick changes of a station: the list reads it, the tick answers it, so the next tick sends the new version. */
export const StationChecklistFields = graphql(`
  fragment StationChecklistFields on SupervisionStation {
    id
    version
    updatedAt
    checklistDone
    checklist {
      key
      label
      done
      doneOn
    }
  }
`);

/** 基层监管所 with what the list and the checklist show; the subgraph narrows a township officer to their stations. */
export const SupervisionStationsDocument = graphql(`
  query SupervisionStations {
    supervisionStations {
      ...StationChecklistFields
      name
      townships {
        ...TownshipRef
      }
      officers {
        name
        title
      }
    }
  }
`);

/**
 * Ticks or unticks one checklist item. `version` is the one the page read: the subgraph refuses (CONFLICT) when
 * someone changed the station since, rather than overwrite their tick. The answer carries the whole checklist and
 * the new version, so the next tick sends the right one.
 */
export const SetStationChecklistItemDocument = graphql(`
  mutation SetStationChecklistItem($stationId: ID!, $version: Int!, $key: String!, $done: Boolean!, $doneOn: String) {
    setStationChecklistItem(stationId: $stationId, version: $version, key: $key, done: $done, doneOn: $doneOn) {
      ...StationChecklistFields
    }
  }
`);

export type Station = SupervisionStationsQuery['supervisionStations'][number];
export type ChecklistItem = Station['checklist'][number];
