/**
 * The document checklist of a case, derived from the Wegweiser evaluation stored with it. Only
 * the fields used here are named, so the domain does not depend on the evaluation's full shape.
 */

export type LocalizedName = { readonly de: string; readonly en: string };

export type ChecklistEvaluation = {
  readonly eligibleTitleIds: readonly string[];
  readonly titles: readonly {
    readonly id: string;
    readonly outcome: string;
    readonly documents: readonly { readonly id: string; readonly name: LocalizedName }[];
  }[];
};

export type ChecklistItem = { id: string; name: LocalizedName; titleIds: string[] };

export type ChecklistItemState = ChecklistItem & { uploaded: boolean; documentIds: string[] };

/** The documents of several titles, each once, in first-seen order, remembering which titles ask for it. */
function mergeDocuments(titles: ChecklistEvaluation['titles']): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  for (const title of titles) {
    for (const document of title.documents) {
      const item = items.get(document.id);
      if (item) item.titleIds.push(title.id);
      else items.set(document.id, { id: document.id, name: { de: document.name.de, en: document.name.en }, titleIds: [title.id] });
    }
  }
  return [...items.values()];
}

/**
 * What the case still needs: the documents of its target title when the evaluation covers it;
 * otherwise those of the eligible titles; when none is eligible, those of the titles that need
 * more information (as the Wegweiser result shows them). Empty without an evaluation.
 */
export function caseChecklist(evaluation: ChecklistEvaluation | null, targetTitleId: string | null): ChecklistItem[] {
  if (!evaluation) return [];
  const target = targetTitleId ? evaluation.titles.find((title) => title.id === targetTitleId) : undefined;
  if (target) return mergeDocuments([target]);
  const eligible = evaluation.titles.filter((title) => evaluation.eligibleTitleIds.includes(title.id));
  if (eligible.length > 0) return mergeDocuments(eligible);
  return mergeDocuments(evaluation.titles.filter((title) => title.outcome === 'needs_info'));
}

/**
 * Whether an upload may be filed under `checklistItemId`: any document of any title of the
 * stored evaluation (the target title may still change), or anything when the case has none.
 */
export function isKnownChecklistItem(evaluation: ChecklistEvaluation | null, checklistItemId: string): boolean {
  if (!evaluation) return true;
  return evaluation.titles.some((title) => title.documents.some((document) => document.id === checklistItemId));
}

/** The checklist with, per item, the documents filed under it (`uploaded` when there is one). */
export function checklistState(items: readonly ChecklistItem[], documents: readonly { id: string; checklistItemId: string | null }[]): ChecklistItemState[] {
  return items.map((item) => {
    const documentIds = documents.filter((document) => document.checklistItemId === item.id).map((document) => document.id);
    return { ...item, uploaded: documentIds.length > 0, documentIds };
  });
}
