import { graphql } from '../gql';

export const ReminderChannelsDocument = graphql(`
  query ReminderChannels {
    reminderChannels {
      id
      name
      kind
      url
      townshipId
      township {
        ...TownshipRef
      }
      role
      active
      hasSecret
      alertsSince
      version
      updatedAt
    }
    townships {
      ...TownshipRef
    }
  }
`);

export const CreateReminderChannelDocument = graphql(`
  mutation CreateReminderChannel($input: ReminderChannelInput!) {
    createReminderChannel(input: $input) {
      id
      version
    }
  }
`);

export const UpdateReminderChannelDocument = graphql(`
  mutation UpdateReminderChannel($id: ID!, $version: Int!, $input: ReminderChannelUpdate!) {
    updateReminderChannel(id: $id, version: $version, input: $input) {
      id
      version
      active
    }
  }
`);

/** One page of 发送记录 (also walked page by page for the export). */
export const ReminderDeliveriesDocument = graphql(`
  query ReminderDeliveries($filter: ReminderDeliveryFilter, $first: Int, $after: String) {
    reminderDeliveries(filter: $filter, first: $first, after: $after) {
      ...Paging
      nodes {
        id
        kind
        periodKey
        status
        attempts
        lastError
        responseStatus
        itemCount
        summary
        sentAt
        createdAt
        channel {
          id
          name
        }
      }
    }
  }
`);
