import type { GeneratedBatch } from '../db/repositories/generated-case-rows';
import type { CaseTime } from './case-time';
import type { Random } from './random';
import type { LocalMinute, WorkCalendar } from './work-calendar';

type StoryEvent = { at: LocalMinute; order: number; type: string; actor: string | null; data: Record<string, unknown> };

/** Who works on the case: the owner's case worker, and from some moment on its navigator. */
export type CaseActors = { caseworker: string; navigator: string | null; navigatorFrom: LocalMinute | null };

/**
 * One case being written: its random stream, its clock and the rows so far. Records add their
 * rows to the batch directly; timeline events are collected and written in time order at the
 * end, because tasks, obstacles and stage moves are generated one kind after another.
 */
export class CaseStory {
  private readonly events: StoryEvent[] = [];
  /** Changes of the case row itself (stage, navigator, employer, job): what `cases.version` counts. */
  private rowChanges = 0;

  constructor(
    readonly id: string,
    readonly random: Random,
    readonly time: CaseTime,
    readonly calendar: WorkCalendar,
    readonly batch: GeneratedBatch,
    readonly until: LocalMinute,
    readonly actors: CaseActors,
  ) {}

  /** The person acting at a moment: mostly the case worker, the navigator once there is one. */
  actorAt(at: LocalMinute): string {
    const { navigator, navigatorFrom, caseworker } = this.actors;
    if (navigator !== null && navigatorFrom !== null && at >= navigatorFrom && this.random.chance(0.45)) return navigator;
    return caseworker;
  }

  event(at: LocalMinute, type: string, data: Record<string, unknown>, options: { actor?: string | null; changesRow?: boolean } = {}): void {
    this.events.push({ at, order: this.events.length, type, actor: options.actor === undefined ? this.actorAt(at) : options.actor, data });
    if (options.changesRow) this.rowChanges += 1;
  }

  /** Unix seconds of a moment (timestamptz columns of the bulk insert). */
  seconds(at: LocalMinute): number {
    return this.calendar.unixSeconds(at);
  }

  get version(): number {
    return 1 + this.rowChanges;
  }

  /** Writes the timeline in time order; returns the last moment (the case's `updated_at`). */
  flushEvents(): LocalMinute {
    this.events.sort((a, b) => a.at - b.at || a.order - b.order);
    for (const event of this.events) {
      this.batch.events.push({ caseId: this.id, type: event.type, at: this.seconds(event.at), actorUserId: event.actor, data: event.data });
    }
    return this.events.at(-1)?.at ?? 0;
  }
}
