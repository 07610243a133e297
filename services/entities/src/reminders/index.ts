export * from './entities';
export { MAX_DELIVERY_ATTEMPTS, ReminderChannelResolver, ReminderDeliveryResolver, STALE_CLAIM_MS } from './resolver';
