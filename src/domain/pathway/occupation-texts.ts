/**
 * Explanations for occupation-group conditions decided from a KldB 2010 code (or from an ISCO code
 * that contradicts it). The ISCO-only texts stay with each condition.
 */
import type { IscoMatcher } from './isco';
import { codeList, groupNames, matchOccupation, type OccupationBasis, type OccupationInput } from './occupation';
import type { LocalizedText } from './types';

export type OccupationGroupValues = {
  jobIsco: string | null;
  jobKldb: string | null;
  /** ISCO-08 codes of the KldB code (Umsteigeschlüssel of the Bundesagentur für Arbeit). */
  kldbIsco: readonly string[];
  groups: readonly string[];
  basis: OccupationBasis;
};

export type OccupationGroupKey = 'kldb_met' | 'kldb_not_met' | 'kldb_unknown' | 'kldb_unmapped' | 'conflict';

/** Status, text key and values of a job's occupation against a group list. */
export function occupationGroupVerdict(matcher: IscoMatcher, job: OccupationInput) {
  const match = matchOccupation(matcher, job);
  const values: OccupationGroupValues = {
    jobIsco: job?.isco ?? null,
    jobKldb: job?.kldb ?? null,
    kldbIsco: match.kldbIsco,
    groups: matcher.codes,
    basis: match.basis,
  };
  let key: OccupationGroupKey | 'met' | 'not_met' | 'unknown';
  if (match.basis === 'kldb') key = match.status === 'met' ? 'kldb_met' : match.status === 'not_met' ? 'kldb_not_met' : 'kldb_unknown';
  else if (match.basis === 'kldb_unmapped' || match.basis === 'conflict') key = match.basis;
  else key = match.status;
  return { status: match.status, text: key, values };
}

const BA_TABLE = { de: 'nach dem Umsteigeschlüssel der Bundesagentur für Arbeit', en: "in the Federal Employment Agency's KldB-to-ISCO correspondence table" };

function mapped(v: OccupationGroupValues): LocalizedText {
  return {
    de: `Die Stelle (KldB ${v.jobKldb ?? ''}) entspricht ${BA_TABLE.de} ISCO ${codeList(v.kldbIsco, 'de')}`,
    en: `The job (KldB ${v.jobKldb ?? ''}) corresponds to ISCO ${codeList(v.kldbIsco, 'en')} ${BA_TABLE.en}`,
  };
}

const list = (v: OccupationGroupValues): string => v.groups.join(', ');

/** Texts for the KldB-decided outcomes; `groupKind` names what the groups are ("einer Engpass-Berufsgruppe"). */
export function occupationGroupTexts(groupKind: LocalizedText) {
  return {
    kldb_met: (v: OccupationGroupValues): LocalizedText => {
      const base = mapped(v);
      return {
        de: `${base.de}; damit gehört sie zu ${groupKind.de}: ${groupNames(v.kldbIsco, v.groups, 'de')}.`,
        en: `${base.en}, so it is in ${groupKind.en}: ${groupNames(v.kldbIsco, v.groups, 'en')}.`,
      };
    },
    kldb_not_met: (v: OccupationGroupValues): LocalizedText => {
      const base = mapped(v);
      return { de: `${base.de}; das gehört zu keiner der Gruppen ${list(v)}.`, en: `${base.en}; that is not in any of the groups ${list(v)}.` };
    },
    kldb_unknown: (v: OccupationGroupValues): LocalizedText => {
      const base = mapped(v);
      return {
        de: `${base.de}; nur ein Teil davon gehört zu den Gruppen ${list(v)}. Welcher Beruf ist es genau?`,
        en: `${base.en}; only some of these are in the groups ${list(v)}. Which occupation is it exactly?`,
      };
    },
    kldb_unmapped: (v: OccupationGroupValues): LocalizedText => ({
      de: `Die Berufskennziffer KldB ${v.jobKldb ?? ''} steht nicht im Umsteigeschlüssel der Bundesagentur für Arbeit (KldB 2010, Fassung 2020); die Berufsgruppe der Stelle ist daher offen.`,
      en: `The occupation code KldB ${v.jobKldb ?? ''} is not in the Federal Employment Agency's correspondence table (KldB 2010, 2020 edition), so the job's occupation group is open.`,
    }),
    conflict: (v: OccupationGroupValues): LocalizedText => {
      // A conflict means opposite definite answers: the KldB side is in the groups iff any mapped code is.
      const byKldbDe = `nach KldB ${v.jobKldb ?? ''} (ISCO ${codeList(v.kldbIsco, 'de')})`;
      const byKldbEn = `by KldB ${v.jobKldb ?? ''} (ISCO ${codeList(v.kldbIsco, 'en')})`;
      const [inDe, outDe, inEn, outEn] = groupNames(v.kldbIsco, v.groups, 'de') !== ''
        ? [byKldbDe, `nach ISCO ${v.jobIsco ?? ''}`, byKldbEn, `by ISCO ${v.jobIsco ?? ''}`]
        : [`nach ISCO ${v.jobIsco ?? ''}`, byKldbDe, `by ISCO ${v.jobIsco ?? ''}`, byKldbEn];
      return {
        de: `Die Angaben zur Stelle widersprechen sich: ${inDe} gehört sie zu den Gruppen ${list(v)}, ${outDe} nicht. Welche Angabe stimmt?`,
        en: `The job's codes disagree: ${inEn} it is in the groups ${list(v)}, ${outEn} it is not. Which one is right?`,
      };
    },
  };
}

export const occupationGroupHints = {
  kldb_unknown: { de: 'Den vierstelligen ISCO-08-Code oder die fünfstellige KldB-2010-Kennziffer der Stelle angeben.', en: 'State the four-digit ISCO-08 code or the five-digit KldB 2010 code of the job.' },
  kldb_unmapped: { de: 'Den Beruf der Stelle mit ISCO-08-Code oder einer gültigen KldB-2010-Kennziffer angeben.', en: "State the job's occupation as an ISCO-08 code or a valid KldB 2010 code." },
  conflict: { de: 'ISCO- und KldB-Angabe der Stelle prüfen und die falsche berichtigen.', en: "Check the job's ISCO and KldB codes and correct the wrong one." },
};
