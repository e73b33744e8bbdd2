/**
 * Conditions for people who hold or held a Chancenkarte (§20a Abs. 5 AufenthG): a new search card
 * only after a stay abroad (or on another title) at least as long as the last one (Satz 7), and the
 * follow-up card (Satz 2): an extension during the search-card stay with a qualified job offer, only
 * when no other Section 4 title is available (Satz 3), never extended again as a Chancenkarte (Satz 6).
 */
import { titleOutcome, type CompiledTitle } from './evaluate-title';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { text } from './text-helpers';
import type { LocalizedText } from './types';

type Ctx = ProfileContext;

/** "1 Monat" / "2 Monate", "1 month" / "2 months". */
export function monthsText(months: number): LocalizedText {
  return { de: `${months} ${months === 1 ? 'Monat' : 'Monate'}`, en: `${months} ${months === 1 ? 'month' : 'months'}` };
}

const holdsSearchCard = (ctx: Ctx): boolean => {
  const current = ctx.profile.currentTitle;
  return current != null && ctx.period.rules.chancenkarte.searchCardTitleIds.codes.includes(current);
};

const holdsFollowUpCard = (ctx: Ctx): boolean => {
  const current = ctx.profile.currentTitle;
  return current != null && ctx.period.rules.chancenkarte.followUpTitleIds.codes.includes(current);
};

type ReissueValues = { currentTitle: string | null; monthsUsed: number | null; monthsSinceEnd: number | null; missingMonths: number };

export const chancenkarteReissueCondition = defineCondition({
  id: 'chancenkarte_reissue_wait',
  legalRef: '§20a Abs. 5 Satz 7 AufenthG',
  question: text(
    'Hatten Sie schon eine Chancenkarte? Wie viele Monate haben Sie sie in Deutschland genutzt, und wie viele Monate sind seit ihrem Ende vergangen?',
    'Did you hold an opportunity card before? For how many months did you use it in Germany, and how many months have passed since it ended?',
  ),
  texts: {
    none: text('Keine frühere Chancenkarte angegeben.', 'No earlier opportunity card stated.'),
    current_holder: text(
      'Sie haben bereits eine Chancenkarte zur Arbeitsplatzsuche. Eine weitere gibt es erst, wenn Sie nach deren Ende mindestens so lange im Ausland oder mit einem anderen Aufenthaltstitel in Deutschland waren, wie Sie die letzte Chancenkarte in Deutschland genutzt haben.',
      'You already hold an opportunity card for job search. Another one is only possible once you have spent, after it ends, at least as long abroad or in Germany on another residence title as you used the last card in Germany.',
    ),
    waited: (v: ReissueValues) => {
      const used = monthsText(v.monthsUsed ?? 0);
      const since = monthsText(v.monthsSinceEnd ?? 0);
      return {
        de: `Die letzte Chancenkarte haben Sie ${used.de} genutzt; seit ihrem Ende sind ${since.de} vergangen. Das reicht für eine neue Chancenkarte.`,
        en: `You used the last opportunity card for ${used.en}; ${since.en} have passed since it ended. That is enough for a new card.`,
      };
    },
    too_soon: (v: ReissueValues) => {
      const used = monthsText(v.monthsUsed ?? 0);
      const since = monthsText(v.monthsSinceEnd ?? 0);
      const missing = monthsText(v.missingMonths);
      return {
        de: `Die letzte Chancenkarte haben Sie ${used.de} genutzt; seit ihrem Ende sind erst ${since.de} vergangen. Es fehlen noch ${missing.de} im Ausland oder mit einem anderen Aufenthaltstitel.`,
        en: `You used the last opportunity card for ${used.en}; only ${since.en} have passed since it ended. ${missing.en} more abroad or on another residence title are needed.`,
      };
    },
    details_missing: text(
      'Sie hatten schon eine Chancenkarte; wie lange Sie sie genutzt haben und wie lange sie vorbei ist, ist nicht angegeben.',
      'You held an opportunity card before; how long you used it and how long ago it ended is not stated.',
    ),
  },
  hints: {
    current_holder: text(
      'Mit einem Arbeitsvertrag oder verbindlichen Angebot für eine qualifizierte Beschäftigung einen Aufenthaltstitel zur Beschäftigung oder die Folge-Chancenkarte beantragen.',
      'With a contract or binding offer for qualified employment, apply for an employment residence title or the follow-up opportunity card.',
    ),
    too_soon: (v: ReissueValues) => {
      const missing = monthsText(v.missingMonths);
      return { de: `Eine neue Chancenkarte ist in ${missing.de} möglich.`, en: `A new opportunity card is possible in ${missing.en}.` };
    },
    details_missing: text(
      'Angeben, wie viele Monate Sie die letzte Chancenkarte in Deutschland genutzt haben und wie viele Monate seit ihrem Ende vergangen sind.',
      'State for how many months you used the last opportunity card in Germany and how many months have passed since it ended.',
    ),
  },
  check: (ctx: Ctx) => {
    const previous = ctx.profile.previousChancenkarte;
    const values: ReissueValues = {
      currentTitle: ctx.profile.currentTitle ?? null,
      monthsUsed: previous?.monthsUsed ?? null,
      monthsSinceEnd: previous?.monthsSinceEnd ?? null,
      missingMonths: 0,
    };
    if (holdsSearchCard(ctx)) return { status: 'not_met', text: 'current_holder', values } as const;
    // A follow-up card holder certainly held a search card, so the months matter.
    if (previous == null && !holdsFollowUpCard(ctx)) return { status: 'met', text: 'none', values } as const;
    if (previous?.monthsUsed === undefined || previous.monthsSinceEnd === undefined) return { status: 'unknown', text: 'details_missing', values } as const;
    values.missingMonths = Math.max(0, previous.monthsUsed - previous.monthsSinceEnd);
    return values.missingMonths === 0 ? ({ status: 'met', text: 'waited', values } as const) : ({ status: 'not_met', text: 'too_soon', values } as const);
  },
});

export const searchCardHeldCondition = defineCondition({
  id: 'search_chancenkarte_held',
  legalRef: '§20a Abs. 5 Satz 2 AufenthG',
  question: text('Welchen Aufenthaltstitel haben Sie in Deutschland?', 'Which residence title do you hold in Germany?'),
  texts: {
    met: text('Sie haben eine Chancenkarte zur Arbeitsplatzsuche; die Verlängerung wird während dieses Aufenthalts beantragt.', 'You hold an opportunity card for job search; the extension is applied for during this stay.'),
    follow_up: text(
      'Sie haben bereits eine Folge-Chancenkarte; eine weitere Verlängerung als Chancenkarte ist ausgeschlossen.',
      'You already hold a follow-up opportunity card; a further extension as an opportunity card is excluded.',
    ),
    no_card: text(
      'Eine Folge-Chancenkarte gibt es nur als Verlängerung einer Chancenkarte zur Arbeitsplatzsuche, die Sie gerade haben.',
      'A follow-up opportunity card is only an extension of an opportunity card for job search that you currently hold.',
    ),
    unknown: text('Der aktuelle Aufenthaltstitel ist nicht angegeben.', 'The current residence title is not stated.'),
  },
  hints: {
    follow_up: text('Einen Aufenthaltstitel zur Beschäftigung beantragen, z. B. als Fachkraft.', 'Apply for an employment residence title, e.g. as a skilled worker.'),
    unknown: text('Den aktuellen Aufenthaltstitel angeben.', 'State your current residence title.'),
  },
  check: (ctx: Ctx) => {
    const values = { currentTitle: ctx.profile.currentTitle ?? null, location: ctx.isAbroad ? 'abroad' : 'germany' };
    if (holdsSearchCard(ctx)) return { status: 'met', text: 'met', values } as const;
    if (holdsFollowUpCard(ctx)) return { status: 'not_met', text: 'follow_up', values } as const;
    if (!ctx.isAbroad && ctx.profile.currentTitle === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return { status: 'not_met', text: 'no_card', values } as const;
  },
});

type OtherTitlesValues = { titleIds: string[]; names: LocalizedText };

function joinList(list: readonly string[], and: string): string {
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1] ?? ''}`;
}

/** "A, B und C" / "A, B and C". */
function joinNames(de: readonly string[], en: readonly string[]): LocalizedText {
  return { de: joinList(de, 'und'), en: joinList(en, 'and') };
}

/**
 * The other Section 4 titles among those in force: §§18–21 by paragraph number, without the
 * Chancenkarte titles and without any title that asks this condition itself. The engine reuses one
 * title list per period, so this is computed once per period.
 */
const sectionFourCache = new WeakMap<readonly CompiledTitle[], readonly CompiledTitle[]>();

function otherSectionFourTitles(ctx: Ctx): readonly CompiledTitle[] {
  let titles = sectionFourCache.get(ctx.titles);
  if (titles === undefined) {
    const chancenkarte = ctx.period.rules.chancenkarte;
    titles = ctx.titles.filter((title) => {
      const id = title.definition.id;
      const paragraph = /^\d+/.exec(id)?.[0];
      if (paragraph === undefined || !chancenkarte.sectionFourTitleParagraphs.codes.includes(paragraph)) return false;
      if (chancenkarte.searchCardTitleIds.codes.includes(id) || chancenkarte.followUpTitleIds.codes.includes(id)) return false;
      return !title.conditions.some(({ rule }) => rule.id === 'no_other_section_4_title');
    });
    sectionFourCache.set(ctx.titles, titles);
  }
  return titles;
}

export const noOtherSectionFourTitleCondition = defineCondition({
  id: 'no_other_section_4_title',
  legalRef: '§20a Abs. 5 Satz 3 AufenthG',
  question: text('Kommt ein anderer Aufenthaltstitel zur Beschäftigung in Frage?', 'Is another employment residence title available?'),
  texts: {
    met: text('Nach Ihren Angaben kommt kein anderer Aufenthaltstitel zur Erwerbstätigkeit in Frage.', 'From your answers, no other residence title for employment is available.'),
    other: (v: OtherTitlesValues) => ({
      de: `Sie erfüllen die Voraussetzungen für: ${v.names.de}. Dann wird keine Folge-Chancenkarte erteilt.`,
      en: `You meet the requirements for: ${v.names.en}. Then no follow-up opportunity card is issued.`,
    }),
    open: (v: OtherTitlesValues) => ({
      de: `Ob Sie die Voraussetzungen für ${v.names.de} erfüllen, ist noch offen; die Folge-Chancenkarte gibt es nur, wenn kein solcher Titel in Frage kommt.`,
      en: `Whether you meet the requirements for ${v.names.en} is still open; the follow-up card is only issued if no such title is available.`,
    }),
  },
  hints: {
    other: text('Den passenden Aufenthaltstitel zur Beschäftigung beantragen.', 'Apply for the matching employment residence title.'),
    open: text('Die offenen Fragen zu diesen Aufenthaltstiteln beantworten.', 'Answer the open questions for these residence titles.'),
  },
  check: (ctx: Ctx) => {
    const eligible: CompiledTitle[] = [];
    const open: CompiledTitle[] = [];
    for (const title of otherSectionFourTitles(ctx)) {
      const outcome = titleOutcome(title, ctx);
      if (outcome === 'eligible') eligible.push(title);
      else if (outcome === 'needs_info') open.push(title);
    }
    const valuesOf = (titles: readonly CompiledTitle[]): OtherTitlesValues => ({
      titleIds: titles.map((title) => title.definition.id),
      names: joinNames(
        titles.map((title) => title.definition.name.de),
        titles.map((title) => title.definition.name.en),
      ),
    });
    if (eligible.length > 0) return { status: 'not_met', text: 'other', values: valuesOf(eligible) } as const;
    if (open.length > 0) return { status: 'unknown', text: 'open', values: valuesOf(open) } as const;
    const none: OtherTitlesValues = { titleIds: [], names: { de: '', en: '' } };
    return { status: 'met', text: 'met', values: none } as const;
  },
});

export const chancenkarteHolderConditions: readonly ConditionRule<Ctx>[] = [
  chancenkarteReissueCondition,
  searchCardHeldCondition,
  noOtherSectionFourTitleCondition,
];
