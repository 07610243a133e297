import { Entity as Table, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { RiskLevel } from './enums';

/**
 * The bureau's risk matrix, one row (`id` 'default'): cells[likelihood-1][severity-1]. Absent until a leader first
 * edits it; until then the default matrix (score = likelihood × severity) applies (resolvers/RiskMatrix.ts).
 */
@Table({ tableName: 'risk_matrix' })
export class RiskMatrixSetting {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'string', length: 20 })
  id!: string;

  @Property({ type: 'json' })
  cells!: RiskLevel[][];

  @Property({ type: 'string', length: 100 })
  updatedBy!: string;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
