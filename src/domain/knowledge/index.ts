/**
 * Public entry of the knowledge domain: topics, legal references, the article workflow with its
 * four-eyes rule, version diffs, the "needs review" check against the yearly figures, and the
 * parsing of search input. Pure; expected refusals are values.
 */
export { isKnowledgeTopic, knowledgeTopics, type KnowledgeTopic } from './topics';
export {
  formatLegalReference,
  legalReferenceKeys,
  legalReferenceKeysFromText,
  normaliseLaw,
  normaliseSection,
  type LegalReference,
} from './legal-reference';
export {
  builtInParameterData,
  citationDate,
  citeParameters,
  isParameterKey,
  parameterKeys,
  parameterValueOn,
  reviewReasons,
  type CitedParameter,
  type ParameterData,
  type ParameterKey,
  type ReviewReason,
} from './cited-parameters';
export { MAX_QUERY_WORDS, MAX_WORD_LENGTH, searchWords, toTsQueryText, vocabularyOf } from './search-input';
export {
  actionsFrom,
  allowedActions,
  articleActions,
  articleStatuses,
  decideTransition,
  type ArticleAction,
  type ArticleStatus,
  type WorkflowDecision,
  type WorkflowRefusal,
  type WorkflowState,
} from './workflow';
export { diffText, diffVersions, type ComparableVersion, type DiffLine, type FieldChange, type VersionDiff } from './version-diff';
export { wegweiserConditionIds, wegweiserTitleIds, wegweiserTitleName } from './wegweiser-links';
export { slugFromTitle } from './slug';
