import type { Profile } from '../../domain/pathway/index';
import { berlinDate, type Clock } from '../clock';
import type { Database } from '../db/client';
import { renderPathwayReport } from '../reports/pathway-report-pdf';
import type { ReportLanguage } from '../reports/report-catalogue';
import { evaluatePathways } from './evaluate-pathways';

/** Evaluates a profile and renders result and checklist as PDF; nothing is stored. */
export async function createPathwayReport(
  deps: { clock: Clock; db: Database },
  profile: Profile,
  language: ReportLanguage,
): Promise<{ pdf: Buffer; evaluationDate: string }> {
  const evaluation = await evaluatePathways(deps, profile);
  const pdf = await renderPathwayReport(evaluation, language, berlinDate(deps.clock.now()));
  return { pdf, evaluationDate: evaluation.evaluationDate };
}
