/** Facts for one family member of a reunification request on one evaluation date. */
import { requireIsoDate, type DayNumber } from '../shared/calendar-date';
import type { Period } from './periods';
import { LEVEL_RANK } from './profile-context';
import type { FamilyMember, FamilyRequest } from './profile-schema';

export class FamilyContext {
  readonly sponsorTitleId: string;
  readonly sponsorFirstIssuedDay: DayNumber;
  /** The sponsor holds a title of §29 Abs. 5 / §30 Abs. 1 Satz 3 Nr. 5 / §32 Abs. 2 Satz 2 Nr. 2 / §36 Abs. 3. */
  readonly sponsorPrivileged: boolean;
  /** The sponsor's settlement permit followed a Blue Card or §18a/§18b/§18d title (§30 Abs. 1 Satz 3 Nr. 7, §32 Abs. 2 Satz 2 Nr. 3). */
  readonly sponsorSettledSkilledWorker: boolean;
  readonly memberGermanRank: number | undefined;

  constructor(
    readonly request: FamilyRequest,
    readonly member: FamilyMember,
    readonly period: Period,
    readonly day: DayNumber,
  ) {
    this.sponsorTitleId = request.sponsor.titleId;
    this.sponsorFirstIssuedDay = requireIsoDate(request.sponsor.firstIssuedOn);
    this.sponsorPrivileged = period.family.privileged.has(this.sponsorTitleId);
    this.sponsorSettledSkilledWorker = period.rules.family.settledSkilledWorkerTitleIds.codes.includes(this.sponsorTitleId);
    this.memberGermanRank = member.german === undefined ? undefined : LEVEL_RANK[member.german];
  }
}
