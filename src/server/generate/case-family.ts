import type { ActiveStage, CloseReason, JourneyStage } from '../../domain/journey/index';
import type { DayNumber } from '../../domain/shared/calendar-date';
import type { Journey } from './case-journey';
import type { CaseStory } from './case-story';
import { namesByGroup, type NameGroup } from './names';
import { familyTitle } from './vocabulary';
import { dayOf, type LocalMinute } from './work-calendar';

/**
 * Family members (spouse, children, a parent) for about 40 % of cases. They join later: their own
 * journey starts once the main person has arrived (visa, entry, residence permit, integration)
 * and ends with the main journey when that ends early.
 */
export type MainPerson = { familyName: string; birthDay: DayNumber; citizenship: string; group: NameGroup; languages: string[] };

const FAMILY_SHARE = 0.4;
const YEAR = 365.25;
type Relation = 'spouse' | 'child' | 'parent';

// A family joins via the visa procedure, so the first move skips from information to the visa stage.
const memberStages: readonly ActiveStage[] = ['visa_procedure', 'entry', 'residence_permit', 'integration'];
const memberDays: Record<string, readonly [number, number]> = { visa_procedure: [30, 120], entry: [7, 45], residence_permit: [14, 80], integration: [30, 90] };

function relationsOf(story: CaseStory): Relation[] {
  const { random } = story;
  const relations: Relation[] = [];
  if (random.chance(0.85)) relations.push('spouse');
  const children = random.float() < 0.35 ? 0 : random.float() < 0.5 ? 1 : random.float() < 0.75 ? 2 : 3;
  for (let i = 0; i < children; i += 1) relations.push('child');
  if (random.chance(0.06)) relations.push('parent');
  return relations.length > 0 ? relations : ['spouse'];
}

function birthDayOf(story: CaseStory, relation: Relation, main: MainPerson, addedDay: DayNumber): DayNumber {
  const { random } = story;
  if (relation === 'spouse') return main.birthDay + Math.round((random.float() * 12 - 6) * YEAR);
  if (relation === 'parent') return main.birthDay - Math.round(random.int(22, 38) * YEAR) - random.int(0, 364);
  // A child: born after the parent turned 19, before the member was added.
  const earliest = main.birthDay + Math.round(19 * YEAR);
  const latest = addedDay - 30;
  return latest <= earliest ? latest : random.int(Math.max(earliest, latest - Math.round(17 * YEAR)), latest);
}

/** The moment the main person arrived (entry, or the residence permit for journeys without entry). */
function arrivalOf(journey: Journey): LocalMinute | null {
  const arrival = journey.visits.find((visit) => visit.stage === 'entry' || visit.stage === 'residence_permit');
  return arrival?.from ?? null;
}

/** Adds the members; returns whether there are children (childcare obstacles need some). */
export function addFamily(story: CaseStory, journey: Journey, main: MainPerson, createdAt: LocalMinute, always = false): boolean {
  const { random, time } = story;
  if (!random.chance(FAMILY_SHARE) && !always) return false;
  const addedAt = time.after(createdAt, random.int(1, 30));
  if (addedAt > story.until || (journey.closed !== null && addedAt >= journey.closed.at)) return false;
  const names = namesByGroup[main.group];
  const relations = relationsOf(story);
  const arrival = arrivalOf(journey);
  for (const relation of relations) {
    const id = random.uuid();
    const birthDay = birthDayOf(story, relation, main, dayOf(addedAt));
    let stage: JourneyStage = 'information';
    let closedFrom: ActiveStage | null = null;
    let reason: CloseReason | null = null;
    story.event(addedAt, 'member_added', { memberId: id, relation });
    // The family's own journey, one move after the other, as far as the history reaches.
    let at = arrival === null ? null : time.after(Math.max(arrival, addedAt), random.int(10, 90));
    for (const next of memberStages) {
      if (at === null || at > story.until || (journey.closed && journey.closed.reason !== 'goal_reached' && at >= journey.closed.at)) break;
      story.event(at, 'member_stage_changed', { memberId: id, from: stage, to: next, kind: stage === 'information' ? 'skip' : 'forward' });
      stage = next;
      const [min, max] = memberDays[next] ?? [30, 90];
      at = next === 'integration' ? null : time.after(at, random.int(min, max));
    }
    if (journey.closed && journey.closed.reason !== 'goal_reached') {
      const closeAt = Math.max(journey.closed.at, addedAt + 1);
      closedFrom = stage as ActiveStage;
      reason = journey.closed.reason;
      story.event(closeAt, 'member_stage_changed', { memberId: id, from: stage, to: 'closed', kind: 'close', closeReason: reason });
      stage = 'closed';
    }
    const ownName = relation === 'spouse' && random.chance(0.35);
    story.batch.persons.push({
      id,
      caseId: story.id,
      relation,
      givenName: random.pick(names.given),
      familyName: ownName ? random.pick(names.family) : main.familyName,
      birthDate: story.time.date(birthDay),
      citizenship: main.citizenship,
      contact: {},
      languages: relation === 'child' ? main.languages.filter((language) => language !== 'en') : main.languages,
      stage,
      stageBeforeClosing: closedFrom,
      closeReason: reason,
      targetTitleId: familyTitle[relation],
      createdAt: story.seconds(addedAt),
    });
  }
  return relations.includes('child');
}
