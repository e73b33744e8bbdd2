import { findConsentTextVersion, renderConsentText, type ConsentPurpose, type DataCategory } from '../../domain/consent/index';
import { isPortalLanguage, type PortalLanguage } from '../../domain/portal/languages';
import { berlinDateOf } from '../../domain/referrals/berlin-time';
import { renderSimplePdf } from '../reports/simple-pdf';
import type { CommandContext } from './context';
import { getConsentForActor } from './find-consents';

type RecordLabels = { record: string; given: string; method: string; portal: string; staff: string; withdrawn: string; version: string; id: string };

/** The record printed under the wording, in the language the declaration was given in. */
const labels: Record<PortalLanguage, RecordLabels> = {
  de: { record: 'Angaben zur Erklärung', given: 'Erteilt am', method: 'Art', portal: 'im Portal durch die Person selbst', staff: 'schriftlich, erfasst durch', withdrawn: 'Widerrufen am', version: 'Textfassung', id: 'Kennung' },
  en: { record: 'About this declaration', given: 'Given on', method: 'How', portal: 'in the portal by the person themself', staff: 'in writing, recorded by', withdrawn: 'Withdrawn on', version: 'Wording version', id: 'Id' },
  ar: { record: 'بيانات هذا الإقرار', given: 'أُعطيت في', method: 'الطريقة', portal: 'عبر البوابة الإلكترونية من قبل الشخص نفسه', staff: 'كتابيًا، وسجّلها', withdrawn: 'سُحبت في', version: 'نسخة النص', id: 'المعرّف' },
  tr: { record: 'Bu beyana ilişkin bilgiler', given: 'Veriliş tarihi', method: 'Şekli', portal: 'portalda kişinin kendisi tarafından', staff: 'yazılı olarak; kaydeden:', withdrawn: 'Geri çekilme tarihi', version: 'Metin sürümü', id: 'Kayıt numarası' },
  uk: { record: 'Про цю заяву', given: 'Надано', method: 'Спосіб', portal: 'особисто на порталі', staff: 'письмово; внесено до системи:', withdrawn: 'Відкликано', version: 'Версія тексту', id: 'Ідентифікатор' },
  fr: { record: 'À propos de cette déclaration', given: 'Donné le', method: 'Mode', portal: 'sur le portail, par la personne elle-même', staff: 'par écrit, enregistré par', withdrawn: 'Retiré le', version: 'Version du texte', id: 'Identifiant' },
};

/** The PDF of one declaration in the language it was given in: the wording as shown, and its record. */
export async function renderConsentPdf(ctx: CommandContext, consentId: string): Promise<Buffer> {
  const consent = await getConsentForActor(ctx, consentId, 'consent.pdf_read');
  const language = isPortalLanguage(consent.language) ? consent.language : 'de';
  const l = labels[language];
  const version = findConsentTextVersion(consent.textVersion);
  const validThrough = consent.validUntil ? berlinDateOf(consent.validUntil.getTime() - 1) : null;
  const text = version
    ? renderConsentText(version, language, {
        recipients: consent.recipients.map((recipient) => recipient.name),
        purposes: consent.purposes as ConsentPurpose[],
        categories: consent.dataCategories as DataCategory[],
        validUntil: validThrough,
      })
    : { title: consent.textVersion, paragraphs: [] };
  const at = (value: Date) => `${berlinDateOf(value.getTime())} ${value.toISOString().slice(11, 16)} UTC`;
  const colon = language === 'fr' ? '\u00a0:' : ':';
  return renderSimplePdf({
    title: text.title,
    subtitle: `${l.version}${colon} ${consent.textVersion} · ${l.id}${colon} ${consent.id}`,
    language,
    blocks: [
      ...text.paragraphs.map((paragraph) => ({ ...(paragraph.heading ? { heading: paragraph.heading } : {}), lines: paragraph.lines })),
      {
        heading: l.record,
        muted: true,
        lines: [
          `${l.given}${colon} ${at(consent.givenAt)}`,
          `${l.method}${colon} ${consent.method === 'portal' ? l.portal : `${l.staff} ${consent.recorder?.name ?? '—'}`}`,
          ...(consent.withdrawnAt ? [`${l.withdrawn}${colon} ${at(consent.withdrawnAt)}`] : []),
        ],
      },
    ],
  });
}
