import { describe, expect, it } from 'vitest';
import { buildPublicityDemoData, FIGURES_2024, NAMED_ARTICLES, NAMED_EVENTS, WEEK_THEME } from '../seeds/demo-data';
import { ENTITY_REFS } from '../seeds/entity-refs';
import { checkMove, OpinionStatus } from '../src/rules';

const data = buildPublicityDemoData();
const china = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
const in2024 = (iso: string) => china(iso).startsWith('2024-');

describe('publicity demo data', () => {
  it('is deterministic', () => {
    expect(buildPublicityDemoData()).toEqual(data);
  });

  it('has the 56 posts of 2024, the three named ones among them', () => {
    const posts = data.articles.filter((a) => in2024(a.publishedAt));
    expect(posts).toHaveLength(FIGURES_2024.posts);
    for (const title of NAMED_ARTICLES) expect(posts.map((p) => p.title)).toContain(title);
    expect(new Set(data.articles.map((a) => a.id)).size).toBe(data.articles.length);
    expect(new Set(posts.map((a) => a.title)).size).toBe(posts.length);
  });

  it('has the 3 opinion events of 2024, handled, along the lifecycle', () => {
    const events = data.opinionEvents.filter((e) => in2024(e.detectedAt));
    expect(events).toHaveLength(FIGURES_2024.opinionEvents);
    for (const title of NAMED_EVENTS) expect(events.map((e) => e.title)).toContain(title);
    const refs = new Map(ENTITY_REFS.map((e) => [e.id, e]));
    for (const event of data.opinionEvents) {
      expect(event.steps[0]?.to).toBe(OpinionStatus.DETECTED);
      expect(event.steps.at(-1)?.to).toBe(OpinionStatus.CLOSED);
      for (let i = 1; i < event.steps.length; i++) {
        expect(checkMove(event.steps[i - 1]!.to, { ...event.steps[i]!, escalatedTo: event.escalatedTo })).toEqual([]);
        expect(event.steps[i]!.at >= event.steps[i - 1]!.at).toBe(true);
      }
      expect(refs.get(event.entityId!)?.townshipId).toBe(event.townshipId);
      if (event.caseId) expect(event.caseId).toBe(`CASE-${event.id}`);
    }
  });

  it('has the publicity week with 12 activities and 12,000+ leaflets', () => {
    const [week] = data.weeks;
    expect(week?.theme).toBe(WEEK_THEME);
    const activities = data.outreach.filter((o) => o.weekId === week?.id);
    expect(activities).toHaveLength(FIGURES_2024.outreachEvents);
    const materials = activities.reduce((sum, o) => sum + o.materials, 0);
    expect(materials).toBe(FIGURES_2024.materials);
    expect(materials).toBeGreaterThan(12_000);
    for (const a of activities) expect(a.heldOn >= week!.startsOn && a.heldOn <= week!.endsOn).toBe(true);
    expect(new Set(activities.map((a) => a.kind))).toEqual(new Set(['COMMUNITY', 'CLASSROOM', 'ENTERPRISE', 'MARKET']));
  });
});
