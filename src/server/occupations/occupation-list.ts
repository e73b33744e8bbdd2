import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { indexOccupations, searchOccupations, type OccupationIndex, type ReferenceOccupation } from '../../domain/steering/index';
import { repoRoot } from '../paths';

/** `seed/reference/occupations.json`: KldB 2010 Berufsgattungen with ISCO-08 (sources in seed/reference/SOURCES.md). */
export const occupationsFile = join(repoRoot, 'seed/reference/occupations.json');

const fileSchema = z.array(
  z.strictObject({ kldb: z.string().regex(/^\d{5}$/), isco: z.string().regex(/^\d{4}$/), de: z.string().min(1), en: z.string().min(1) }),
);

type OccupationList = { index: OccupationIndex; byKldb: ReadonlyMap<string, ReferenceOccupation> };
let loaded: OccupationList | undefined;

function list(): OccupationList {
  if (!loaded) {
    const occupations = fileSchema.parse(JSON.parse(readFileSync(occupationsFile, 'utf8')));
    loaded = { index: indexOccupations(occupations), byKldb: new Map(occupations.map((occupation) => [occupation.kldb, occupation])) };
  }
  return loaded;
}

/** The reference occupations whose name (German or English) or code matches the query. */
export const findOccupations = (query: string, limit?: number): ReferenceOccupation[] => searchOccupations(list().index, query, limit);

/** One reference occupation by its KldB 2010 code. */
export const occupationByKldb = (kldb: string): ReferenceOccupation | undefined => list().byKldb.get(kldb);
