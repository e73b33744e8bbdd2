import type { EmployerGuide, EmployerRequest, EmployerStep, Hire } from '../../../contract/employer';
import { agreementContents, requestDocuments, requestFee } from '../../../domain/employer/accelerated-request';
import { acceleratedProcedureSteps, overdueSteps, withCurrentDeadlines } from '../../../domain/journey/index';
import type { EmployerRequestView, HireView } from '../../commands/employer-portal';
import type { ProcedureWithOrganisations } from '../../db/repositories/procedure.repository';
import { describeDeadline } from './procedure-deadline-text';

const titles = new Map(acceleratedProcedureSteps.map((step) => [step.id, step.title]));

/**
 * The statutory steps of a §81a procedure as the employer may see them: status, due and completion
 * dates, the period in words. No extensions' reasons, no people, nothing else of the case.
 */
function employerSteps(procedure: ProcedureWithOrganisations, today: string): EmployerStep[] {
  const state = withCurrentDeadlines(procedure.state);
  const overdue = new Set<string>(overdueSteps(state, today).map((step) => step.stepId));
  return state.steps.map((step) => ({
    id: step.id,
    number: step.number,
    title: titles.get(step.id) ?? { de: step.id, en: step.id },
    actor: step.actor,
    legalRef: step.legalRef,
    status: step.status,
    dueOn: step.dueOn ?? null,
    completedOn: step.completedOn ?? null,
    isOverdue: overdue.has(step.id),
    deadline: describeDeadline(step.deadline, step.calendarLand),
  }));
}

function employerProcedure(procedure: ProcedureWithOrganisations | undefined, today: string) {
  if (!procedure) return null;
  return { agreedOn: procedure.agreedOn, abh: { id: procedure.abh.id, name: procedure.abh.name }, steps: employerSteps(procedure, today) };
}

export function presentHire(view: HireView, today: string): Hire {
  const procedure = employerProcedure(view.procedure, today);
  return {
    caseId: view.caseId,
    personName: view.personName,
    stage: view.stage,
    nextStep: procedure?.steps.find((step) => step.status === 'open') ?? null,
    procedure,
    consentValidThrough: view.consentValidThrough,
  };
}

export function presentEmployerRequest(view: EmployerRequestView, today: string): EmployerRequest {
  return {
    id: view.id,
    caseId: view.caseId,
    createdAt: view.createdAt.toISOString(),
    personName: view.personName,
    abh: view.abh,
    placeOfWork: { ags: view.placeOfWorkAgs, name: view.placeOfWorkName },
    job: { title: view.job?.title ?? '', annualGrossSalaryEur: view.job?.annualGrossSalaryEur ?? null },
    procedure: employerProcedure(view.procedure, today),
  };
}

/** The agreement (§81a Abs. 2 AufenthG), the documents, the fee and the statutory steps: the same for every request. */
export function presentEmployerGuide(): EmployerGuide {
  return {
    agreement: { legalRef: '§81a Abs. 2 AufenthG', contents: [...agreementContents] },
    documents: [...requestDocuments],
    fee: { cents: requestFee.cents, euros: requestFee.cents / 100, legalRef: requestFee.legalRef, onTop: requestFee.onTop },
    steps: acceleratedProcedureSteps.map((step) => ({
      id: step.id,
      number: step.number,
      title: step.title,
      actor: step.actor,
      legalRef: step.legalRef,
      deadline: describeDeadline(step.deadline, undefined),
    })),
  };
}
