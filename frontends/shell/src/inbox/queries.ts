import { graphql } from '../gql';

/**
 * The bell's count: every domain's items with only what deciding "still to do" needs (state, for a 已处理 mark that
 * holds only while the item stays in that state), and the user's own marks. The default window (3 working days).
 */
export const InboxBellDocument = graphql(`
  query InboxBell {
    inbox {
      withinWorkingDays
      entities {
        key
        state
      }
      sampling {
        key
        state
      }
      enforcement {
        key
        state
      }
      training {
        key
        state
      }
      publicity {
        key
        state
      }
      risk {
        key
        state
      }
      marks {
        ...InboxMarkFields
      }
    }
  }
`);

/** The inbox page: every domain's items within the chosen window, and the user's marks. */
export const InboxPageDocument = graphql(`
  query InboxPage($withinWorkingDays: Int!) {
    inbox(withinWorkingDays: $withinWorkingDays) {
      withinWorkingDays
      entities {
        ...InboxItemFields
      }
      sampling {
        ...InboxItemFields
      }
      enforcement {
        ...InboxItemFields
      }
      training {
        ...InboxItemFields
      }
      publicity {
        ...InboxItemFields
      }
      risk {
        ...InboxItemFields
      }
      marks {
        ...InboxMarkFields
      }
    }
  }

  fragment InboxItemFields on InboxItem {
    key
    domain
    kind
    title
    recordId
    recordCode
    dueDate
    dueAt
    state
    link
  }
`);

/** A user's mark of an item (put off, or done in the state it was in): what the inbox reads, and what marking answers. */
export const InboxMarkFields = graphql(`
  fragment InboxMarkFields on InboxMark {
    itemKey
    snoozedUntil
    doneAt
    state
  }
`);

export const SnoozeInboxItemDocument = graphql(`
  mutation SnoozeInboxItem($itemKey: ID!, $until: LocalDate!) {
    snoozeInboxItem(itemKey: $itemKey, until: $until) {
      ...InboxMarkFields
    }
  }
`);

export const MarkInboxItemDoneDocument = graphql(`
  mutation MarkInboxItemDone($itemKey: ID!, $state: InboxItemState!) {
    markInboxItemDone(itemKey: $itemKey, state: $state) {
      ...InboxMarkFields
    }
  }
`);

export const ClearInboxMarkDocument = graphql(`
  mutation ClearInboxMark($itemKey: ID!) {
    clearInboxMark(itemKey: $itemKey)
  }
`);
