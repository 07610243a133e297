import { RiskMatrixResolver } from './RiskMatrix';

export const RESOLVERS = [RiskMatrixResolver] as const;
