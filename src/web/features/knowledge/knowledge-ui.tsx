import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDiff, ArticleStatus } from '../../../contract/knowledge';
import { useSession } from '../../session/session-context';
import type { Loaded } from '../../components/use-load';
import { LoadState as SharedLoadState } from '../../components/load-state';
import '../../styles/knowledge.css';

/** Whether the signed-in person is an editor (writes, reviews, sees drafts). */
export function useIsEditor(): boolean {
  const { session } = useSession();
  return session.status === 'signed-in' && session.me.user.roles.includes('editor');
}

/** The workflow status in words (with a sign, never colour alone). */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`article-status article-status--${status}`} data-testid="article-status" data-status={status}>
      {t(`knowledge.status.${status}`)}
    </span>
  );
}

/** A date (YYYY-MM-DD) or instant from the API as a German or English date. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(date);
}

/** The shared load states with this area's texts. */
export function LoadState<T>(props: { loaded: Loaded<T>; missing: string; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  return <SharedLoadState {...props} failed={t('knowledge.loadFailed')} testId="knowledge-missing" />;
}

/** Changed fields and the line diff between two versions; added and removed lines are also marked in words. */
export function DiffView({ diff }: { diff: ArticleDiff }) {
  const { t } = useTranslation();
  return (
    <div className="article-diff" data-testid="article-diff">
      <p className="article-diff__summary">{t('knowledge.diff.summary', { from: diff.from, to: diff.to, added: diff.added, removed: diff.removed })}</p>
      {diff.fields.length > 0 && (
        <dl className="article-diff__fields">
          {diff.fields.map((change) => (
            <div key={change.field}>
              <dt>{t(`knowledge.fields.${change.field}`, { defaultValue: change.field })}</dt>
              <dd>
                <del>{change.before || t('knowledge.diff.empty')}</del> → <ins>{change.after || t('knowledge.diff.empty')}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <ol className="article-diff__lines" aria-label={t('knowledge.diff.linesLabel')}>
        {diff.lines.map((line, index) => (
          <li key={index} className={`diff-line diff-line--${line.kind}`} data-kind={line.kind}>
            <span className="diff-line__sign" aria-hidden="true">
              {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
            </span>
            <span className="visually-hidden">{line.kind === 'unchanged' ? '' : t(`knowledge.diff.${line.kind}`)}</span>
            {line.kind === 'added' ? <ins>{line.text}</ins> : line.kind === 'removed' ? <del>{line.text}</del> : <span>{line.text}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
