import { KolAlert, KolButton, KolHeading } from '@public-ui/react-v19';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { caseStageSchema, residenceTitles } from '../../../contract/cases';
import { knowledgeTopics, parameterKeys, type Article, type CreateArticleBody } from '../../../contract/knowledge';
import { ApiError } from '../../api/client';
import { knowledgeApi } from '../../api/knowledge';
import { AppLink } from '../../components/app-link';
import { DateInput, SelectInput, TextareaInput, TextInput } from '../../components/form-fields';
import { RequireSession } from '../../components/require-session';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../routes/paths';
import { CheckboxGroup } from '../referrals/checkbox-group';
import { useLoad } from '../../components/use-load';
import { LegalRefsField, type LegalRefDraft } from './legal-refs-field';
import { articlePagePath } from './knowledge-paths';
import { LoadState, useIsEditor } from './knowledge-ui';

type Draft = {
  language: 'de' | 'en';
  title: string;
  summary: string;
  body: string;
  topics: string[];
  legalRefs: LegalRefDraft[];
  validFrom: string;
  validUntil: string;
  wegweiserTitles: string[];
  wegweiserConditions: string;
  caseStages: string[];
  parameters: string[];
  changeNote: string;
};

const form = 'article';

function draftOf(article: Article | null): Draft {
  return {
    language: article?.language ?? 'de',
    title: article?.title ?? '',
    summary: article?.summary ?? '',
    body: article?.body ?? '',
    topics: article?.topics ?? [],
    legalRefs: article?.legalRefs.map(({ law, section, paragraph, sentence }) => ({ law, section, paragraph: paragraph ?? '', sentence: sentence ?? '' })) ?? [],
    validFrom: article?.validFrom ?? '',
    validUntil: article?.validUntil ?? '',
    wegweiserTitles: article?.wegweiserTitles.map((title) => title.id) ?? [],
    wegweiserConditions: article?.wegweiserConditions.join(', ') ?? '',
    caseStages: article?.caseStages ?? [],
    parameters: article?.parameters ?? [],
    changeNote: '',
  };
}

/** The request body from the form; the server validates it (and names each wrong field). */
function bodyOf(draft: Draft): CreateArticleBody {
  return {
    language: draft.language,
    title: draft.title,
    summary: draft.summary,
    body: draft.body,
    topics: draft.topics as CreateArticleBody['topics'],
    legalRefs: draft.legalRefs
      .filter((ref) => ref.law.trim() || ref.section.trim())
      .map((ref) => ({
        law: ref.law.trim(),
        section: ref.section.trim(),
        ...(ref.paragraph.trim() ? { paragraph: ref.paragraph.trim() } : {}),
        ...(ref.sentence.trim() ? { sentence: ref.sentence.trim() } : {}),
      })),
    validFrom: draft.validFrom,
    validUntil: draft.validUntil || null,
    wegweiserTitles: draft.wegweiserTitles,
    wegweiserConditions: draft.wegweiserConditions.split(/[\s,]+/).filter(Boolean),
    caseStages: draft.caseStages as CreateArticleBody['caseStages'],
    parameters: draft.parameters as CreateArticleBody['parameters'],
    ...(draft.changeNote.trim() ? { changeNote: draft.changeNote.trim() } : {}),
  };
}

/** `/wissen/artikel/neu` and `/wissen/artikel/:id/bearbeiten`: the editor with a server-rendered preview. */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  usePageTitle(id ? t('knowledge.editor.editTitle') : t('knowledge.editor.newTitle'));
  return (
    <RequireSession>
      {() => (
        <div className="page knowledge-page article-editor-page">
          <p className="knowledge-back">
            <AppLink to={id ? articlePagePath(id) : paths.knowledge} label={t('knowledge.editor.back')} />
          </p>
          <EditorGate id={id} />
        </div>
      )}
    </RequireSession>
  );
}

function EditorGate({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const isEditor = useIsEditor();
  if (!isEditor) {
    return (
      <KolAlert _type="warning" _variant="msg" data-testid="editor-forbidden">
        {t('knowledge.editor.forbidden')}
      </KolAlert>
    );
  }
  return id ? <EditExisting id={id} /> : <ArticleForm article={null} />;
}

function EditExisting({ id }: { id: string }) {
  const { t } = useTranslation();
  const { loaded } = useLoad(() => knowledgeApi.get(id), `editor:${id}`);
  return (
    <LoadState loaded={loaded} missing={t('knowledge.article.notFound')}>
      {(article) => <ArticleForm article={article} />}
    </LoadState>
  );
}

function ArticleForm({ article }: { article: Article | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(article));
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; fields: [string, string][] } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const fieldError = (name: string) => problem?.fields.find(([field]) => field === name || field.startsWith(`${name}.`))?.[1];

  const showPreview = async () => setPreview(await knowledgeApi.preview(draft.body));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const saved = article ? await knowledgeApi.update(article.id, article.latestVersion, bodyOf(draft)) : await knowledgeApi.create(bodyOf(draft));
      await navigate(articlePagePath(saved.id));
    } catch (failure) {
      const error = failure instanceof ApiError ? failure : new ApiError(0, 'UNKNOWN', t('knowledge.loadFailed'));
      setProblem({ message: error.message, fields: Object.entries(error.fields ?? {}).map(([field, text]) => [field.replace(/^body\./, ''), text]) });
      setSaving(false);
      requestAnimationFrame(() => problemRef.current?.focus());
    }
  };

  const option = (prefix: string) => (value: string) => ({ value, label: t(`${prefix}.${value}`, { defaultValue: value }) });

  return (
    <>
      <KolHeading _level={1} _label={article ? t('knowledge.editor.editHeading', { title: article.title }) : t('knowledge.editor.newTitle')} />
      {problem && (
        <div ref={problemRef} tabIndex={-1} role="alert" className="error-summary" data-testid="article-error-summary">
          <p className="error-summary__title">{problem.message}</p>
          <ul>
            {problem.fields.map(([field, text]) => (
              <li key={field}>
                {t(`knowledge.fields.${field.split('.')[0]}`, { defaultValue: field })} ({field}): {text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="article-form" noValidate onSubmit={(event) => void save(event)} data-testid="article-form">
        <TextInput form={form} name="title" label={t('knowledge.fields.title')} required value={draft.title} onChange={(value) => set('title', value)} error={fieldError('title')} />
        <TextareaInput form={form} name="summary" label={t('knowledge.fields.summary')} required rows={2} value={draft.summary} onChange={(value) => set('summary', value)} error={fieldError('summary')} />
        <SelectInput
          form={form}
          name="language"
          label={t('knowledge.fields.language')}
          options={[
            { value: 'de', label: t('knowledge.editor.languageDe') },
            { value: 'en', label: t('knowledge.editor.languageEn') },
          ]}
          value={draft.language}
          onChange={(value) => set('language', value === 'en' ? 'en' : 'de')}
        />
        <CheckboxGroup name="topics" legend={t('knowledge.fields.topics')} options={knowledgeTopics.map(option('knowledge.topics'))} values={draft.topics} onChange={(values) => set('topics', values)} error={fieldError('topics')} />
        <LegalRefsField refs={draft.legalRefs} onChange={(refs) => set('legalRefs', refs)} error={fieldError('legalRefs')} />
        <div className="article-form__dates">
          <DateInput form={form} name="validFrom" label={t('knowledge.fields.validFrom')} required value={draft.validFrom} onChange={(value) => set('validFrom', value)} error={fieldError('validFrom')} />
          <DateInput form={form} name="validUntil" label={t('knowledge.fields.validUntil')} hint={t('knowledge.editor.validUntilHint')} value={draft.validUntil} onChange={(value) => set('validUntil', value)} error={fieldError('validUntil')} />
        </div>
        <TextareaInput
          form={form}
          name="body"
          label={t('knowledge.fields.body')}
          hint={t('knowledge.editor.bodyHint')}
          required
          rows={16}
          value={draft.body}
          onChange={(value) => set('body', value)}
          error={fieldError('body')}
        />
        <div className="article-form__preview-actions">
          <KolButton data-testid="show-preview" _label={t('knowledge.editor.preview')} _variant="secondary" _on={{ onClick: () => void showPreview() }} />
        </div>
        {preview !== null && (
          <section className="article-preview" aria-labelledby="article-preview-title" data-testid="article-preview">
            <h2 id="article-preview-title">{t('knowledge.editor.previewTitle')}</h2>
            {/* The server's rendering: sanitised exactly as on the article page. */}
            <div className="article__body" dangerouslySetInnerHTML={{ __html: preview }} />
          </section>
        )}
        <details className="article-form__links">
          <summary>{t('knowledge.editor.linksTitle')}</summary>
          <CheckboxGroup
            name="wegweiserTitles"
            legend={t('knowledge.fields.wegweiserTitles')}
            options={residenceTitles.map((title) => ({ value: title.id, label: title.name.de }))}
            values={draft.wegweiserTitles}
            onChange={(values) => set('wegweiserTitles', values)}
            error={fieldError('wegweiserTitles')}
          />
          <TextInput
            form={form}
            name="wegweiserConditions"
            label={t('knowledge.fields.wegweiserConditions')}
            hint={t('knowledge.editor.conditionsHint')}
            value={draft.wegweiserConditions}
            onChange={(value) => set('wegweiserConditions', value)}
            error={fieldError('wegweiserConditions')}
          />
          <CheckboxGroup name="caseStages" legend={t('knowledge.fields.caseStages')} options={caseStageSchema.options.map(option('cases.stages'))} values={draft.caseStages} onChange={(values) => set('caseStages', values)} />
          <CheckboxGroup
            name="parameters"
            legend={t('knowledge.fields.parameters')}
            hint={t('knowledge.editor.parametersHint')}
            options={parameterKeys.map(option('knowledge.parameters'))}
            values={draft.parameters}
            onChange={(values) => set('parameters', values)}
          />
        </details>
        {article && <TextInput form={form} name="changeNote" label={t('knowledge.fields.changeNote')} hint={t('knowledge.editor.changeNoteHint')} value={draft.changeNote} onChange={(value) => set('changeNote', value)} />}
        <div className="article-form__actions">
          <KolButton data-testid="save-article" _label={article ? t('knowledge.editor.saveVersion') : t('knowledge.editor.saveDraft')} _type="submit" _variant="primary" _disabled={isSaving} />
        </div>
      </form>
    </>
  );
}
