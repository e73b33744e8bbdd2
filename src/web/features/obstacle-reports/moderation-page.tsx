import { KolAlert, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { AppLink } from '../../components/app-link';
import { RequireSession } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { PracticeDescriptions } from './practice-descriptions';
import { ReportModeration } from './report-moderation';
import { TextClearance } from './text-clearance';
import '../../styles/obstacle-reports.css';

/**
 * `/steuerung/hemmnisse`: the steering body moderates obstacles reported without a case, clears
 * the free texts of case obstacles of personal data, and reads the practice descriptions that
 * result. Administrators read everything but decide nothing.
 */
export function ObstacleModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('obstacleReports.moderation.title'));
  return <RequireSession>{(me) => <Moderation me={me} />}</RequireSession>;
}

function Moderation({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const mayDecide = me.user.roles.includes('steering');
  const mayRead = mayDecide || me.user.roles.includes('admin');
  return (
    <div className="page obstacle-moderation">
      <KolHeading _level={1} _label={t('obstacleReports.moderation.title')} />
      {!mayRead ? (
        <KolAlert _type="warning" _variant="msg">
          {t('obstacleReports.moderation.notAllowed')}
        </KolAlert>
      ) : (
        <>
          <p>{t('obstacleReports.moderation.intro')}</p>
          {!mayDecide && <p data-testid="moderation-read-only">{t('obstacleReports.moderation.readOnly')}</p>}
          <nav className="obstacle-moderation__toc" aria-label={t('obstacleReports.moderation.tocLabel')}>
            <ul>
              <li>
                <a href="#gemeldete-hemmnisse">{t('obstacleReports.reports.title')}</a>
              </li>
              <li>
                <a href="#freitexte">{t('obstacleReports.texts.title')}</a>
              </li>
              <li>
                <a href="#beschreibungen">{t('obstacleReports.descriptions.title')}</a>
              </li>
              <li>
                <AppLink to={paths.reportObstacle} label={t('obstacleReports.openReport')} />
              </li>
            </ul>
          </nav>
          <ReportModeration mayDecide={mayDecide} />
          <TextClearance mayDecide={mayDecide} />
          <PracticeDescriptions />
        </>
      )}
    </div>
  );
}
