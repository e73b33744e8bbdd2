import type { Land, OrganisationKind } from '../identity/organisation-kinds';
import type { CooperationTopic } from './cooperation';
import { SMALL_COUNT_LIMIT, suppressSmall, type SuppressedCount } from './small-counts';

/**
 * The network map: organisations as nodes, declared cooperation agreements and observed referral
 * flows as edges. Pure assembly from rows the repository aggregated; every figure that leaves here
 * is safe to show (no count from 1 to 4, no figure derived from fewer than 5 referrals).
 */

export type GraphOrganisation = { id: string; name: string; kind: OrganisationKind; land: Land };

export type GraphAgreement = {
  id: string;
  title: string;
  topic: CooperationTopic;
  partnerIds: readonly string[];
  validFrom: string;
  validTo: string | null;
  documentUrl: string | null;
};

/** Referrals from one organisation to another in the period, as the database counted them. */
export type ReferralFlow = {
  fromId: string;
  toId: string;
  count: number;
  /** Referrals with an answer. */
  answered: number;
  /** Median hours from sending to the answer, over the answered ones; null without any. */
  medianAnswerHours: number | null;
  /** Referrals whose outcome on time is known: answered, or unanswered and past due. */
  decided: number;
  /** Answered by their due date. */
  onTime: number;
};

export type GraphFilter = { kind?: OrganisationKind | undefined; land?: Land | undefined; topic?: CooperationTopic | undefined };

export type GraphNode = GraphOrganisation & {
  /** Referrals sent and received on the node's shown referral edges (see assembleNetworkGraph). */
  activity: SuppressedCount;
};

export type AgreementEdge = {
  id: string;
  type: 'agreement';
  source: string;
  target: string;
  agreementId: string;
  title: string;
  topic: CooperationTopic;
  validFrom: string;
  validTo: string | null;
  documentUrl: string | null;
};

export type ReferralEdge = {
  id: string;
  type: 'referrals';
  source: string;
  target: string;
  count: SuppressedCount;
  /** Null when fewer than 5 referrals were answered (or the count itself is suppressed). */
  medianAnswerHours: number | null;
  /** 0…1; null when fewer than 5 outcomes are known (or the count itself is suppressed). */
  shareOnTime: number | null;
};

export type GraphEdge = AgreementEdge | ReferralEdge;
export type NetworkGraph = { nodes: GraphNode[]; edges: GraphEdge[] };

const enough = (count: number) => count >= SMALL_COUNT_LIMIT;

/** Hours with one decimal; shares with three decimals (a share of many referrals, never a count). */
const roundHours = (hours: number) => Math.round(hours * 10) / 10;
const roundShare = (share: number) => Math.round(share * 1000) / 1000;

export function referralEdge(flow: ReferralFlow): ReferralEdge {
  const count = suppressSmall(flow.count);
  const isShown = !count.suppressed;
  return {
    id: `referrals:${flow.fromId}:${flow.toId}`,
    type: 'referrals',
    source: flow.fromId,
    target: flow.toId,
    count,
    medianAnswerHours: isShown && enough(flow.answered) && flow.medianAnswerHours !== null ? roundHours(flow.medianAnswerHours) : null,
    shareOnTime: isShown && enough(flow.decided) ? roundShare(flow.onTime / flow.decided) : null,
  };
}

/** One edge per pair of partners (an agreement of three organisations draws a triangle). */
export function agreementEdges(agreement: GraphAgreement, isKnown: (id: string) => boolean): AgreementEdge[] {
  const partners = [...new Set(agreement.partnerIds)].filter(isKnown);
  const edges: AgreementEdge[] = [];
  for (let i = 0; i < partners.length; i += 1) {
    for (let j = i + 1; j < partners.length; j += 1) {
      const source = partners[i]!;
      const target = partners[j]!;
      edges.push({
        id: `agreement:${agreement.id}:${source}:${target}`,
        type: 'agreement',
        source,
        target,
        agreementId: agreement.id,
        title: agreement.title,
        topic: agreement.topic,
        validFrom: agreement.validFrom,
        validTo: agreement.validTo,
        documentUrl: agreement.documentUrl,
      });
    }
  }
  return edges;
}

const matches = (organisation: GraphOrganisation, filter: GraphFilter) =>
  (filter.kind === undefined || organisation.kind === filter.kind) && (filter.land === undefined || organisation.land === filter.land);

/**
 * Builds the graph. Kind and Land choose the organisations in focus: they are nodes, and so are
 * their partners on an edge (an Ausländerbehörde's map shows whom it works with). The topic
 * narrows the agreements; referral flows have no topic and stay.
 *
 * A node's activity counts the referrals on its referral edges that are shown (5 or more). Counting
 * all its referrals would let anyone subtract the shown edges from the total and read a suppressed
 * edge's count; this way every number is a sum of numbers already visible.
 */
export function assembleNetworkGraph(input: {
  organisations: readonly GraphOrganisation[];
  agreements: readonly GraphAgreement[];
  flows: readonly ReferralFlow[];
  filter?: GraphFilter;
}): NetworkGraph {
  const filter = input.filter ?? {};
  const byId = new Map(input.organisations.map((organisation) => [organisation.id, organisation]));
  const inFocus = new Set(input.organisations.filter((organisation) => matches(organisation, filter)).map((organisation) => organisation.id));
  const touchesFocus = (edge: { source: string; target: string }) => inFocus.has(edge.source) || inFocus.has(edge.target);

  const agreementEdgeList = input.agreements
    .filter((agreement) => filter.topic === undefined || agreement.topic === filter.topic)
    .flatMap((agreement) => agreementEdges(agreement, (id) => byId.has(id)))
    .filter(touchesFocus);
  const referralEdgeList = input.flows
    .filter((flow) => flow.count > 0 && flow.fromId !== flow.toId && byId.has(flow.fromId) && byId.has(flow.toId))
    .map(referralEdge)
    .filter(touchesFocus);

  // Activity over all shown flows (not only the filtered edges): the same number for a node in any filter.
  const activity = new Map<string, number>();
  for (const flow of input.flows) {
    if (!enough(flow.count) || flow.fromId === flow.toId) continue;
    activity.set(flow.fromId, (activity.get(flow.fromId) ?? 0) + flow.count);
    activity.set(flow.toId, (activity.get(flow.toId) ?? 0) + flow.count);
  }

  const edges: GraphEdge[] = [...agreementEdgeList, ...referralEdgeList].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodeIds = new Set(inFocus);
  for (const edge of edges) {
    nodeIds.add(edge.source);
    nodeIds.add(edge.target);
  }
  const nodes = input.organisations
    .filter((organisation) => nodeIds.has(organisation.id))
    .map((organisation): GraphNode => ({ ...organisation, activity: suppressSmall(activity.get(organisation.id) ?? 0) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return { nodes, edges };
}
