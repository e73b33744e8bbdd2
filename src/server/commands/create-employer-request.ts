import type { CreateEmployerRequestBody } from '../../contract/employer';
import { addWorkingDays, requireLand } from '../../domain/calendar/index';
import { findOccupation } from '../../domain/employer/occupations';
import { recordAudit } from '../audit/record-audit';
import { insertCasePerson } from '../db/repositories/case-persons.repository';
import { insertEvents, insertNote, insertTask } from '../db/repositories/case-records.repository';
import { addCaseOrganisation, insertCase, nextCaseNumber } from '../db/repositories/cases.repository';
import { insertEmployerRequest } from '../db/repositories/employer.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { placeDirectory } from '../places/place-directory';
import { assertBornBefore, todayOf } from './case-access';
import type { CommandContext } from './context';
import { formatCaseReference } from './create-case';
import { requireEmployer } from './employer-access';
import { getEmployerRequest, type EmployerRequestView } from './employer-portal';
import { findResponsibility } from './find-responsibility';

/** The task the Ausländerbehörde gets for every new request; due in two working days (Mon–Fri, its Land's holidays). */
export const newRequestTaskTitle = 'Neuer Antrag auf beschleunigtes Fachkräfteverfahren prüfen';
const TASK_WORKING_DAYS = 2;

const qualificationNames = { vocational: 'Berufsausbildung', academic: 'Hochschulabschluss' } as const;

/**
 * An employer starts a §81a request (§81a Abs. 1 AufenthG: in the skilled worker's power of
 * attorney). The responsibility finder names the Ausländerbehörde for the place of work; the case
 * is created there (owner: that ABH, employer: the caller's organisation, the job), with an
 * unassigned task for the ABH, a note with the request's details and an `employer_requests` row.
 * A place outside the network's region is refused (422) and nothing is created.
 */
export async function createEmployerRequest(ctx: CommandContext, input: CreateEmployerRequestBody): Promise<{ item: EmployerRequestView; today: string }> {
  const actor = requireEmployer(ctx);
  const today = todayOf(ctx);
  assertBornBefore(input.person.birthDate, today, 'person.birthDate');
  if (input.job.startOn < today) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'job.startOn': `must not be before today (${today})` });
  const occupation = findOccupation(input.job.occupationId);
  if (!occupation) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'job.occupationId': 'not an occupation of the list' });

  const ags = input.job.placeOfWorkAgs;
  const place = placeDirectory().get(ags);
  if (!place) {
    if (placeDirectory().isKnownOutside(ags)) {
      throw new AppError('UNPROCESSABLE', 'The place of work lies outside the network’s region; no Ausländerbehörde of the network is responsible.', {
        'job.placeOfWorkAgs': 'outside the network region',
      });
    }
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'job.placeOfWorkAgs': 'no municipality with this Amtlicher Gemeindeschlüssel is known' });
  }
  const responsibility = await findResponsibility(ctx, { ags, service: 'accelerated_procedure' });
  const responsible = responsibility.organisations.find((organisation) => organisation.kind === 'abh');
  if (!responsible) {
    throw new AppError('UNPROCESSABLE', 'No Ausländerbehörde of the network offers the accelerated procedure for this place of work.', {
      'job.placeOfWorkAgs': 'no responsible Ausländerbehörde',
    });
  }

  const created = await ctx.db.transaction(async (tx) => {
    const abh = await getOrganisationById(tx, responsible.id);
    if (!abh) throw new Error('the responsible Ausländerbehörde vanished');
    const now = ctx.clock.now();
    const reference = formatCaseReference(today, await nextCaseNumber(tx));
    const job = { title: occupation.name.de, isco: occupation.isco, annualGrossSalaryEur: input.job.annualGrossSalaryEur };
    const row = await insertCase(tx, {
      reference,
      ownerOrganisationId: abh.id,
      navigatorUserId: null,
      stage: 'information',
      employerOrganisationId: actor.organisationId,
      job,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const { person } = input;
    await insertCasePerson(tx, {
      caseId: row.id,
      relation: 'main',
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      citizenship: person.citizenship,
      contact: person.email ? { email: person.email } : {},
      languages: [],
      stage: 'information',
      createdAt: now,
    });
    await addCaseOrganisation(tx, { caseId: row.id, organisationId: abh.id, role: 'owner', addedAt: now });
    await addCaseOrganisation(tx, { caseId: row.id, organisationId: actor.organisationId, role: 'employer', addedAt: now });
    // Unassigned: the ABH's case workers see it on the case and on their deadline board.
    const dueOn = addWorkingDays(requireLand(abh.land), today, TASK_WORKING_DAYS);
    const task = await insertTask(tx, { caseId: row.id, title: newRequestTaskTitle, assigneeUserId: null, dueOn, status: 'open', createdBy: actor.userId, createdAt: now });
    await insertNote(tx, {
      caseId: row.id,
      authorUserId: actor.userId,
      createdAt: now,
      text: [
        `Antrag auf beschleunigtes Fachkräfteverfahren (§81a AufenthG) von ${actor.organisation?.name ?? 'Arbeitgeber'}.`,
        `Beruf: ${occupation.name.de} (KldB ${occupation.kldb}, ISCO-08 ${occupation.isco}); Bruttojahresgehalt: ${input.job.annualGrossSalaryEur} €; Beginn: ${input.job.startOn}.`,
        `Arbeitsort: ${place.name} (AGS ${ags}).`,
        `Qualifikation: ${qualificationNames[input.qualification.kind]}, erworben in ${input.qualification.country}.`,
      ].join('\n'),
    });
    const request = await insertEmployerRequest(tx, {
      employerOrganisationId: actor.organisationId,
      requestedBy: actor.userId,
      abhOrganisationId: abh.id,
      caseId: row.id,
      placeOfWorkAgs: ags,
      createdAt: now,
    });
    const data = {
      reference,
      employerRequestId: request.id,
      employerOrganisationId: actor.organisationId,
      placeOfWorkAgs: ags,
      occupationId: occupation.id,
      startOn: input.job.startOn,
      qualification: input.qualification,
      taskId: task.id,
    };
    await insertEvents(tx, [
      { caseId: row.id, type: 'created', at: now, actorUserId: actor.userId, data: { reference, stage: 'information', fromEvaluation: false, navigatorUserId: null } },
      { caseId: row.id, type: 'employer_request', at: now, actorUserId: actor.userId, data },
    ]);
    await recordAudit(tx, ctx, { action: 'employer.request_created', subjectType: 'case', subjectId: row.id, purpose: 'accelerated_procedure', details: data });
    return request;
  });
  return getEmployerRequest(ctx, created.id);
}
