import type { Land } from '../../../domain/calendar/index';
import type { DeadlineRule } from '../../../domain/journey/index';

type Text = { de: string; en: string };

function amountText(rule: Extract<DeadlineRule, { kind: 'calendar' | 'working_days' }>, land: Land | undefined): Text {
  const n = rule.amount;
  if (rule.kind === 'working_days') {
    const where = land ? { de: ` in ${land}`, en: ` in ${land}` } : { de: '', en: '' };
    return {
      de: `${n} Arbeitstag${n === 1 ? '' : 'e'} (Mo–Fr ohne gesetzliche Feiertage${where.de})`,
      en: `${n} working day${n === 1 ? '' : 's'} (Mon–Fri without public holidays${where.en})`,
    };
  }
  if (rule.unit === 'weeks') return { de: `${n} Woche${n === 1 ? '' : 'n'}`, en: `${n} week${n === 1 ? '' : 's'}` };
  return { de: `${n} Monat${n === 1 ? '' : 'e'}`, en: `${n} month${n === 1 ? '' : 's'}` };
}

/**
 * The deadline of a step in words, German and English: its length and counting, whether it is a
 * target ("soll", "in der Regel"), what its expiry means and whether it can be extended.
 */
export function describeDeadline(rule: DeadlineRule, land: Land | undefined): Text {
  switch (rule.kind) {
    case 'none':
      return { de: 'Keine gesetzliche Frist', en: 'No statutory deadline' };
    case 'without_delay':
      return { de: `Unverzüglich (${rule.legalRef}), kein zählbares Fristende`, en: `Without delay (${rule.legalRef}); no countable end` };
    case 'calendar':
    case 'working_days': {
      const amount = amountText(rule, land);
      const de = [`${rule.strength === 'should' ? 'Soll-Frist' : 'Frist'}: ${amount.de} ab Fristbeginn (${rule.legalRef})`];
      const en = [`${rule.strength === 'should' ? 'Target period' : 'Period'}: ${amount.en} from the start of the period (${rule.legalRef})`];
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
