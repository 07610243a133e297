/**
 * The operations the gateway itself sends (its background jobs), exported here as every service exports its own:
 * the trusted-operations test checks each one is listed in services/gateway/trusted-operations.json.
 */
export {
  REMINDER_BASELINE_OPERATION,
  REMINDER_CHANNELS_OPERATION,
  REMINDER_CLAIMABLE_OPERATION,
  REMINDER_CLAIM_OPERATION,
  REMINDER_INBOX_OPERATION,
  REMINDER_RECORD_OPERATION,
} from './reminders/operations';
