/** Public entry of the steering domain: disclosure control and the vocabulary of the figures. */
export { minimumCount, percentile, possibleValues, protectFigures, protectList, protectTable, type Equation, type Protected } from './suppression';
export * from './vocabulary';
export { indexOccupations, normaliseOccupationText, searchOccupations, type OccupationIndex, type ReferenceOccupation } from './occupation-search';
export * from './shortage-csv';
