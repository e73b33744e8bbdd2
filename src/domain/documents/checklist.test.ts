import { describe, expect, it } from 'vitest';
import { caseChecklist, checklistState, isKnownChecklistItem, type ChecklistEvaluation } from './checklist';

const name = (text: string) => ({ de: text, en: text });
const evaluation: ChecklistEvaluation = {
  eligibleTitleIds: ['18b', '18g'],
  titles: [
    { id: '18b', outcome: 'eligible', documents: [{ id: 'passport', name: name('Pass') }, { id: 'employment_contract', name: name('Vertrag') }] },
    { id: '18g', outcome: 'eligible', documents: [{ id: 'passport', name: name('Pass') }, { id: 'degree_certificate', name: name('Abschluss') }] },
    { id: '20', outcome: 'needs_info', documents: [{ id: 'proof_of_funds', name: name('Finanzierung') }] },
  ],
};

describe('the checklist of a case', () => {
  it('is empty without an evaluation, where any item id is accepted', () => {
    expect(caseChecklist(null, '18b')).toEqual([]);
    expect(isKnownChecklistItem(null, 'anything')).toBe(true);
  });

  it('lists the documents of the target title', () => {
    expect(caseChecklist(evaluation, '18g').map((item) => item.id)).toEqual(['passport', 'degree_certificate']);
  });

  it('falls back to the eligible titles, each document once, remembering which titles ask for it', () => {
    const items = caseChecklist(evaluation, null);
    expect(items.map((item) => item.id)).toEqual(['passport', 'employment_contract', 'degree_certificate']);
    expect(items[0]?.titleIds).toEqual(['18b', '18g']);
    expect(caseChecklist(evaluation, 'not-evaluated').map((item) => item.id)).toEqual(['passport', 'employment_contract', 'degree_certificate']);
  });

  it('falls back to titles that need information when none is eligible', () => {
    expect(caseChecklist({ ...evaluation, eligibleTitleIds: [] }, null).map((item) => item.id)).toEqual(['proof_of_funds']);
  });

  it('accepts uploads for any document of the evaluation, nothing else', () => {
    expect(isKnownChecklistItem(evaluation, 'proof_of_funds')).toBe(true);
    expect(isKnownChecklistItem(evaluation, 'birth_certificate')).toBe(false);
  });

  it('marks items with documents filed under them as uploaded', () => {
    const state = checklistState(caseChecklist(evaluation, '18b'), [
      { id: 'd1', checklistItemId: 'passport' },
      { id: 'd2', checklistItemId: 'passport' },
      { id: 'd3', checklistItemId: null },
    ]);
    expect(state.map(({ id, uploaded, documentIds }) => ({ id, uploaded, documentIds }))).toEqual([
      { id: 'passport', uploaded: true, documentIds: ['d1', 'd2'] },
      { id: 'employment_contract', uploaded: false, documentIds: [] },
    ]);
  });
});
