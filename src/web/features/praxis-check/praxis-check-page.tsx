import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeResponse } from '../../../contract/auth';
import type { PraxisCheckReport } from '../../../contract/praxis-check';
import { ApiError } from '../../api/client';
import { praxisCheckApi, praxisCheckDownloadUrl } from '../../api/praxis-check';
import { AppLink } from '../../components/app-link';
import { DateInput, SelectInput, TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { formatDate, localized } from '../wegweiser/format';

export const praxisCheckVersionPath = (id: string, version: number) => `${paths.praxisCheck}/${encodeURIComponent(id)}/${version}`;
const FORM = 'praxis-check';

/** Who may see the page: the steering body writes, administrators read. */
export function praxisCheckAccess(me: MeResponse): 'edit' | 'read' | null {
  if (me.user.roles.includes('steering')) return 'edit';
  if (me.user.roles.includes('admin')) return 'read';
  return null;
}

/** `/steuerung/praxis-check`: the reports with their versions; the steering body starts a new one. */
export function PraxisCheckPage() {
  const { t } = useTranslation();
  usePageTitle(t('praxisCheck.title'));
  return (
    <RequireSession>
      {(me) => {
        const access = praxisCheckAccess(me);
        return (
          <div className="page praxis-check">
            <p>
              <AppLink to={paths.steering} label={t('praxisCheck.backToSteering')} />
            </p>
            <KolHeading _level={1} _label={t('praxisCheck.title')} />
            {access === null ? (
              <KolAlert _type="warning" _variant="msg" data-testid="praxis-check-forbidden">
                {t('praxisCheck.notAllowed')}
              </KolAlert>
            ) : (
              <PraxisCheckList canEdit={access === 'edit'} />
            )}
          </div>
        );
      }}
    </RequireSession>
  );
}

function PraxisCheckList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => praxisCheckApi.list(), 'praxis-check-list');
  return (
    <>
      <p>{t('praxisCheck.intro')}</p>
      {canEdit && <CreateForm />}
      <h2>{t('praxisCheck.reportsTitle')}</h2>
      <LoadState loaded={loaded} missing={t('praxisCheck.loadFailed')} failed={t('praxisCheck.loadFailed')} testId="praxis-check-missing">
        {(reports) =>
          reports.length === 0 ? (
            <p data-testid="praxis-check-empty">{t('praxisCheck.noReports')}</p>
          ) : (
            <ul className="praxis-check__reports" data-testid="praxis-check-reports">
              {reports.map((report) => (
                <ReportItem key={report.id} report={report} />
              ))}
            </ul>
          )
        }
      </LoadState>
    </>
  );
}

function ReportItem({ report }: { report: PraxisCheckReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scope = report.scopeWords.length === 0 ? t('praxisCheck.wholeNetwork') : report.scopeWords.map((item) => `${localized(item.label, language)}: ${localized(item.value, language)}`).join(' · ');
  return (
    <li className="praxis-check__report" data-testid="praxis-check-report">
      <h3>{report.title}</h3>
      <p>
        {t('praxisCheck.period', { from: formatDate(report.period.from, language), to: formatDate(report.period.to, language) })} · {scope}
      </p>
      <table className="praxis-check__versions">
        <caption className="visually-hidden">{t('praxisCheck.versionsOf', { title: report.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('praxisCheck.version')}</th>
            <th scope="col">{t('praxisCheck.status')}</th>
            <th scope="col">{t('praxisCheck.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {report.versions.map((version) => (
            <tr key={version.version} data-testid={`praxis-check-version-${version.version}`}>
              <th scope="row">{version.version}</th>
              <td>
                {version.status === 'published' && version.publishedAt
                  ? t('praxisCheck.publishedOn', { date: formatDate(version.publishedAt.slice(0, 10), language) })
                  : t('praxisCheck.draft')}
              </td>
              <td className="praxis-check__actions">
                <AppLink to={praxisCheckVersionPath(report.id, version.version)} label={version.status === 'draft' ? t('praxisCheck.edit', { version: version.version }) : t('praxisCheck.open', { version: version.version })} />
                {version.status === 'published' && (
                  <>
                    {' · '}
                    <a href={praxisCheckDownloadUrl('pdf', report.id, version.version, language)} data-testid="praxis-check-download-pdf" download>
                      {t('praxisCheck.downloadPdf', { version: version.version })}
                    </a>
                    {' · '}
                    <a href={praxisCheckDownloadUrl('csv', report.id, version.version, language)} download>
                      {t('praxisCheck.downloadCsv', { version: version.version })}
                    </a>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

type Draft = { title: string; from: string; to: string; land: string; authority: string; titleFilter: string; countryGroup: string };

function CreateForm() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const { loaded } = useLoad(() => praxisCheckApi.options(), 'praxis-check-options');
  const [draft, setDraft] = useState<Draft>({ title: '', from: '', to: '', land: '', authority: '', titleFilter: '', countryGroup: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const options = loaded.status === 'ready' ? loaded.data : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setErrors({});
    try {
      const report = await praxisCheckApi.create({
        title: draft.title,
        scope: { from: draft.from, to: draft.to, land: draft.land as never, authority: draft.authority, title: draft.titleFilter as never, countryGroup: draft.countryGroup as never },
      });
      const first = report.versions[0];
      if (first) await navigate(praxisCheckVersionPath(report.id, first.version));
    } catch (failure) {
      const error = failure instanceof ApiError ? failure : null;
      const fields: Record<string, string> = {};
      for (const [field] of Object.entries(error?.fields ?? {})) fields[field.replace(/^(body\.)?(scope\.)?/, '')] = t(`praxisCheck.errors.${field.replace(/^(body\.)?(scope\.)?/, '')}`, { defaultValue: t('praxisCheck.errors.invalid') });
      setErrors(fields);
      setProblem(t('praxisCheck.createFailed'));
    }
  };

  return (
    <form className="praxis-check__create" aria-labelledby="praxis-check-create-title" noValidate onSubmit={(event) => void submit(event)} data-testid="praxis-check-create">
      <h2 id="praxis-check-create-title">{t('praxisCheck.createTitle')}</h2>
      {problem && (
        <KolAlert _type="error" _variant="msg" data-testid="praxis-check-create-error">
          {problem}
        </KolAlert>
      )}
      <TextInput form={FORM} name="title" label={t('praxisCheck.fields.title')} required value={draft.title} onChange={set('title')} error={errors.title} />
      <div className="praxis-check__period">
        <DateInput form={FORM} name="from" label={t('praxisCheck.fields.from')} required value={draft.from} onChange={set('from')} error={errors.from} min="2000-01-01" max="2099-12-31" />
        <DateInput form={FORM} name="to" label={t('praxisCheck.fields.to')} required value={draft.to} onChange={set('to')} error={errors.to} min="2000-01-01" max="2099-12-31" />
      </div>
      {options && (
        <div className="praxis-check__filters">
          <SelectInput form={FORM} name="land" label={t('praxisCheck.fields.land')} value={draft.land} onChange={set('land')} placeholder={t('praxisCheck.all')} options={options.laender.map((land) => ({ value: land.code, label: localized(land.name, language) }))} />
          <SelectInput form={FORM} name="authority" label={t('praxisCheck.fields.authority')} value={draft.authority} onChange={set('authority')} placeholder={t('praxisCheck.all')} options={options.authorities.map((authority) => ({ value: authority.id, label: authority.name }))} />
          <SelectInput form={FORM} name="titleFilter" label={t('praxisCheck.fields.titleFilter')} value={draft.titleFilter} onChange={set('titleFilter')} placeholder={t('praxisCheck.all')} options={options.titles.map((title) => ({ value: title.id, label: localized(title.name, language) }))} />
          <SelectInput form={FORM} name="countryGroup" label={t('praxisCheck.fields.countryGroup')} value={draft.countryGroup} onChange={set('countryGroup')} placeholder={t('praxisCheck.all')} options={options.countryGroups.map((group) => ({ value: group.id, label: localized(group.name, language) }))} />
        </div>
      )}
      <KolButton data-testid="praxis-check-create-submit" _label={t('praxisCheck.create')} _type="submit" _variant="primary" />
    </form>
  );
}
