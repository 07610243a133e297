import type { EntityManager } from '@mikro-orm/core';

/**
 * Writes the demo data through the ORM; the kit runs it once, in one transaction, on a fresh database.
 * Empty while the risk domain's entities replace the skeleton's RiskRecord: helper C writes the 2025 demo data.
 */
export async function seedDemoData(_em: EntityManager): Promise<void> {}
