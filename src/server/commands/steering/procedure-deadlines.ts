import type { StatsTable } from '../../../contract/steering';
import type { FactQuery } from './scope';

export async function procedureDeadlineTables(_q: FactQuery): Promise<StatsTable[]> {
  return [];
}
