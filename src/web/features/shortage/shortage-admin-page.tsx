import { KolAlert, KolButton, KolHeading, KolInputCheckbox, KolInputFile } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShortageImport, ShortageImportProblem } from '../../../contract/shortage';
import { ApiError } from '../../api/client';
import { deleteShortageImport, fetchShortageImports, ShortageImportRefused, uploadShortageImport } from '../../api/shortage';
import { ActionFeedback, type Feedback } from '../../components/action-feedback';
import { ConfirmDialog, type Confirmation } from '../../components/confirm-dialog';
import { TextInput } from '../../components/form-fields';
import { LoadState } from '../../components/load-state';
import { RequireSession } from '../../components/require-session';
import { useLoad } from '../../components/use-load';
import { usePageTitle } from '../../components/use-page-title';
import { count, longDate } from './shortage-format';
import '../../styles/shortage.css';

const FORM = 'shortage-import';

/** `/verwaltung/engpassanalyse`: administrators import the BA's shortage analysis and manage the imports. */
export function ShortageAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('steering-shortage.admin.title'));
  return (
    <RequireSession>
      {(me) =>
        me.user.roles.includes('admin') ? (
          <ShortageAdmin />
        ) : (
          <div className="page shortage">
            <KolHeading _level={1} _label={t('steering-shortage.admin.title')} />
            <KolAlert _type="warning" _variant="msg" data-testid="shortage-admin-not-allowed">
              {t('steering-shortage.admin.notAllowed')}
            </KolAlert>
          </div>
        )
      }
    </RequireSession>
  );
}

function ShortageAdmin() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { loaded, reload } = useLoad(() => fetchShortageImports(), 'shortage-imports');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const askDelete = (item: ShortageImport) => {
    const values = { source: item.source, date: longDate(item.importedAt, language), rows: count(item.rowCount, language) };
    setConfirmation({
      title: t('steering-shortage.admin.confirmTitle'),
      text: t(item.isCurrent ? 'steering-shortage.admin.confirmText' : 'steering-shortage.admin.confirmTextOld', values),
      confirmLabel: t('steering-shortage.admin.confirm'),
      cancelLabel: t('steering-shortage.admin.cancel'),
      run: async () => {
        try {
          await deleteShortageImport(item.id);
          setFeedback({ kind: 'success', text: t('steering-shortage.admin.deleted', { source: item.source }) });
        } catch (error) {
          setFeedback({ kind: 'error', text: t('steering-shortage.admin.failed', { message: error instanceof Error ? error.message : '' }) });
        }
        await reload();
      },
    });
  };

  return (
    <div className="page shortage">
      <KolHeading _level={1} _label={t('steering-shortage.admin.title')} />
      <p>{t('steering-shortage.admin.intro')}</p>
      <UploadForm
        onImported={async (item) => {
          setFeedback({
            kind: 'success',
            text: t('steering-shortage.admin.imported', { source: item.source, rows: count(item.rowCount, language), shortage: count(item.shortageCount, language) }),
          });
          await reload();
        }}
      />
      <ActionFeedback feedback={feedback} testId="shortage-admin-feedback" />
      <section aria-labelledby="shortage-imports-title" data-testid="shortage-imports">
        <h2 id="shortage-imports-title">{t('steering-shortage.admin.listTitle')}</h2>
        <LoadState loaded={loaded} missing={t('steering-shortage.admin.notAllowed')} failed={t('steering-shortage.admin.loadFailed')} testId="shortage-imports-state">
          {(list) =>
            list.items.length === 0 ? (
              <p data-testid="shortage-imports-empty">{t('steering-shortage.admin.empty')}</p>
            ) : (
              <ul className="shortage__imports">
                {list.items.map((item) => (
                  <ImportItem key={item.id} item={item} onDelete={() => askDelete(item)} />
                ))}
              </ul>
            )
          }
        </LoadState>
      </section>
      <ConfirmDialog confirmation={confirmation} onClose={() => setConfirmation(null)} testId="shortage-delete-confirm" />
    </div>
  );
}

function ImportItem({ item, onDelete }: { item: ShortageImport; onDelete(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <li className="shortage__import" data-testid="shortage-import" data-id={item.id}>
      <h3 className="shortage__import-title">{item.source}</h3>
      <p className="shortage__marks">
        {item.isCurrent && (
          <span className="shortage__mark shortage__mark--current" data-testid="shortage-import-current">
            {t('steering-shortage.admin.current')}
          </span>
        )}
        {item.isDemo && (
          <span className="shortage__mark" data-testid="shortage-import-demo">
            {t('steering-shortage.admin.demoMark')}
          </span>
        )}
      </p>
      <p>
        {t('steering-shortage.admin.importedOn', { date: longDate(item.importedAt, language) })}
        {item.importedBy ? ` ${t('steering-shortage.admin.importedBy', { name: item.importedBy })}` : ''} · {item.fileName}
      </p>
      <p>{t('steering-shortage.admin.rows', { rows: count(item.rowCount, language), shortage: count(item.shortageCount, language) })}</p>
      {item.years.length > 0 && <p>{t('steering-shortage.admin.years', { years: item.years.join(', ') })}</p>}
      {item.regions.length > 0 && <p>{t('steering-shortage.admin.regions', { regions: item.regions.join(', ') })}</p>}
      <KolButton
        data-testid="shortage-import-delete"
        _label={t('steering-shortage.admin.deleteLabel', { source: item.source })}
        _hideLabel={false}
        _variant="danger"
        _on={{ onClick: onDelete }}
      />
    </li>
  );
}

function UploadForm({ onImported }: { onImported(item: ShortageImport): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [demo, setDemo] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ file?: string; source?: string }>({});
  const [problems, setProblems] = useState<ShortageImportProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const found: { file?: string; source?: string } = {};
    if (!file) found.file = t('steering-shortage.admin.noFile');
    if (source.trim().length < 3) found.source = t('steering-shortage.admin.badSource');
    setErrors(found);
    setProblems(null);
    setFailure(null);
    if (!file || found.source) return;
    setBusy(true);
    try {
      const item = await uploadShortageImport(file, { source: source.trim(), fileName: file.name, demo });
      setFile(null);
      setSource('');
      setDemo(false);
      setFormKey((key) => key + 1);
      await onImported(item);
    } catch (error) {
      if (error instanceof ShortageImportRefused) setProblems(error.problems);
      else if (error instanceof ApiError && error.fields?.source) setErrors({ source: error.fields.source });
      else setFailure(t('steering-shortage.admin.failed', { message: error instanceof Error ? error.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  const language = i18n.language === 'de' ? 'de' : 'en';
  return (
    <section aria-labelledby="shortage-upload-title" className="shortage__upload">
      <h2 id="shortage-upload-title">{t('steering-shortage.admin.uploadTitle')}</h2>
      <form key={formKey} noValidate onSubmit={(event) => void submit(event)} data-testid="shortage-upload">
        <KolInputFile
          id={`field-${FORM}-file`}
          data-field="file"
          _name="file"
          _label={t('steering-shortage.admin.file')}
          _hint={t('steering-shortage.admin.fileHint')}
          _accept=".csv,text/csv"
          _required
          _touched={Boolean(errors.file)}
          _msg={errors.file ? { _type: 'error', _description: errors.file } : undefined}
          _on={{ onChange: (_event: Event, value?: unknown) => setFile(value instanceof FileList ? (value[0] ?? null) : null) }}
        />
        <TextInput form={FORM} name="source" label={t('steering-shortage.admin.source')} hint={t('steering-shortage.admin.sourceHint')} required value={source} onChange={setSource} error={errors.source} />
        <KolInputCheckbox
          data-field="demo"
          _name="demo"
          _label={t('steering-shortage.admin.demo')}
          _checked={demo}
          _value={true}
          _on={{ onInput: (_event: Event, next?: unknown) => setDemo(next === true) }}
        />
        <KolButton data-testid="shortage-upload-submit" _type="submit" _variant="primary" _label={t('steering-shortage.admin.submit')} _disabled={busy} />
      </form>
      {problems && (
        <KolAlert data-testid="shortage-upload-problems" _type="error" _variant="msg" _alert _label={t('steering-shortage.admin.refused')}>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.column
                  ? t('steering-shortage.admin.problem', { line: problem.line, column: problem.column, message: problem.message[language] })
                  : t('steering-shortage.admin.problemNoColumn', { line: problem.line, message: problem.message[language] })}
              </li>
            ))}
          </ul>
        </KolAlert>
      )}
      {failure && (
        <KolAlert data-testid="shortage-upload-failed" _type="error" _variant="msg" _alert>
          {failure}
        </KolAlert>
      )}
    </section>
  );
}
