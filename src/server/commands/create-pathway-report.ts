import type { ReportFamily, ReportOffice } from '../../contract/pathways';
import { titleMetadata, type Evaluation, type Profile } from '../../domain/pathway/index';
import { berlinDate, type Clock } from '../clock';
import type { Database } from '../db/client';
import { groupTitles } from '../reports/pathway-report-content';
import { renderPathwayReport, type ReportFamilyInput } from '../reports/pathway-report-pdf';
import type { ReportLanguage } from '../reports/report-catalogue';
import { evaluateFamily, evaluatePathways } from './evaluate-pathways';

export type PathwayReportRequest = {
  profile: Profile;
  language: ReportLanguage;
  family?: ReportFamily;
  offices?: readonly ReportOffice[];
  /** Relative, validated by the contract (`/wegweiser…`). */
  permalink?: string;
};

/**
 * Family reunification to the person of the profile: the sponsor's title is the one given, or the
 * best open path; it counts as first issued on the given day or the evaluation date; the salary is
 * the job offer's. Without any open path and no title given, there is nothing to evaluate.
 */
async function familyFor(deps: { clock: Clock; db: Database }, profile: Profile, evaluation: Evaluation, family: ReportFamily): Promise<ReportFamilyInput> {
  const titleId = family.sponsor?.titleId ?? groupTitles(evaluation).open[0]?.id;
  const title = titleMetadata.find((candidate) => candidate.id === titleId);
  if (!titleId || !title) return { status: 'no-open-title' };
  const firstIssuedOn = family.sponsor?.firstIssuedOn ?? evaluation.evaluationDate;
  const salary = profile.job?.annualGrossSalaryEur;
  const result = await evaluateFamily(
    deps,
    {
      evaluationDate: evaluation.evaluationDate,
      sponsor: { ...family.sponsor, titleId, firstIssuedOn, ...(salary === undefined ? {} : { annualGrossSalaryEur: salary }) },
      members: family.members,
    },
    'profile.evaluationDate',
  );
  return { status: 'evaluated', sponsorTitle: title.name, firstIssuedOn, evaluation: result, ages: family.members.map((member) => member.age) };
}

/** The permalink as the PDF prints it: absolute on LOTSE_PUBLIC_URL when configured, else the path. */
export function permalinkAddress(permalink: string, publicUrl: string | undefined): string {
  return publicUrl ? `${publicUrl.replace(/\/+$/, '')}${permalink}` : permalink;
}

/** Evaluates a profile (and, if asked, family reunification) and renders the result as PDF; nothing is stored. */
export async function createPathwayReport(
  deps: { clock: Clock; db: Database; config: { http: { publicUrl: string | undefined } } },
  request: PathwayReportRequest,
): Promise<{ pdf: Buffer; evaluationDate: string }> {
  const evaluation = await evaluatePathways(deps, request.profile);
  const pdf = await renderPathwayReport({
    evaluation,
    profile: request.profile,
    language: request.language,
    createdOn: berlinDate(deps.clock.now()),
    ...(request.family ? { family: await familyFor(deps, request.profile, evaluation, request.family) } : {}),
    ...(request.offices ? { offices: request.offices } : {}),
    ...(request.permalink ? { permalink: permalinkAddress(request.permalink, deps.config.http.publicUrl) } : {}),
  });
  return { pdf, evaluationDate: evaluation.evaluationDate };
}
