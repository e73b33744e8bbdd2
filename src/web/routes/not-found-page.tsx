import { KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/app-link';
import { usePageTitle } from '../components/use-page-title';
import { paths } from './paths';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="page text-page">
      <KolHeading _level={1} _label={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <AppLink to={paths.start} label={t('notFound.back')} />
      </p>
    </div>
  );
}
