import { normaliseVerificationCode } from '../../domain/learning/index';
import { recordAudit } from '../audit/record-audit';
import { berlinDate } from '../clock';
import { getCertificateByCode } from '../db/repositories/learning-progress.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { learningPurpose } from './learning-access';

export type CertificateCheck = { code: string; holderName: string; courseTitle: string; courseVersion: number; issuedOn: string };

/**
 * Public check of a verification code: holder name, course and date for a real certificate,
 * NOT_FOUND for an unknown one. A code that cannot exist (wrong length or check character) is a
 * validation error, so a typo is told apart from a forgery. Each successful check is audited:
 * it discloses a name to someone outside the organisation.
 */
export async function verifyCertificate(ctx: CommandContext, typedCode: string): Promise<CertificateCheck> {
  const code = normaliseVerificationCode(typedCode);
  if (!code) {
    throw new AppError('VALIDATION_FAILED', 'This is not a valid verification code; check it for typos.', {
      'params.code': 'must be 16 characters (0–9 and A–Z without I, L, O, U) with a matching check character, e.g. 7K2M-Q9XD-4HRT-B8WC',
    });
  }
  return ctx.db.transaction(async (tx) => {
    const certificate = await getCertificateByCode(tx, code);
    if (!certificate) throw new AppError('NOT_FOUND', 'No certificate has this verification code.');
    await recordAudit(tx, ctx, { action: 'learning.certificate_verified', subjectType: 'certificate', subjectId: certificate.id, purpose: learningPurpose });
    return {
      code: certificate.code,
      holderName: certificate.holderName,
      courseTitle: certificate.courseTitle,
      courseVersion: certificate.courseVersion,
      issuedOn: berlinDate(certificate.issuedAt),
    };
  });
}
