import { KolButton } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import { accountStatuses } from '../../../contract/admin-users';
import type { Role } from '../../../contract/auth';
import { SelectInput, TextInput } from '../../components/form-fields';
import { withoutOrganisation, type UserFilter } from './user-filter';

type UserFilterBarProps = {
  /** The name field as typed (the address follows after a short pause). */
  text: string;
  onText(text: string): void;
  filter: UserFilter;
  onChange(changes: Partial<Record<'organisation' | 'role' | 'status', string>>): void;
  onReset(): void;
  organisations: { id: string; name: string }[];
  someWithoutOrganisation: boolean;
  roles: Role[];
  showReset: boolean;
};

/** Name or e-mail, organisation, role and status: the filters above the user list. */
export function UserFilterBar(props: UserFilterBarProps) {
  const { t, i18n } = useTranslation();
  const collator = new Intl.Collator(i18n.language);
  const organisationOptions = props.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));
  if (props.someWithoutOrganisation) organisationOptions.push({ value: withoutOrganisation, label: t('adminUsers.filter.withoutOrganisation') });
  const roleOptions = props.roles.map((role) => ({ value: role, label: t(`roles.${role}`) })).sort((a, b) => collator.compare(a.label, b.label));
  const statusOptions = accountStatuses.map((status) => ({ value: status, label: t(`adminUsers.filter.statuses.${status}`) }));
  return (
    <div role="search" className="user-filters" aria-label={t('adminUsers.filter.label')} data-testid="user-filters">
      <TextInput form="user-filter" name="text" label={t('adminUsers.filter.text')} hint={t('adminUsers.filter.textHint')} value={props.text} onChange={props.onText} />
      <SelectInput
        form="user-filter"
        name="organisation"
        label={t('adminUsers.filter.organisation')}
        placeholder={t('adminUsers.filter.anyOrganisation')}
        options={organisationOptions}
        value={props.filter.organisation}
        onChange={(value) => props.onChange({ organisation: value })}
      />
      <SelectInput
        form="user-filter"
        name="role"
        label={t('adminUsers.filter.role')}
        placeholder={t('adminUsers.filter.anyRole')}
        options={roleOptions}
        value={props.filter.role}
        onChange={(value) => props.onChange({ role: value })}
      />
      <SelectInput
        form="user-filter"
        name="status"
        label={t('adminUsers.filter.status')}
        placeholder={t('adminUsers.filter.anyStatus')}
        options={statusOptions}
        value={props.filter.status}
        onChange={(value) => props.onChange({ status: value })}
      />
      {props.showReset && (
        <div className="user-filters__reset">
          <KolButton data-testid="user-filter-reset" _label={t('adminUsers.filter.reset')} _variant="secondary" _on={{ onClick: props.onReset }} />
        </div>
      )}
    </div>
  );
}
