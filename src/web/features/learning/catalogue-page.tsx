import { KolCard, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { courseAreaSchema, type CourseSummary } from '../../../contract/learning';
import { learningApi } from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CourseProgressBar, LoadState, RequireLearner } from './learning-ui';
import { coursePagePath } from './learning-paths';
import { useLoad } from '../../components/use-load';

/** `/lernen`: the courses by KommunalCampus area, each with the person's progress. */
export function CataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('learning.catalogue.title'));
  return <RequireLearner>{() => <Catalogue />}</RequireLearner>;
}

function Catalogue() {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => learningApi.courses(), 'courses');
  return (
    <div className="page learning-page">
      <KolHeading _level={1} _label={t('learning.catalogue.title')} />
      <p>{t('learning.catalogue.intro')}</p>
      <p>
        <AppLink to={paths.myLearning} label={t('learning.nav.openMyLearning')} />
      </p>
      <LoadState loaded={loaded} missing={t('learning.catalogue.empty')}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('learning.catalogue.empty')}</p>
          ) : (
            courseAreaSchema.options
              .filter((area) => items.some((course) => course.area === area))
              .map((area) => (
                <section key={area} className="learning-area" aria-labelledby={`area-${area}`} data-area={area}>
                  <h2 id={`area-${area}`}>{t(`learning.areas.${area}`)}</h2>
                  <ul className="course-grid">
                    {items
                      .filter((course) => course.area === area)
                      .map((course) => (
                        <li key={course.id} data-course-id={course.id}>
                          <CourseCard course={course} />
                        </li>
                      ))}
                  </ul>
                </section>
              ))
          )
        }
      </LoadState>
    </div>
  );
}

/** One course in a list: title, summary, facts, progress and the link to open it. */
export function CourseCard({ course }: { course: CourseSummary }) {
  const { t } = useTranslation();
  return (
    <KolCard className="course-card" _label={course.title} _level={3}>
      <p>{course.summary}</p>
      <p className="course-card__facts">{t('learning.catalogue.facts', { lessons: course.lessonCount, minutes: course.estimatedMinutes, questions: course.questionCount })}</p>
      <CourseProgressBar progress={course.progress} title={course.title} />
      <AppLink to={coursePagePath(course.id)} label={t('learning.catalogue.open', { title: course.title })} />
    </KolCard>
  );
}
