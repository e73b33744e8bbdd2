import { KolHeading, KolLink } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MyLearning } from '../../../contract/learning';
import { learningApi } from '../../api/learning';
import { AppLink } from '../../components/app-link';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CourseCard } from './catalogue-page';
import { formatIssuedOn, LoadState, RequireLearner } from './learning-ui';
import { coursePagePath, verificationPagePath } from './learning-paths';
import { useLoad } from '../../components/use-load';

/** `/lernen/mein-lernen`: the onboarding path of the person's role, courses begun, certificates. */
export function MyLearningPage() {
  const { t } = useTranslation();
  usePageTitle(t('learning.mine.title'));
  return <RequireLearner>{() => <Mine />}</RequireLearner>;
}

function Mine() {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => learningApi.myLearning(), 'mine');
  return (
    <div className="page learning-page my-learning-page">
      <KolHeading _level={1} _label={t('learning.mine.title')} />
      <p>{t('learning.mine.intro')}</p>
      <p>
        <AppLink to={paths.learning} label={t('learning.nav.openCatalogue')} />
      </p>
      <LoadState loaded={loaded} missing={t('learning.loadFailed')}>
        {(mine) => <MineContent mine={mine} />}
      </LoadState>
    </div>
  );
}

function MineContent({ mine }: { mine: MyLearning }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {mine.onboardingPaths.length === 0 ? (
        <p>{t('learning.mine.noPath')}</p>
      ) : (
        mine.onboardingPaths.map((path) => (
          <section key={path.role} className="learning-area" aria-labelledby={`path-${path.role}`} data-testid="onboarding-path" data-role={path.role}>
            <h2 id={`path-${path.role}`}>{t('learning.mine.path', { title: path.title })}</h2>
            <ol className="course-grid course-grid--path">
              {path.courses.map((course) => (
                <li key={course.id} data-course-id={course.id}>
                  <CourseCard course={course} />
                </li>
              ))}
            </ol>
          </section>
        ))
      )}

      <section className="learning-area" aria-labelledby="mine-progress" data-testid="in-progress">
        <h2 id="mine-progress">{t('learning.mine.inProgress')}</h2>
        {mine.inProgress.length === 0 ? (
          <p>{t('learning.mine.noneInProgress')}</p>
        ) : (
          <ul className="plain-list">
            {mine.inProgress.map((course) => (
              <li key={course.id}>
                <AppLink to={coursePagePath(course.id)} label={course.title} /> · {t('learning.progress.percent', { percent: course.progress.percent })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="learning-area" aria-labelledby="mine-certificates" data-testid="my-certificates">
        <h2 id="mine-certificates">{t('learning.mine.certificates')}</h2>
        {mine.certificates.length === 0 ? (
          <p>{t('learning.mine.noCertificates')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="mine-certificates" tabIndex={0}>
            <table className="certificate-table">
              <thead>
                <tr>
                  <th scope="col">{t('learning.mine.course')}</th>
                  <th scope="col">{t('learning.mine.issuedOn')}</th>
                  <th scope="col">{t('learning.mine.code')}</th>
                  <th scope="col">{t('learning.mine.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.certificates.map((certificate) => (
                  <tr key={certificate.code} data-code={certificate.code}>
                    <td>
                      <AppLink to={coursePagePath(certificate.course.id)} label={certificate.course.title} />
                    </td>
                    <td>{formatIssuedOn(certificate.issuedAt, i18n.language)}</td>
                    <td>
                      <AppLink to={verificationPagePath(certificate.code)} label={certificate.code} className="certificate-code" />
                    </td>
                    <td>
                      <KolLink _href={learningApi.certificateUrl(certificate.course.id)} _label={t('learning.mine.download', { title: certificate.course.title })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
