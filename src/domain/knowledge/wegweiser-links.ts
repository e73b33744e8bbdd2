/** What an article may link to in the Wegweiser: its residence titles and their conditions. */
import { titleIds, titleMetadata } from '../pathway/title-metadata';

export const wegweiserTitleIds: readonly string[] = titleIds;

/** Every condition id some title of the Wegweiser checks. */
export const wegweiserConditionIds: readonly string[] = [...new Set(titleMetadata.flatMap((title) => title.conditionIds))].sort();

/** The German name of a title, for link labels ("Blaue Karte EU (§18g AufenthG)"). */
export function wegweiserTitleName(id: string, language: 'de' | 'en'): string | undefined {
  return titleMetadata.find((title) => title.id === id)?.name[language];
}
