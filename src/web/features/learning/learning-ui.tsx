import { KolProgress } from '@public-ui/react-v19';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseProgress } from '../../../contract/learning';
import { RequireSession } from '../../components/require-session';
import type { Loaded } from '../../components/use-load';
import { LoadState as SharedLoadState } from '../../components/load-state';
import '../../styles/learning.css';

/** Learning pages are for every signed-in person (each learns for themselves). */
export function RequireLearner({ children }: { children: () => ReactNode }) {
  return <RequireSession>{() => children()}</RequireSession>;
}

/** The progress bar of a course with its status in words (never the bar alone). */
export function CourseProgressBar({ progress, title, testId }: { progress: CourseProgress; title: string; testId?: string }) {
  const { t } = useTranslation();
  const status =
    progress.status === 'completed'
      ? t('learning.progress.completed')
      : progress.status === 'in_progress'
        ? t('learning.progress.inProgress', { done: progress.completedLessons, total: progress.totalLessons })
        : t('learning.progress.notStarted');
  return (
    <div className="course-progress" data-testid={testId} data-percent={progress.percent}>
      <KolProgress className="course-progress__bar" _label={t('learning.progress.label', { title })} _max={100} _value={progress.percent} _unit="%" _variant="bar" />
      <p className="course-progress__status">
        {progress.status === 'completed' && <span aria-hidden="true">✓ </span>}
        {status}
      </p>
    </div>
  );
}

/** The shared load states with this area's texts. */
export function LoadState<T>(props: { loaded: Loaded<T>; missing: string; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  return <SharedLoadState {...props} failed={t('learning.loadFailed')} testId="learning-missing" />;
}

/** A date and time from the API as a date in Germany, e.g. "22. November 2026". */
export function formatIssuedOn(iso: string, language: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}
