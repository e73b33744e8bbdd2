import { landNames, type Land } from '../../../domain/calendar/index';
import type { DeadlineRule } from '../../../domain/journey/index';

type Text = { de: string; en: string };
type TimedRule = Extract<DeadlineRule, { kind: 'calendar' | 'werktage' }>;

/** The length of a period in words: "3 Werktage", "1 Woche", "2 Monate" (en: "3 Werktage", "1 week", "2 months"). */
export function periodName(rule: TimedRule): Text {
  const n = rule.amount;
  // "Werktag" is the statute's term (§81a Abs. 3 Satz 1 Nr. 3 AufenthG); English text keeps it, explained where the rule is described.
  if (rule.kind === 'werktage') return { de: `${n} Werktag${n === 1 ? '' : 'e'}`, en: `${n} Werktag${n === 1 ? '' : 'e'}` };
  if (rule.unit === 'weeks') return { de: `${n} Woche${n === 1 ? '' : 'n'}`, en: `${n} week${n === 1 ? '' : 's'}` };
  return { de: `${n} Monat${n === 1 ? '' : 'e'}`, en: `${n} month${n === 1 ? '' : 's'}` };
}

/** Whose public holidays count, in words: "in Hessen" or, for a body without a Land, holidays of every Land. */
function holidaysOf(land: Land | undefined): Text {
  return land
    ? { de: `gesetzlichen Feiertag in ${landNames[land].de}`, en: `public holiday in ${landNames[land].en}` }
    : { de: 'bundesweiten gesetzlichen Feiertag', en: 'public holiday in every Land' };
}

function amountText(rule: TimedRule, land: Land | undefined): Text {
  const name = periodName(rule);
  if (rule.kind === 'werktage') {
    const where = land ? { de: ` in ${landNames[land].de}`, en: ` in ${landNames[land].en}` } : { de: '', en: '' };
    return {
      de: `${name.de} (Montag bis Samstag ohne gesetzliche Feiertage${where.de})`,
      en: `${name.en} (Monday to Saturday, without public holidays${where.en})`,
    };
  }
  return name;
}

/**
 * The deadline of a step in words, German and English: its length and counting, whether it is a
 * target ("soll", "in der Regel"), the end shift of §31 Abs. 3 VwVfG, what its expiry means and
 * whether it can be extended. `land` is the acting body's Land (absent: the BA or the mission).
 */
export function describeDeadline(rule: DeadlineRule, land: Land | undefined): Text {
  switch (rule.kind) {
    case 'none':
      return { de: 'Keine gesetzliche Frist', en: 'No statutory deadline' };
    case 'without_delay':
      return { de: `Unverzüglich (${rule.legalRef}), kein zählbares Fristende`, en: `Without delay (${rule.legalRef}); no countable end` };
    case 'calendar':
    case 'werktage': {
      const amount = amountText(rule, land);
      const holiday = holidaysOf(land);
      const de = [`${rule.strength === 'should' ? 'Soll-Frist' : 'Frist'}: ${amount.de} ab Fristbeginn (${rule.legalRef})`];
      const en = [`${rule.strength === 'should' ? 'Target period' : 'Period'}: ${amount.en} from the start of the period (${rule.legalRef})`];
      de.push(`fällt das Ende auf einen Samstag, Sonntag oder ${holiday.de}, endet die Frist am nächsten Werktag, der kein Samstag ist (${rule.endShiftRef})`);
      en.push(`an end on a Saturday, Sunday or ${holiday.en} moves to the next Werktag that is not a Saturday (${rule.endShiftRef})`);
      if (rule.onExpiry === 'deemed_approval') {
        de.push('danach gilt die Zustimmung als erteilt');
        en.push('after that the approval is deemed granted');
      }
      if (rule.maxExtensions > 0) {
        de.push(rule.maxExtensions === 1 ? 'einmal mit Begründung verlängerbar' : `${rule.maxExtensions}-mal verlängerbar`);
        en.push(rule.maxExtensions === 1 ? 'can be extended once with reasons' : `can be extended ${rule.maxExtensions} times`);
      }
      return { de: de.join('; '), en: en.join('; ') };
    }
  }
}
