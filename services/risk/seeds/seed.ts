import type { EntityManager } from '@mikro-orm/core';
import { RiskRecord } from '../src/entities';
import { buildDemoData } from './demo-data';

/** Writes the demo data through the ORM; the kit runs it once, in one transaction, on a fresh database. */
export async function seedDemoData(em: EntityManager): Promise<void> {
  for (const record of buildDemoData()) em.create(RiskRecord, record);
}
