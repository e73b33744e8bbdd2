/** The catalogues of profile conditions and titles, keyed by id. */
import { blueCardConditions } from './conditions-blue-card';
import { chancenkarteHolderConditions } from './conditions-chancenkarte-holder';
import { employmentConditions } from './conditions-employment';
import { experienceConditions } from './conditions-experience';
import { jobSearchConditions } from './conditions-job-search';
import { jobSearchStayConditions } from './conditions-job-search-stay';
import { measureConditions } from './conditions-measures';
import { qualificationConditions } from './conditions-qualification';
import { recognitionConditions } from './conditions-recognition';
import { westbalkanConditions } from './conditions-westbalkan';
import type { ProfileContext } from './profile-context';
import type { ConditionRule, TitleDefinition } from './rule-model';
import { employmentTitles } from './titles-employment';
import { jobSearchStayTitles } from './titles-job-search-stay';
import { otherTitles } from './titles-other';

export const profileConditions: readonly ConditionRule<ProfileContext>[] = [
  ...qualificationConditions,
  ...recognitionConditions,
  ...employmentConditions,
  ...experienceConditions,
  ...blueCardConditions,
  ...measureConditions,
  ...jobSearchConditions,
  ...westbalkanConditions,
  ...jobSearchStayConditions,
  ...chancenkarteHolderConditions,
];

export const profileTitles: readonly TitleDefinition<ProfileContext>[] = [...employmentTitles, ...otherTitles, ...jobSearchStayTitles];
