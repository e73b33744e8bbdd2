import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { praxisCheckSections, type PraxisCheckVersion } from '../../../contract/praxis-check';
import { ApiError } from '../../api/client';
import { praxisCheckApi, praxisCheckDownloadUrl } from '../../api/praxis-check';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { AppLink } from '../../components/app-link';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { TextareaInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { formatDate, localized } from '../wegweiser/format';
import { praxisCheckAccess, praxisCheckVersionPath } from './praxis-check-page';

type Section = (typeof praxisCheckSections)[number];

/** `/steuerung/praxis-check/:id/:version`: one version; the draft is edited section by section. */
export function PraxisCheckEditorPage() {
  const { t } = useTranslation();
  const { id = '', version = '1' } = useParams();
  usePageTitle(t('praxisCheck.editorTitle'));
  return (
    <RequireSession>
      {(me) => {
        const access = praxisCheckAccess(me);
        return (
          <div className="page praxis-check">
            <p>
              <AppLink to={paths.praxisCheck} label={t('praxisCheck.backToList')} />
            </p>
            {access === null ? (
              <KolAlert _type="warning" _variant="msg" data-testid="praxis-check-forbidden">
                {t('praxisCheck.notAllowed')}
              </KolAlert>
            ) : (
              <VersionLoader id={id} version={Number(version)} canEdit={access === 'edit'} />
            )}
          </div>
        );
      }}
    </RequireSession>
  );
}

function VersionLoader({ id, version, canEdit }: { id: string; version: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => praxisCheckApi.version(id, version), `praxis-check-${id}-${version}`);
  return (
    <LoadState loaded={loaded} missing={t('praxisCheck.loadFailed')} failed={t('praxisCheck.loadFailed')} testId="praxis-check-missing">
      {(data) => <VersionEditor key={`${data.reportId}-${data.version}`} initial={data} canEdit={canEdit} />}
    </LoadState>
  );
}

function VersionEditor({ initial, canEdit }: { initial: PraxisCheckVersion; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const [version, setVersion] = useState(initial);
  const [texts, setTexts] = useState<Record<Section, string>>(initial.sections as Record<Section, string>);
  const [previews, setPreviews] = useState<Partial<Record<Section, string>>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const editable = canEdit && version.status === 'draft';
  const dirty = praxisCheckSections.some((section) => texts[section] !== version.sections[section]);
  const failure = (error: unknown) =>
    setFeedback({ kind: 'error', text: error instanceof ApiError && error.status === 409 ? t('praxisCheck.conflict') : t('praxisCheck.saveFailed') });

  const save = async (): Promise<PraxisCheckVersion | null> => {
    try {
      const saved = await praxisCheckApi.save(version.reportId, version.version, version.editedAt, texts);
      setVersion(saved);
      setFeedback({ kind: 'success', text: t('praxisCheck.saved') });
      return saved;
    } catch (error) {
      failure(error);
      return null;
    }
  };

  const askPublish = () =>
    setConfirmation({
      title: t('praxisCheck.publishTitle'),
      text: t('praxisCheck.publishText', { version: version.version }),
      confirmLabel: t('praxisCheck.publishConfirm'),
      cancelLabel: t('praxisCheck.cancel'),
      run: async () => {
        const current = dirty ? await save() : version;
        if (!current) return;
        try {
          const published = await praxisCheckApi.publish(current.reportId, current.version, current.editedAt);
          setVersion(published);
          setFeedback({ kind: 'success', text: t('praxisCheck.publishedNow', { version: published.version }) });
        } catch (error) {
          failure(error);
        }
      },
    });

  const startDraft = async () => {
    try {
      const draft = await praxisCheckApi.startDraft(version.reportId);
      await navigate(praxisCheckVersionPath(draft.reportId, draft.version));
    } catch (error) {
      failure(error);
    }
  };

  return (
    <>
      <KolHeading _level={1} _label={t('praxisCheck.versionHeading', { version: version.version })} />
      <p data-testid="praxis-check-status">
        {version.status === 'published' && version.publishedAt
          ? t('praxisCheck.frozen', { date: formatDate(version.publishedAt.slice(0, 10), language) })
          : t('praxisCheck.draftStatus', { date: formatDate(version.editedAt.slice(0, 10), language) })}
      </p>
      {version.status === 'published' && (
        <p className="praxis-check__actions">
          <a href={praxisCheckDownloadUrl('pdf', version.reportId, version.version, language)} data-testid="praxis-check-download-pdf" download>
            {t('praxisCheck.downloadPdf', { version: version.version })}
          </a>
          {' · '}
          <a href={praxisCheckDownloadUrl('csv', version.reportId, version.version, language)} download>
            {t('praxisCheck.downloadCsv', { version: version.version })}
          </a>
          {canEdit && (
            <>
              {' '}
              <KolButton data-testid="praxis-check-new-draft" _label={t('praxisCheck.newDraft')} _variant="secondary" _on={{ onClick: () => void startDraft() }} />
            </>
          )}
        </p>
      )}
      <ActionFeedback feedback={feedback} testId="praxis-check-feedback" />
      {praxisCheckSections.map((section) => {
        const name = localized(version.sectionNames[section], language);
        return (
          <section key={section} className="praxis-check__section" aria-labelledby={`praxis-section-${section}`} data-testid={`praxis-section-${section}`}>
            <h2 id={`praxis-section-${section}`}>{name}</h2>
            {editable ? (
              <>
                <TextareaInput
                  form="praxis-check-editor"
                  name={section}
                  label={t('praxisCheck.sectionText', { name })}
                  hint={t('praxisCheck.markdownHint')}
                  rows={8}
                  value={texts[section]}
                  onChange={(value) => setTexts((current) => ({ ...current, [section]: value }))}
                />
                <KolButton
                  data-testid={`praxis-preview-${section}`}
                  _label={t('praxisCheck.preview', { name })}
                  _variant="secondary"
                  _on={{ onClick: () => void praxisCheckApi.preview(texts[section]).then((html) => setPreviews((current) => ({ ...current, [section]: html }))) }}
                />
                {previews[section] !== undefined && (
                  <div className="article-preview" data-testid={`praxis-preview-result-${section}`}>
                    <p className="praxis-check__preview-label">{t('praxisCheck.previewTitle')}</p>
                    {/* The server's rendering: sanitised exactly as an article page. */}
                    <div className="article__body" dangerouslySetInnerHTML={{ __html: previews[section] ?? '' }} />
                  </div>
                )}
              </>
            ) : version.sections[section].trim() === '' ? (
              <p>{t('praxisCheck.emptySection')}</p>
            ) : (
              <div className="article__body" dangerouslySetInnerHTML={{ __html: version.html[section] }} />
            )}
          </section>
        );
      })}
      {editable && (
        <div className="praxis-check__editor-actions">
          <KolButton data-testid="praxis-check-save" _label={t('praxisCheck.save')} _variant="primary" _on={{ onClick: () => void save() }} />
          <KolButton data-testid="praxis-check-publish" _label={t('praxisCheck.publish')} _variant="secondary" _on={{ onClick: askPublish }} />
        </div>
      )}
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="praxis-check-publish-dialog" />
    </>
  );
}
