import { KolButton } from '@public-ui/react-v19';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AdminUser } from '../../../contract/admin-users';
import type { Role } from '../../../contract/auth';
import type { Organisation } from '../../../contract/system';
import { ApiError } from '../../api/client';
import { SelectInput, TextInput } from '../../components/form-fields';
import { CheckboxGroup } from '../referrals/checkbox-group';

export type UserFormValues = { email: string; name: string; roles: Role[]; organisationId: string | null; locale: 'de' | 'en' };

type Props = {
  /** `invite` asks for everything; `edit` for roles and organisation of `user`. */
  mode: 'invite' | 'edit';
  user: AdminUser | null;
  isOpen: boolean;
  grantable: Role[];
  organisations: Organisation[];
  /** An organisation admin assigns their own organisation only. */
  fixedOrganisation: { id: string; name: string } | null;
  submit(values: UserFormValues): Promise<void>;
  close(): void;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The server's refusal, per field, in the page's words. */
function fieldErrors(error: ApiError, t: TFunction): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const field of Object.keys(error.fields ?? {})) {
    const name = field.split('.')[0] === 'organisationId' ? 'organisation' : (field.split('.')[0] ?? field);
    if (name === 'email') mapped.email = error.code === 'CONFLICT' ? t('adminUsers.errors.emailTaken') : t('adminUsers.errors.email');
    else if (name === 'roles') mapped.roles = error.code === 'FORBIDDEN' ? t('adminUsers.errors.rolesForbidden') : t('adminUsers.errors.roles');
    else if (name === 'organisation') mapped.organisation = error.code === 'FORBIDDEN' ? t('adminUsers.errors.organisationForbidden') : t('adminUsers.errors.organisation');
    else mapped[name] = t('adminUsers.errors.invalid');
  }
  return mapped;
}

/** Invite a person, or change the roles and organisation of one, in a modal dialog. */
export function UserFormDialog({ mode, user, isOpen, grantable, organisations, fixedOrganisation, submit, close }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<UserFormValues>({ email: '', name: '', roles: [], organisationId: null, locale: 'de' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const form = mode === 'invite' ? 'user-invite' : 'user-edit';

  // The fixed organisation is a new object on every render of the page: depend on its id only,
  // or every keystroke would reset the form.
  const fixedOrganisationId = fixedOrganisation?.id ?? null;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen) {
      setValues({
        email: '',
        name: user?.name ?? '',
        roles: user?.roles ?? [],
        organisationId: fixedOrganisationId ?? user?.organisationId ?? null,
        locale: 'de',
      });
      setErrors({});
      setFailure(null);
      if (!dialog.open) dialog.showModal();
    } else if (dialog.open) dialog.close();
  }, [isOpen, user, fixedOrganisationId]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    const required = t('adminUsers.errors.required');
    const isApplicantOnly = values.roles.length > 0 && values.roles.every((role) => role === 'applicant');
    const found: Record<string, string> = {
      ...(mode === 'invite' && !values.email.trim() ? { email: required } : {}),
      ...(mode === 'invite' && values.email.trim() && !emailPattern.test(values.email.trim()) ? { email: t('adminUsers.errors.email') } : {}),
      ...(mode === 'invite' && !values.name.trim() ? { name: required } : {}),
      ...(values.roles.length === 0 ? { roles: t('adminUsers.errors.roles') } : {}),
      ...(!isApplicantOnly && !values.organisationId ? { organisation: t('adminUsers.errors.organisation') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      await submit({ ...values, email: values.email.trim(), name: values.name.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.fields) setErrors(fieldErrors(error, t));
      // A conflict without a field: the change would leave no active admin (one's own account is not offered).
      const isRefused = error instanceof ApiError && !error.fields;
      setFailure(isRefused && error.code === 'FORBIDDEN' ? t('adminUsers.errors.forbidden') : isRefused && error.code === 'CONFLICT' ? t('adminUsers.errors.lastAdmin') : t('adminUsers.errors.failed'));
    } finally {
      setBusy(false);
    }
  };

  const organisationOptions = organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const title = mode === 'invite' ? t('adminUsers.inviteDialog.title') : t('adminUsers.editDialog.title', { name: user?.name ?? '' });

  return (
    <dialog ref={dialogRef} className="user-dialog" aria-labelledby={`${form}-title`} data-testid={`${form}-dialog`} onClose={close}>
      {isOpen && (
        <form noValidate className="case-form" onSubmit={(event) => void onSubmit(event)}>
          <h2 id={`${form}-title`}>{title}</h2>
          <p>{mode === 'invite' ? t('adminUsers.inviteDialog.intro') : t('adminUsers.editDialog.intro')}</p>
          {mode === 'invite' && (
            <>
              <TextInput form={form} name="email" label={t('adminUsers.fields.email')} required autoComplete="off" value={values.email} error={errors.email} onChange={(email) => setValues((previous) => ({ ...previous, email }))} />
              <TextInput form={form} name="name" label={t('adminUsers.fields.name')} required autoComplete="off" value={values.name} error={errors.name} onChange={(name) => setValues((previous) => ({ ...previous, name }))} />
            </>
          )}
          <CheckboxGroup
            name="roles"
            legend={t('adminUsers.fields.roles')}
            options={grantable.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            values={values.roles}
            error={errors.roles}
            onChange={(roles) => setValues((previous) => ({ ...previous, roles: roles as Role[] }))}
          />
          {fixedOrganisation ? (
            <p className="user-fixed-organisation">
              <strong>{t('adminUsers.fields.organisation')}:</strong> {fixedOrganisation.name}
            </p>
          ) : (
            <SelectInput
              form={form}
              name="organisation"
              label={t('adminUsers.fields.organisation')}
              placeholder={t('adminUsers.noOrganisation')}
              value={values.organisationId ?? ''}
              error={errors.organisation}
              options={organisationOptions}
              onChange={(organisationId) => setValues((previous) => ({ ...previous, organisationId: organisationId || null }))}
            />
          )}
          {mode === 'invite' && (
            <SelectInput
              form={form}
              name="locale"
              label={t('adminUsers.fields.locale')}
              value={values.locale}
              options={[
                { value: 'de', label: t('adminUsers.languages.de') },
                { value: 'en', label: t('adminUsers.languages.en') },
              ]}
              onChange={(locale) => setValues((previous) => ({ ...previous, locale: locale === 'en' ? 'en' : 'de' }))}
            />
          )}
          {failure && (
            <p className="referral-error" role="alert" data-testid={`${form}-failure`}>
              {failure}
            </p>
          )}
          <div className="case-form__actions">
            <KolButton data-testid={`${form}-submit`} _type="submit" _variant="primary" _disabled={isBusy} _label={mode === 'invite' ? t('adminUsers.inviteDialog.submit') : t('adminUsers.editDialog.submit')} />
            <KolButton data-testid={`${form}-cancel`} _variant="secondary" _label={t('adminUsers.inviteDialog.cancel')} _on={{ onClick: close }} />
          </div>
        </form>
      )}
    </dialog>
  );
}
