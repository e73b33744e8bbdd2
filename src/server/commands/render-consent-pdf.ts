import { findConsentTextVersion, renderConsentText, type ConsentPurpose, type DataCategory } from '../../domain/consent/index';
import { berlinDateOf } from '../../domain/referrals/berlin-time';
import { renderSimplePdf } from '../reports/simple-pdf';
import type { CommandContext } from './context';
import { getConsentForActor } from './find-consents';

const labels = {
  de: { record: 'Angaben zur Erklärung', given: 'Erteilt am', method: 'Art', portal: 'im Portal durch die Person selbst', staff: 'schriftlich, erfasst durch', withdrawn: 'Widerrufen am', version: 'Textfassung', id: 'Kennung' },
  en: { record: 'About this declaration', given: 'Given on', method: 'How', portal: 'in the portal by the person themself', staff: 'in writing, recorded by', withdrawn: 'Withdrawn on', version: 'Wording version', id: 'Id' },
};

/** The PDF of one declaration in the language it was given in: the wording as shown, and its record. */
export async function renderConsentPdf(ctx: CommandContext, consentId: string): Promise<Buffer> {
  const consent = await getConsentForActor(ctx, consentId, 'consent.pdf_read');
  const language = consent.language === 'en' ? 'en' : 'de';
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
  return renderSimplePdf({
    title: text.title,
    subtitle: `${l.version}: ${consent.textVersion} · ${l.id}: ${consent.id}`,
    language,
    blocks: [
      ...text.paragraphs.map((paragraph) => ({ ...(paragraph.heading ? { heading: paragraph.heading } : {}), lines: paragraph.lines })),
      {
        heading: l.record,
        muted: true,
        lines: [
          `${l.given}: ${at(consent.givenAt)}`,
          `${l.method}: ${consent.method === 'portal' ? l.portal : `${l.staff} ${consent.recorder?.name ?? '—'}`}`,
          ...(consent.withdrawnAt ? [`${l.withdrawn}: ${at(consent.withdrawnAt)}`] : []),
        ],
      },
    ],
  });
}
