import { __Name__RecordResolver } from './__Name__Record';

export const RESOLVERS = [__Name__RecordResolver] as const;
