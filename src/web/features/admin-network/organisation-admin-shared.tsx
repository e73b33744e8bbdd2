import { KolButton } from '@public-ui/react-v19';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '../../../contract/auth';
import { ApiError } from '../../api/client';
import type { Feedback } from '../../components/action-feedback';

/** Admins change the network; the steering office reads it. */
export const mayEditNetwork = (me: MeResponse) => me.user.roles.includes('admin');
export const mayReadNetwork = (me: MeResponse) => me.user.roles.some((role) => role === 'admin' || role === 'steering');

/** Field names the page has a message for, in the words of the page. */
const fieldMessages = [
  'name',
  'shortName',
  'postcode',
  'localityAgs',
  'latitude',
  'longitude',
  'email',
  'phone',
  'website',
  'areaAgs',
  'escalationEmails',
  'referralDueWorkingDays',
  'openingHours',
  'serviceId',
  'capacityUpdatedOn',
  'title',
  'topic',
  'partnerIds',
  'validFrom',
  'validTo',
  'documentUrl',
] as const;
type FieldMessage = (typeof fieldMessages)[number];

/**
 * The form field a server field path belongs to: `address.postcode` → `postcode`,
 * `areaAgs.3` → `areaAgs`, `description.de` → `descriptionDe`, `internalContact.email` → `contactEmail`.
 */
export function formFieldOf(path: string): string {
  const parts = path.replace(/^body\./, '').split('.');
  const [head = '', second] = parts;
  if (head === 'address' || head === 'geo') return second ?? head;
  if (head === 'internalContact' && second) return `contact${second.charAt(0).toUpperCase()}${second.slice(1)}`;
  if ((head === 'description' || head === 'eligibility' || head === 'howToReach') && (second === 'de' || second === 'en')) return `${head}${second === 'de' ? 'De' : 'En'}`;
  return head;
}

function messageFor(field: string, t: TFunction): string {
  if (field === 'contactEmail') return t('adminNetwork.errors.email');
  if (field === 'contactPhone') return t('adminNetwork.errors.phone');
  return (fieldMessages as readonly string[]).includes(field) ? t(`adminNetwork.errors.${field as FieldMessage}`) : t('adminNetwork.errors.generic');
}

/** A refused save in the words of the page: a message per field, or one for the whole form. */
export type SaveProblem = { fields: Record<string, string>; general: string | null };

export function problemOf(error: unknown, t: TFunction): SaveProblem {
  if (error instanceof ApiError) {
    if (error.code === 'CONFLICT' && error.fields?.updatedAt) return { fields: {}, general: t('adminNetwork.errors.conflict') };
    if (error.code === 'FORBIDDEN') return { fields: {}, general: t('adminNetwork.errors.forbidden') };
    if (error.fields && Object.keys(error.fields).length > 0) {
      const fields: Record<string, string> = {};
      for (const path of Object.keys(error.fields)) {
        const field = formFieldOf(path);
        fields[field] ??= messageFor(field, t);
      }
      return { fields, general: t('adminNetwork.errors.summary') };
    }
  }
  return { fields: {}, general: t('adminNetwork.errors.failed') };
}

export const noProblem: SaveProblem = { fields: {}, general: null };

/** Runs a save: busy state, the problem in the page's words, and a success message. */
export function useSave() {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SaveProblem>(noProblem);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = async (action: () => Promise<string>): Promise<boolean> => {
    if (isBusy) return false;
    setBusy(true);
    setProblem(noProblem);
    setFeedback(null);
    try {
      const text = await action();
      setFeedback({ kind: 'success', text });
      return true;
    } catch (error) {
      const found = problemOf(error, t);
      setProblem(found);
      if (found.general) setFeedback({ kind: 'error', text: found.general });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { isBusy, problem, feedback, run, clear: () => setProblem(noProblem) };
}

/** A language's name in the page's language ("Deutsch", "Türkisch"), never the code. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'en' ? 'en' : 'de'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages offered as choices (ISO 639-1), in addition to any already stored. */
export const commonLanguages = ['de', 'en', 'fr', 'es', 'it', 'pt', 'pl', 'ro', 'bg', 'hr', 'sr', 'bs', 'sq', 'el', 'hu', 'tr', 'ar', 'fa', 'ku', 'ps', 'ru', 'uk', 'hi', 'ta', 'vi', 'zh', 'ti', 'so'];

export const languageList = (codes: readonly string[], language: string) =>
  codes.length === 0 ? null : codes.map((code) => languageName(code, language)).join(', ');

/**
 * Asks before an action with consequences and says what will happen. A native modal dialog:
 * focus moves into it, Escape cancels, the page behind is inert.
 */
export function ConfirmDialog(props: { isOpen: boolean; title: string; text: string; confirmLabel: string; testId: string; isHarmless?: boolean; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.isOpen && !dialog.open) dialog.showModal();
    if (!props.isOpen && dialog.open) dialog.close();
  }, [props.isOpen]);
  return (
    <dialog ref={ref} className="admin-network-dialog" aria-labelledby={`${props.testId}-title`} aria-describedby={`${props.testId}-text`} data-testid={props.testId} onClose={props.onCancel}>
      <h2 id={`${props.testId}-title`}>{props.title}</h2>
      <p id={`${props.testId}-text`}>{props.text}</p>
      <div className="admin-network-actions">
        <KolButton data-testid={`${props.testId}-confirm`} _label={props.confirmLabel} _variant={props.isHarmless ? 'primary' : 'danger'} _on={{ onClick: props.onConfirm }} />
        <KolButton data-testid={`${props.testId}-cancel`} _label={t('adminNetwork.common.cancel')} _variant="secondary" _on={{ onClick: props.onCancel }} />
      </div>
    </dialog>
  );
}

/** A section of the edit page: heading, a read-only summary, and (for admins) an edit form in its place. */
export function EditableSection(props: {
  id: string;
  title: string;
  canEdit: boolean;
  editing: boolean;
  onEdit(): void;
  summary: ReactNode;
  form: ReactNode;
  feedback?: ReactNode;
  intro?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="admin-network-section" aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro && <p className="admin-network-intro">{props.intro}</p>}
      {props.feedback}
      {props.editing ? (
        props.form
      ) : (
        <>
          {props.summary}
          {props.canEdit && <KolButton data-testid={`${props.id}-edit`} _label={`${t('adminNetwork.common.edit')}: ${props.title}`} _variant="secondary" _on={{ onClick: props.onEdit }} />}
        </>
      )}
    </section>
  );
}

/** A term and its value for read-only summaries; "not given" for empty values. */
export function Fact({ term, value, testId }: { term: string; value: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="admin-network-fact">
      <dt>{term}</dt>
      <dd data-testid={testId}>{value === null || value === undefined || value === '' ? t('adminNetwork.common.notStated') : value}</dd>
    </div>
  );
}
