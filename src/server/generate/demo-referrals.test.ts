import { describe, expect, it } from 'vitest';
import { demoFlows, demoReferralRows, type DemoReferralWorld } from './demo-referrals';

const DAY = 86_400_000;
const now = Date.parse('2026-12-01T10:00:00+01:00');
const slugs = [...new Set(demoFlows.flatMap((flow) => [flow.from, flow.to]))];
const world: DemoReferralWorld = {
  organisations: new Map(slugs.map((slug, index) => [slug, { id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, land: slug.includes('ludwigshafen') || slug === 'ihk-pfalz' ? 'RP' : 'BW' }])),
  casesOf: (id) => Array.from({ length: 20 }, (_, index) => ({ id: `${id}-case-${index}`, personId: `${id}-person-${index}`, createdAt: now - (800 - index * 10) * DAY })),
  staffOf: (id) => [`${id}-staff-a`, `${id}-staff-b`],
};

describe('the demo referral flows', () => {
  it('are the same rows for the same seed, day and world', () => {
    expect(demoReferralRows('demo-region', now, world)).toEqual(demoReferralRows('demo-region', now, world));
    expect(demoReferralRows('other', now, world).referrals[0]?.id).not.toBe(demoReferralRows('demo-region', now, world).referrals[0]?.id);
  });

  it('write every referral of every flow, answered and closed in the past, with shown and suppressed flows', () => {
    const rows = demoReferralRows('demo-region', now, world);
    expect(rows.referrals).toHaveLength(demoFlows.reduce((sum, flow) => sum + flow.recent + flow.older, 0));
    expect(rows.consents).toHaveLength(rows.referrals.length);
    expect(rows.events).toHaveLength(rows.referrals.length * 3);
    for (const referral of rows.referrals) {
      expect(referral.state).toBe('closed');
      expect(referral.createdAt.getTime()).toBeLessThan(referral.answeredAt.getTime());
      expect(referral.answeredAt.getTime()).toBeLessThan(referral.updatedAt.getTime());
      expect(referral.updatedAt.getTime()).toBeLessThan(now);
    }
    const lastYear = (flow: (typeof demoFlows)[number]) => flow.recent;
    expect(demoFlows.some((flow) => lastYear(flow) >= 5)).toBe(true);
    expect(demoFlows.some((flow) => lastYear(flow) > 0 && lastYear(flow) < 5)).toBe(true);
    const recent = rows.referrals.filter((referral) => referral.createdAt.getTime() > now - 365 * DAY);
    expect(recent).toHaveLength(demoFlows.reduce((sum, flow) => sum + flow.recent, 0));
    const late = rows.referrals.filter((referral) => referral.answeredAt > referral.dueAt);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(rows.referrals.length / 2);
  });

  it('leaves out flows whose organisations or cases are missing', () => {
    const empty = demoReferralRows('demo-region', now, { ...world, casesOf: () => [] });
    expect(empty.referrals).toEqual([]);
    const withoutIq = demoReferralRows('demo-region', now, { ...world, organisations: new Map([...world.organisations].filter(([slug]) => slug !== 'iq-rhein-neckar')) });
    expect(withoutIq.referrals.length).toBe(demoFlows.filter((flow) => flow.to !== 'iq-rhein-neckar').reduce((sum, flow) => sum + flow.recent + flow.older, 0));
  });
});
