import { berlinDate } from '../clock';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { renderCertificatePdf } from '../learning/certificate-pdf';
import { certificateVerifyUrl, courseAreaLabels } from '../learning/learning-links';
import type { CommandContext } from './context';
import { learningPurpose, loadCourse, loadOverview, requireLearner } from './learning-access';

/**
 * The caller's certificate of a course as PDF. Before the course is complete: CONFLICT naming what
 * is missing (the certificate is issued when the completion rule is first met).
 */
export async function getCourseCertificate(ctx: CommandContext, courseSlug: string): Promise<{ pdf: Buffer; code: string }> {
  const actor = requireLearner(ctx);
  const { certificate, overview } = await ctx.db.transaction(async (tx) => {
    const course = await loadCourse(tx, courseSlug);
    const overview = await loadOverview(tx, actor.userId, course);
    if (!overview.certificate) {
      const { completedLessons, totalLessons, isQuizPassed } = overview.progress;
      const missing = [
        completedLessons < totalLessons ? `${totalLessons - completedLessons} of ${totalLessons} lessons are not marked as done` : null,
        isQuizPassed ? null : `the quiz is not passed yet (at least ${course.passPercent} % needed)`,
      ].filter(Boolean);
      throw new AppError('CONFLICT', `No certificate yet: complete the course first (${missing.join('; ')}).`);
    }
    await recordAudit(tx, ctx, { action: 'learning.certificate_downloaded', subjectType: 'certificate', subjectId: overview.certificate.id, purpose: learningPurpose });
    return { certificate: overview.certificate, overview };
  });
  const pdf = await renderCertificatePdf({
    code: certificate.code,
    holderName: certificate.holderName,
    courseTitle: certificate.courseTitle,
    courseVersion: certificate.courseVersion,
    areaLabel: courseAreaLabels[overview.course.area as keyof typeof courseAreaLabels] ?? overview.course.area,
    lessonCount: overview.lessons.length,
    correct: certificate.correctCount,
    total: certificate.questionCount,
    issuedOn: berlinDate(certificate.issuedAt),
    verifyAt: certificateVerifyUrl(ctx.config, certificate.code),
  });
  return { pdf, code: certificate.code };
}
