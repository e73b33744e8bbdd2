import { networkGraphResponseSchema, type NetworkGraphResponse } from '../../contract/network-graph';
import { request } from './client';

export type NetworkMapFilter = { from: string; to: string; kind: string; land: string; topic: string };

/** GET /api/v1/network/graph (staff): the network map for a period; empty choices are left out. */
export function fetchNetworkGraph(filter: Partial<NetworkMapFilter>): Promise<NetworkGraphResponse> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const query = params.toString();
  return request('GET', `/api/v1/network/graph${query ? `?${query}` : ''}`, networkGraphResponseSchema);
}
