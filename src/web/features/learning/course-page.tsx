import { KolHeading, KolLinkButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CourseDetail } from '../../../contract/learning';
import { learningApi } from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CourseProgressBar, LoadState, RequireLearner } from './learning-ui';
import { lessonPagePath, quizPagePath, verificationPagePath } from './learning-paths';
import { useLoad } from '../../components/use-load';

/** `/lernen/kurse/:id`: the lessons with done marks, progress, the quiz and the certificate. */
export function CoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { loaded } = useLoad(() => learningApi.course(id), `course:${id}`);
  usePageTitle(loaded.status === 'ready' ? loaded.data.title : t('learning.title'));
  return (
    <RequireLearner>
      {() => (
        <div className="page learning-page course-page">
          <p className="learning-back">
            <AppLink to={paths.learning} label={t('learning.course.back')} />
          </p>
          {loaded.status !== 'ready' && <KolHeading _level={1} _label={t('learning.title')} />}
          <LoadState loaded={loaded} missing={t('learning.course.notFound')}>
            {(course) => <Course course={course} />}
          </LoadState>
        </div>
      )}
    </RequireLearner>
  );
}

function Course({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const next = course.lessons.find((lesson) => lesson.id === course.nextLessonId);
  const hasStarted = course.lessons.some((lesson) => lesson.isCompleted);
  return (
    <>
      <KolHeading _level={1} _label={course.title} />
      <p className="course-page__area">{t(`learning.areas.${course.area}`)}</p>
      <p>{course.summary}</p>
      <CourseProgressBar progress={course.progress} title={course.title} testId="course-progress" />
      {next && (
        <p>
          <AppLink
            to={lessonPagePath(course.id, next.id)}
            variant="primary"
            label={hasStarted ? t('learning.course.continue', { title: next.title }) : t('learning.course.start')}
          />
        </p>
      )}

      <section aria-labelledby="course-lessons" className="course-section">
        <h2 id="course-lessons">{t('learning.course.lessons')}</h2>
        <ol className="lesson-list" data-testid="lesson-list">
          {course.lessons.map((lesson) => (
            <li key={lesson.id} data-lesson-id={lesson.id} data-done={lesson.isCompleted} className={lesson.isCompleted ? 'lesson-list__item lesson-list__item--done' : 'lesson-list__item'}>
              <AppLink to={lessonPagePath(course.id, lesson.id)} label={lesson.title} />
              <span className="lesson-list__meta">
                {t('learning.course.lessonMinutes', { minutes: lesson.minutes })} ·{' '}
                {lesson.isCompleted ? (
                  <strong className="done-mark">
                    <span aria-hidden="true">✓ </span>
                    {t('learning.course.done')}
                  </strong>
                ) : (
                  t('learning.course.open')
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="course-quiz" className="course-section" data-testid="course-quiz">
        <h2 id="course-quiz">{t('learning.course.quizTitle')}</h2>
        <p>{t('learning.course.quizIntro', { questions: course.questionCount, percent: course.passPercent })}</p>
        {course.progress.bestScorePercent !== null && (
          <p>
            {t('learning.course.quizBest', { percent: course.progress.bestScorePercent })} ·{' '}
            {course.progress.isQuizPassed ? (
              <strong className="done-mark">
                <span aria-hidden="true">✓ </span>
                {t('learning.course.quizPassed')}
              </strong>
            ) : (
              t('learning.course.quizNotPassed')
            )}
          </p>
        )}
        <AppLink to={quizPagePath(course.id)} label={t('learning.course.openQuiz')} />
      </section>

      <section aria-labelledby="course-certificate" className="course-section" data-testid="course-certificate">
        <h2 id="course-certificate">{t('learning.course.certificateTitle')}</h2>
        {course.certificate ? (
          <>
            <p>{t('learning.course.completed')}</p>
            <CertificateDownload courseId={course.id} code={course.certificate.code} />
          </>
        ) : (
          <p>{t('learning.course.certificateMissing')}</p>
        )}
      </section>
    </>
  );
}

/** The download (a plain link: the PDF is an attachment) and the code with its public check page. */
export function CertificateDownload({ courseId, code }: { courseId: string; code: string }) {
  const { t } = useTranslation();
  return (
    <div className="certificate-download">
      <p data-testid="certificate-code">{t('learning.course.certificateReady', { code })}</p>
      <p className="certificate-download__actions">
        <KolLinkButton data-testid="certificate-download" _href={learningApi.certificateUrl(courseId)} _label={t('learning.course.download')} _variant="primary" />
        <AppLink to={verificationPagePath(code)} label={t('learning.course.verifyLink')} />
      </p>
    </div>
  );
}
