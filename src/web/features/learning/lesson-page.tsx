import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Lesson } from '../../../contract/learning';
import { learningApi } from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { LoadState, RequireLearner } from './learning-ui';
import { coursePagePath, lessonPagePath, quizPagePath } from './learning-paths';
import { useLoad } from '../../components/use-load';

/** `/lernen/kurse/:id/lektionen/:lessonId`: the lesson player. */
export function LessonPage() {
  const { t } = useTranslation();
  const { id = '', lessonId = '' } = useParams();
  const { loaded } = useLoad(() => learningApi.lesson(id, lessonId), `lesson:${id}:${lessonId}`);
  usePageTitle(loaded.status === 'ready' ? `${loaded.data.title} – ${loaded.data.course.title}` : t('learning.title'));
  return (
    <RequireLearner>
      {() => (
        <div className="page learning-page lesson-page">
          {loaded.status !== 'ready' && (
            <>
              <p className="learning-back">
                <AppLink to={paths.learning} label={t('learning.course.back')} />
              </p>
              <KolHeading _level={1} _label={t('learning.title')} />
            </>
          )}
          <LoadState loaded={loaded} missing={t('learning.lesson.notFound')}>
            {(lesson) => <LessonView key={lesson.id} lesson={lesson} />}
          </LoadState>
        </div>
      )}
    </RequireLearner>
  );
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isSaving, setSaving] = useState(false);
  const [hasFailed, setFailed] = useState(false);
  const courseId = lesson.course.id;
  const onward = lesson.nextLessonId ? lessonPagePath(courseId, lesson.nextLessonId) : quizPagePath(courseId);

  const completeAndContinue = async () => {
    setSaving(true);
    setFailed(false);
    try {
      await learningApi.completeLesson(courseId, lesson.id);
      await navigate(onward);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p className="learning-back">
        <AppLink to={coursePagePath(courseId)} label={t('learning.lesson.backToCourse', { title: lesson.course.title })} />
      </p>
      <h1 id="lesson-title" className="lesson__title">
        {lesson.title}
      </h1>
      <p className="lesson__position">{t('learning.lesson.position', { position: lesson.position, count: lesson.lessonCount, minutes: lesson.minutes })}</p>
      {lesson.legalRefs.length > 0 && (
        <div className="lesson__refs">
          <h2>{t('learning.lesson.legalRefs')}</h2>
          <ul>
            {lesson.legalRefs.map((ref) => (
              <li key={ref.label}>{ref.label}</li>
            ))}
          </ul>
        </div>
      )}
      {/* Rendered from Markdown and sanitised on the server (no raw HTML, no scripts, safe links only). */}
      <div className="lesson__body" data-testid="lesson-body" dangerouslySetInnerHTML={{ __html: lesson.html }} />

      {lesson.isCompleted && (
        <p className="lesson__done" data-testid="lesson-done">
          <span aria-hidden="true">✓ </span>
          {t('learning.lesson.isDone')}
        </p>
      )}
      {hasFailed && (
        <KolAlert _type="error" _variant="msg" _alert>
          {t('learning.lesson.completeFailed')}
        </KolAlert>
      )}
      <div className="lesson__actions">
        <KolButton
          data-testid="lesson-complete"
          _label={lesson.nextLessonId ? t('learning.lesson.complete') : t('learning.lesson.completeLast')}
          _variant="primary"
          _disabled={isSaving}
          _on={{ onClick: () => void completeAndContinue() }}
        />
      </div>
      <nav className="lesson__pager" aria-label={t('learning.lesson.navLabel')}>
        {lesson.previousLessonId && <AppLink to={lessonPagePath(courseId, lesson.previousLessonId)} label={t('learning.lesson.previous')} />}
        {lesson.nextLessonId ? (
          <AppLink to={lessonPagePath(courseId, lesson.nextLessonId)} label={t('learning.lesson.next')} />
        ) : (
          <AppLink to={quizPagePath(courseId)} label={t('learning.lesson.toQuiz')} />
        )}
      </nav>
    </article>
  );
}
