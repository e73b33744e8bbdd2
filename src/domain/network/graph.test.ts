import { describe, expect, it } from 'vitest';
import { assembleNetworkGraph, referralEdge, type GraphAgreement, type GraphOrganisation, type ReferralFlow } from './graph';

const abh: GraphOrganisation = { id: 'abh', name: 'Ausländerbehörde Mannheim', kind: 'abh', land: 'BW' };
const welcome: GraphOrganisation = { id: 'wc', name: 'Welcome Center', kind: 'welcome_center', land: 'BW' };
const iq: GraphOrganisation = { id: 'iq', name: 'IQ Beratung', kind: 'iq', land: 'BW' };
const abhRp: GraphOrganisation = { id: 'abh-rp', name: 'Ausländerbehörde Ludwigshafen', kind: 'abh', land: 'RP' };
const organisations = [abh, welcome, iq, abhRp];

const flow = (fromId: string, toId: string, count: number, extra: Partial<ReferralFlow> = {}): ReferralFlow => ({
  fromId,
  toId,
  count,
  answered: count,
  medianAnswerHours: 20.04,
  decided: count,
  onTime: count,
  ...extra,
});

const agreement = (id: string, partnerIds: string[], topic: GraphAgreement['topic'] = 'recognition'): GraphAgreement => ({
  id,
  title: `Vereinbarung ${id}`,
  topic,
  partnerIds,
  validFrom: '2025-01-01',
  validTo: null,
  documentUrl: null,
});

describe('a referral edge', () => {
  it('shows 0 and 5 or more as they are, with median and share', () => {
    expect(referralEdge(flow('wc', 'iq', 5, { onTime: 4 }))).toEqual({
      id: 'referrals:wc:iq',
      type: 'referrals',
      source: 'wc',
      target: 'iq',
      count: { value: 5, suppressed: false },
      medianAnswerHours: 20,
      shareOnTime: 0.8,
    });
  });

  it('suppresses counts from 1 to 4 together with every figure derived from them', () => {
    for (const count of [1, 2, 3, 4]) {
      const edge = referralEdge(flow('wc', 'iq', count));
      expect(edge.count).toEqual({ value: null, suppressed: true });
      expect(edge.medianAnswerHours).toBeNull();
      expect(edge.shareOnTime).toBeNull();
    }
  });

  it('withholds median and share when fewer than 5 referrals carry them, even on a shown edge', () => {
    const edge = referralEdge(flow('wc', 'iq', 12, { answered: 3, decided: 4, onTime: 1 }));
    expect(edge.count.value).toBe(12);
    expect(edge.medianAnswerHours).toBeNull();
    expect(edge.shareOnTime).toBeNull();
  });
});

describe('the network graph', () => {
  it('draws agreements pairwise and referral flows as directed edges', () => {
    const graph = assembleNetworkGraph({
      organisations,
      agreements: [agreement('a1', ['abh', 'wc', 'iq'])],
      flows: [flow('wc', 'iq', 7), flow('abh', 'iq', 2)],
    });
    const pairs = graph.edges.filter((edge) => edge.type === 'agreement').map((edge) => `${edge.source}–${edge.target}`);
    expect(pairs.sort()).toEqual(['abh–iq', 'abh–wc', 'wc–iq']);
    const referrals = graph.edges.filter((edge) => edge.type === 'referrals');
    expect(referrals.map((edge) => [edge.source, edge.target, edge.count])).toEqual([
      ['abh', 'iq', { value: null, suppressed: true }],
      ['wc', 'iq', { value: 7, suppressed: false }],
    ]);
    expect(graph.nodes.map((node) => node.id)).toEqual(['abh-rp', 'abh', 'iq', 'wc']);
  });

  it('counts a node’s activity over its shown edges only, so no suppressed count can be worked out', () => {
    const graph = assembleNetworkGraph({ organisations, agreements: [], flows: [flow('wc', 'iq', 7), flow('abh', 'iq', 3), flow('iq', 'abh', 5)] });
    const activity = Object.fromEntries(graph.nodes.map((node) => [node.id, node.activity]));
    expect(activity.iq).toEqual({ value: 12, suppressed: false });
    expect(activity.abh).toEqual({ value: 5, suppressed: false });
    expect(activity.wc).toEqual({ value: 7, suppressed: false });
    expect(activity['abh-rp']).toEqual({ value: 0, suppressed: false });
  });

  it('never lets a number from 1 to 4 through, whatever the flows', () => {
    const ids = organisations.map((organisation) => organisation.id);
    const pairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as const));
    for (let shift = 0; shift < 6; shift += 1) {
      const flows = pairs.map(([from, to], index) => flow(from, to, (index + shift) % 7, { answered: (index + shift) % 4, decided: (index * shift) % 6 }));
      const graph = assembleNetworkGraph({ organisations, agreements: [], flows });
      const counts = [
        ...graph.nodes.map((node) => node.activity),
        ...graph.edges.flatMap((edge) => (edge.type === 'referrals' ? [edge.count] : [])),
      ];
      for (const count of counts) {
        if (count.suppressed) expect(count.value).toBeNull();
        else expect(count.value === 0 || (count.value ?? 0) >= 5, JSON.stringify(count)).toBe(true);
      }
      for (const edge of graph.edges) {
        if (edge.type === 'referrals' && edge.count.suppressed) expect([edge.medianAnswerHours, edge.shareOnTime]).toEqual([null, null]);
      }
    }
  });

  it('focuses on a kind or a Land and keeps the partners of the focused organisations', () => {
    const input = { organisations, agreements: [agreement('a1', ['abh', 'wc'])], flows: [flow('wc', 'iq', 9), flow('abh-rp', 'iq', 6)] };
    const byKind = assembleNetworkGraph({ ...input, filter: { kind: 'abh' } });
    expect(byKind.nodes.map((node) => node.id).sort()).toEqual(['abh', 'abh-rp', 'iq', 'wc']);
    expect(byKind.edges.map((edge) => edge.id)).toEqual(['agreement:a1:abh:wc', 'referrals:abh-rp:iq']);
    const byLand = assembleNetworkGraph({ ...input, filter: { land: 'RP' } });
    expect(byLand.nodes.map((node) => node.id).sort()).toEqual(['abh-rp', 'iq']);
    expect(byLand.edges.map((edge) => edge.id)).toEqual(['referrals:abh-rp:iq']);
  });

  it('narrows agreements by topic and leaves referral flows alone', () => {
    const graph = assembleNetworkGraph({
      organisations,
      agreements: [agreement('a1', ['abh', 'wc'], 'welcome'), agreement('a2', ['abh', 'iq'], 'recognition')],
      flows: [flow('wc', 'iq', 9)],
      filter: { topic: 'recognition' },
    });
    expect(graph.edges.map((edge) => edge.id)).toEqual(['agreement:a2:abh:iq', 'referrals:wc:iq']);
  });

  it('gives an empty period an empty set of edges', () => {
    const graph = assembleNetworkGraph({ organisations, agreements: [], flows: [] });
    expect(graph.edges).toEqual([]);
    expect(graph.nodes).toHaveLength(4);
    expect(graph.nodes.every((node) => node.activity.value === 0)).toBe(true);
  });
});
