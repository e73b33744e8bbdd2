import type { CreateConsentBody } from '../../contract/consents';
import { consentLegalBasis, findConsentTextVersion, isUsableConsentTextVersion } from '../../domain/consent/index';
import { berlinDateEnd } from '../../domain/referrals/berlin-time';
import { getDocument } from '../db/repositories/documents.repository';
import { findOrganisationsByIds, getConsentWithNames, getPersonOfCase, insertConsent, type ConsentWithNames } from '../db/repositories/consents.repository';
import { AppError } from '../errors';
import { recordCaseChanges, todayOf } from './case-access';
import { loadCaseForConsent } from './consent-access';
import type { CommandContext } from './context';

const invalid = (fields: Record<string, string>) => new AppError('VALIDATION_FAILED', 'The request is not valid.', fields);

/**
 * Records a consent declaration. The person gives it in the portal (`portal`); staff record one the
 * person signed on paper (`staff_recorded`), which needs the uploaded signed form. The wording must
 * be a version that may be used today; `validUntil` is the last valid day (Europe/Berlin).
 */
export async function recordConsent(ctx: CommandContext, caseId: string, input: CreateConsentBody): Promise<ConsentWithNames> {
  const today = todayOf(ctx);
  const version = findConsentTextVersion(input.textVersion);
  if (!version || !isUsableConsentTextVersion(version, today)) throw invalid({ textVersion: 'not a consent wording in use today' });
  if (input.validUntil !== undefined && input.validUntil < today) throw invalid({ validUntil: `must not be before today (${today})` });
  return ctx.db.transaction(async (tx) => {
    const { actor, asPerson, personId: ownPersonId } = await loadCaseForConsent(tx, ctx, caseId, { forUpdate: true });
    const method = asPerson ? 'portal' : 'staff_recorded';
    if (input.method && input.method !== method) {
      throw invalid({ method: asPerson ? 'the person gives consent in the portal' : 'staff record a signed form (staff_recorded); only the person consents in the portal' });
    }
    const person = await getPersonOfCase(tx, caseId, input.personId ?? (asPerson ? ownPersonId : undefined));
    if (!person) throw invalid({ personId: 'not a person of this case' });
    if (asPerson && person.id !== ownPersonId) throw invalid({ personId: 'you can consent for yourself only' });
    if (method === 'staff_recorded') {
      if (!input.formDocumentId) throw invalid({ formDocumentId: 'required: upload the signed consent form to the case first' });
      if (!(await getDocument(tx, caseId, input.formDocumentId))) throw invalid({ formDocumentId: 'not a document of this case' });
    }
    const recipients = await findOrganisationsByIds(tx, input.recipientOrganisationIds);
    if (recipients.length !== input.recipientOrganisationIds.length) throw invalid({ recipientOrganisationIds: 'contains an unknown organisation' });
    const consent = await insertConsent(tx, {
      caseId,
      personId: person.id,
      purposes: input.purposes,
      recipientOrganisationIds: input.recipientOrganisationIds,
      dataCategories: input.dataCategories,
      legalBasis: consentLegalBasis,
      textVersion: version.id,
      language: input.language,
      method,
      formDocumentId: method === 'staff_recorded' ? (input.formDocumentId ?? null) : null,
      givenAt: ctx.clock.now(),
      recordedBy: actor.userId,
      validUntil: input.validUntil ? new Date(berlinDateEnd(input.validUntil)) : null,
    });
    await recordCaseChanges(tx, ctx, caseId, [
      {
        kind: 'consent_recorded',
        data: { consentId: consent.id, personId: person.id, method, purposes: input.purposes, recipientOrganisationIds: input.recipientOrganisationIds, dataCategories: input.dataCategories, textVersion: version.id },
      },
    ]);
    const loaded = await getConsentWithNames(tx, consent.id);
    if (!loaded) throw new Error('consent vanished after insert');
    return loaded;
  });
}

