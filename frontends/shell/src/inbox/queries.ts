import { graphql } from '../gql';

/**
 * The bell's count: every domain's items with only what deciding "still to do" needs (InboxBellItem), and the user's
 * own marks. The default window (3 working days).
 */
export const InboxBellDocument = graphql(`
  query InboxBell {
    inbox {
      withinWorkingDays
      entities {
        ...InboxBellItem
      }
      sampling {
        ...InboxBellItem
      }
      enforcement {
        ...InboxBellItem
      }
      training {
        ...InboxBellItem
      }
      publicity {
        ...InboxBellItem
      }
      risk {
        ...InboxBellItem
      }
      marks {
        ...InboxMarkFields
      }
    }
  }
`);

/** What the bell decides "still to do" by: the item, and its state (a 已处理 mark holds only while it stays in it). */
export const InboxBellItem = graphql(`
  fragment InboxBellItem on InboxItem {
    key
    state
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
