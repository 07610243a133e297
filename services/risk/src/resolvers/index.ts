import { RiskRecordResolver } from './RiskRecord';

export const RESOLVERS = [RiskRecordResolver] as const;
