import { officeKindNames } from '../../contract/places';
import type { NetworkGraphResponse } from '../../contract/network-graph';
import { landNames } from '../../domain/calendar/land-names';
import { laender, organisationKinds, type Land, type OrganisationKind } from '../../domain/identity/organisation-kinds';
import { cooperationTopicNames, cooperationTopics, type CooperationTopic } from '../../domain/network/cooperation';
import { assembleNetworkGraph, type GraphAgreement, type GraphFilter, type GraphOrganisation } from '../../domain/network/graph';
import { berlinDate } from '../clock';
import { findAgreementsInPeriod, findGraphOrganisations, findReferralFlows } from '../db/repositories/network-graph.repository';
import type { CommandContext } from './context';

export type NetworkGraphRequest = GraphFilter & { from?: string | undefined; to?: string | undefined };

const isKind = (value: string): value is OrganisationKind => (organisationKinds as readonly string[]).includes(value);
const isLand = (value: string): value is Land => (laender as readonly string[]).includes(value);
const isTopic = (value: string): value is CooperationTopic => (cooperationTopics as readonly string[]).includes(value);

/** The same day one year earlier plus one day: "the last 12 months" up to and including `to`. */
function yearBefore(to: string): string {
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year - 1, month - 1, day + 1));
  return date.toISOString().slice(0, 10);
}

/** The period asked for; without one, the last 12 months up to today (Europe/Berlin). */
export function graphPeriod(request: { from?: string | undefined; to?: string | undefined }, today: string): { from: string; to: string } {
  const to = request.to ?? (request.from !== undefined && request.from > today ? request.from : today);
  const from = request.from ?? (yearBefore(to) <= to ? yearBefore(to) : to);
  return { from, to };
}

/**
 * The network map for a period: organisations, declared agreements valid in it and the referral
 * flows sent in it, with every count from 1 to 4 suppressed (domain/network/graph.ts). Aggregates
 * only, nothing personal, so it is not audited.
 */
export async function getNetworkGraph(ctx: CommandContext, request: NetworkGraphRequest): Promise<NetworkGraphResponse> {
  const period = graphPeriod(request, berlinDate(ctx.clock.now()));
  const [organisationRows, agreementRows, flows] = await Promise.all([
    findGraphOrganisations(ctx.db),
    findAgreementsInPeriod(ctx.db, period),
    findReferralFlows(ctx.db, period, ctx.clock.now()),
  ]);
  // Rows with a kind, Land or topic the code does not know (never written by Lotse) are left out, not guessed.
  const organisations: GraphOrganisation[] = organisationRows.flatMap((row) =>
    isKind(row.kind) && isLand(row.land) ? [{ id: row.id, name: row.name, kind: row.kind, land: row.land }] : [],
  );
  const agreements: GraphAgreement[] = agreementRows.flatMap((row) => (isTopic(row.topic) ? [{ ...row, topic: row.topic }] : []));
  const graph = assembleNetworkGraph({ organisations, agreements, flows, filter: { kind: request.kind, land: request.land, topic: request.topic } });
  return {
    period,
    nodes: graph.nodes.map((node) => ({ ...node, kindName: officeKindNames[node.kind], landName: landNames[node.land] })),
    edges: graph.edges.map((edge) => (edge.type === 'agreement' ? { ...edge, topicName: cooperationTopicNames[edge.topic] } : edge)),
  };
}
