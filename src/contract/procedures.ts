import { z } from 'zod';
import { FIRST_COVERED_YEAR, laender } from '../domain/calendar/index';
import { acceleratedStepIds, type ProcedureActor, type StepStatus } from '../domain/journey/index';
import { isoDateSchema } from '../domain/pathway/index';

/**
 * The §81a accelerated skilled-worker procedure of a case and the deadline board
 * (../shared/CONTRACT.md: `POST /api/v1/cases/{id}/accelerated-procedure`). Dates are ISO calendar
 * dates in Germany; a due date is the last day of the period (the period ends at the end of it).
 * case-responses.ts imports this file (the case detail and the inbox), so it must not import cases.ts.
 */

const procedureActors = ['employer', 'abh', 'recognition_body', 'ba', 'mission'] as const satisfies readonly ProcedureActor[];
const stepStatuses = ['pending', 'open', 'done', 'not_applicable'] as const satisfies readonly StepStatus[];

export const procedureActorSchema = z.enum(procedureActors);
export const procedureStepIdSchema = z.enum(acceleratedStepIds);
export const procedureStepStatusSchema = z.enum(stepStatuses);

const bilingual = z.object({ de: z.string(), en: z.string() });
const timestamp = z.iso.datetime({ offset: true });
const organisationRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });
const userRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** A day something happened; that it is not in the future is checked against the server's clock. */
const eventDateSchema = isoDateSchema.refine((value) => value >= `${FIRST_COVERED_YEAR}-01-01`, `must not be before ${FIRST_COVERED_YEAR}-01-01`);
const versionField = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('The procedure version the change is based on (alternative: If-Match); a stale one is 409');

// ---------------------------------------------------------------------------------------------
// Requests

export const procedureCaseParamsSchema = z.object({ id: z.uuid() });
export const procedureStepParamsSchema = z.object({ id: z.uuid(), stepId: procedureStepIdSchema });
export const procedureHeadersSchema = z.looseObject({
  'if-match': z.string().max(100).optional().describe('"<version>" from the ETag of the procedure (optional)'),
});

/** POST /api/v1/cases/{id}/accelerated-procedure: the agreement between employer and ABH (§81a Abs. 2). */
export const startProcedureBodySchema = z.strictObject({
  agreedOn: eventDateSchema.describe('The day employer and ABH concluded the agreement; not after today'),
  employerOrganisationId: z.uuid().optional().describe("An employer organisation; default: the case's employer"),
  recognitionBodyOrganisationId: z
    .uuid()
    .optional()
    .describe('The recognition body (or chamber); without one, the recognition steps 2–5 do not apply'),
  isBaApprovalRequired: z
    .boolean()
    .optional()
    .describe("Default: from the case's evaluation or target title, else true"),
});
export type StartProcedureBody = z.infer<typeof startProcedureBodySchema>;

/** …/steps/{stepId}/complete: the step is done on `completedOn` (not after today); the next ones open that day. */
export const completeStepBodySchema = z.strictObject({ completedOn: eventDateSchema, version: versionField });
export type CompleteStepBody = z.infer<typeof completeStepBodySchema>;

/** …/steps/{stepId}/extend: the acting body extended its period (only where the law allows it). */
export const extendStepBodySchema = z.strictObject({
  dueOn: isoDateSchema.describe('The new last day of the period; after the current one'),
  reason: z.string().trim().min(1, 'must not be empty').max(500).describe('The reason the body gave'),
  version: versionField,
});
export type ExtendStepBody = z.infer<typeof extendStepBodySchema>;

/** …/steps/{stepId}/period-start: the triggering event of an open step happened later than it opened. */
export const periodStartBodySchema = z.strictObject({ startsOn: eventDateSchema, version: versionField });
export type PeriodStartBody = z.infer<typeof periodStartBodySchema>;

/** GET /api/v1/deadlines: default this week, Monday to Sunday (Europe/Berlin). */
export const deadlinesQuerySchema = z
  .strictObject({
    from: isoDateSchema.optional().describe('First day (default: Monday of this week, or six days before `to`)'),
    to: isoDateSchema.optional().describe('Last day (default: six days after `from`)'),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, { message: 'must not be before from', path: ['to'] });
export type DeadlinesQuery = z.infer<typeof deadlinesQuerySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

export const procedureDeadlineSchema = z.object({
  kind: z.enum(['none', 'without_delay', 'calendar', 'werktage']).describe('werktage: Monday–Saturday without public holidays (§81a Abs. 3 Satz 1 Nr. 3 AufenthG)'),
  amount: z.number().int().nullable(),
  unit: z.enum(['weeks', 'months', 'werktage']).nullable(),
  strength: z.enum(['must', 'should']).nullable().describe('should: "soll" / "in der Regel"'),
  onExpiry: z.enum(['overdue', 'deemed_approval']).nullable().describe('deemed_approval: silence counts as approval'),
  maxExtensions: z.number().int(),
  legalRef: z.string().nullable(),
  endShiftRef: z.string().nullable().describe('The rule moving an end on a Saturday, Sunday or public holiday to the next Werktag (§31 Abs. 3 VwVfG)'),
  description: bilingual,
});

export const procedureStepSchema = z
  .object({
    id: procedureStepIdSchema,
    number: z.number().int().describe('Step number in the §81a table'),
    title: bilingual,
    actor: procedureActorSchema,
    involves: z.array(procedureActorSchema),
    actorOrganisation: organisationRefSchema.nullable().describe('The organisation that must act, when known'),
    legalRef: z.string(),
    status: procedureStepStatusSchema,
    dueAt: z.string().nullable().describe('The due date (ISO date, last day of the period); same as dueOn'),
    dueOn: z.string().nullable(),
    openedOn: z.string().nullable(),
    periodStartsOn: z.string().nullable(),
    completedOn: z.string().nullable(),
    isOverdue: z.boolean().describe('Open and the due date lies before today (Europe/Berlin)'),
    calendarLand: z.enum(laender).nullable().describe('Whose public holidays count for Werktage and the end of the period (null: holidays of every Land)'),
    deadline: procedureDeadlineSchema,
    extensions: z.array(z.object({ dueOn: z.string(), reason: z.string() })),
  })
  .meta({ id: 'ProcedureStep' });
export type ProcedureStepResponse = z.infer<typeof procedureStepSchema>;

export const acceleratedProcedureSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    agreedOn: z.string(),
    abhOrganisation: organisationRefSchema,
    employerOrganisation: organisationRefSchema.nullable(),
    recognitionBodyOrganisation: organisationRefSchema.nullable(),
    abhLand: z.enum(laender),
    recognitionBodyLand: z.enum(laender).nullable(),
    isBaApprovalRequired: z.boolean(),
    fee: z.object({ cents: z.number().int(), euros: z.number(), legalRef: z.string() }).describe('411 €; visa and recognition fees come on top'),
    today: z.string().describe('The date (Europe/Berlin) the overdue flags are computed for'),
    steps: z.array(procedureStepSchema),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'AcceleratedProcedure' });
export type AcceleratedProcedureResponse = z.infer<typeof acceleratedProcedureSchema>;

const deadlineItemFields = {
  caseId: z.uuid(),
  caseReference: z.string(),
  personName: z.string().describe('The main person of the case'),
  dueOn: z.string(),
  isOverdue: z.boolean(),
};

export const deadlineStepItemSchema = z
  .object({
    kind: z.literal('procedure_step'),
    ...deadlineItemFields,
    procedureId: z.uuid(),
    stepId: procedureStepIdSchema,
    stepNumber: z.number().int(),
    title: bilingual,
    actor: procedureActorSchema,
    legalRef: z.string(),
    onExpiry: z.enum(['overdue', 'deemed_approval']).nullable(),
    period: bilingual.nullable().describe('The length of the period in words, e.g. "3 Werktage", "1 Woche"'),
  })
  .meta({ id: 'DeadlineStepItem' });
export type DeadlineStepItem = z.infer<typeof deadlineStepItemSchema>;

export const deadlineTaskItemSchema = z
  .object({ kind: z.literal('task'), ...deadlineItemFields, taskId: z.uuid(), title: z.string(), assignee: userRefSchema.nullable() })
  .meta({ id: 'DeadlineTaskItem' });
export type DeadlineTaskItem = z.infer<typeof deadlineTaskItemSchema>;

export const deadlineItemSchema = z.discriminatedUnion('kind', [deadlineStepItemSchema, deadlineTaskItemSchema]);
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;

export const deadlineBoardSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    today: z.string(),
    items: z.array(deadlineItemSchema).describe('Due in [from, to] or overdue, by due date'),
    truncated: z.boolean().describe('true: more items than the board shows; narrow the range'),
  })
  .meta({ id: 'DeadlineBoard' });
export type DeadlineBoard = z.infer<typeof deadlineBoardSchema>;
