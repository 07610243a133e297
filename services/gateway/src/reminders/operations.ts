/**
 * The fixed operations the reminder scheduler runs inside the gateway as the reminder service. Each is listed in
 * services/gateway/trusted-operations.json (the gateway's own, like a subgraph's), so a gateway that runs trusted
 * operations only runs these too; nothing else is ever executed as the service.
 */

export const REMINDER_CHANNELS_OPERATION =
  'query ShianReminderChannels { reminderChannels { id name kind url signingSecret townshipId township { id name } role active alertsSince } }';

export const REMINDER_INBOX_OPERATION =
  'query ShianReminderInbox($withinWorkingDays: Int!) { inbox(withinWorkingDays: $withinWorkingDays) { withinWorkingDays entities { ...ShianReminderItem } sampling { ...ShianReminderItem } enforcement { ...ShianReminderItem } training { ...ShianReminderItem } publicity { ...ShianReminderItem } risk { ...ShianReminderItem } } } fragment ShianReminderItem on InboxItem { key domain kind title recordId recordCode townshipId dueDate dueAt state link }';

export const REMINDER_CLAIMABLE_OPERATION =
  'query ShianReminderClaimable($channelId: ID!, $kind: ReminderDeliveryKind!, $periodKeys: [String!]!) { claimableReminderPeriods(channelId: $channelId, kind: $kind, periodKeys: $periodKeys) }';

export const REMINDER_CLAIM_OPERATION =
  'mutation ShianReminderClaim($channelId: ID!, $kind: ReminderDeliveryKind!, $periodKeys: [String!]!) { claimReminderDeliveries(channelId: $channelId, kind: $kind, periodKeys: $periodKeys) { id periodKey attempts claimToken } }';

export const REMINDER_BASELINE_OPERATION =
  'mutation ShianReminderBaseline($channelId: ID!, $periodKeys: [String!]!) { baselineReminderAlerts(channelId: $channelId, periodKeys: $periodKeys) }';

export const REMINDER_RECORD_OPERATION =
  'mutation ShianReminderRecord($input: ReminderAttemptInput!) { recordReminderAttempt(input: $input) { id status attempts } }';

/** The inbox's parts, one per domain subgraph, as the inbox query asks for them. */
export const INBOX_PARTS = ['entities', 'sampling', 'enforcement', 'training', 'publicity', 'risk'] as const;
export type InboxPart = (typeof INBOX_PARTS)[number];
