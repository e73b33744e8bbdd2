import { KolButton, KolInputCheckbox } from '@public-ui/react-v19';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminArea, AdminOrganisation } from '../../../contract/admin-network';
import { adminNetworkApi } from '../../api/admin-network';
import { ActionFeedback } from '../../components/action-feedback';
import { SelectInput, TextareaInput } from '../../components/form-fields';
import { AreaPicker } from './organisation-admin-area-picker';
import { ConfirmDialog, EditableSection, Fact, useSave } from './organisation-admin-shared';

type SectionProps = { organisation: AdminOrganisation; canEdit: boolean; onSaved(next: AdminOrganisation): void };

/** The area of responsibility: places, districts and Länder by name (stored as AGS), or nationwide. */
export function AreasSection({ organisation, canEdit, onSaved, choices }: SectionProps & { choices: AdminArea[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const [draft, setDraft] = useState<{ areas: AdminArea[]; isNationwide: boolean } | null>(null);
  const save = useSave();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    await save.run(async () => {
      onSaved(await adminNetworkApi.updateOrganisation(organisation.id, { updatedAt: organisation.updatedAt, areaAgs: draft.areas.map((area) => area.ags), isNationwide: draft.isNationwide }));
      setDraft(null);
      return t('adminNetwork.common.saved');
    });
  };
  return (
    <EditableSection
      id="organisation-areas"
      title={t('adminNetwork.areas.title')}
      intro={t('adminNetwork.areas.intro')}
      canEdit={canEdit}
      editing={draft !== null}
      onEdit={() => {
        save.clear();
        setDraft({ areas: organisation.areas, isNationwide: organisation.isNationwide });
      }}
      feedback={<ActionFeedback feedback={save.feedback} testId="organisation-areas-feedback" />}
      summary={
        <>
          {organisation.isNationwide && <p>{t('adminNetwork.areas.nationwideValue')}</p>}
          {organisation.areas.length === 0 ? (
            <p>{t('adminNetwork.areas.empty')}</p>
          ) : (
            <ul className="admin-network-list" data-testid="organisation-areas-list">
              {organisation.areas.map((area) => (
                <li key={area.ags}>
                  {area.name[language]} <span className="admin-network-muted">({t(`adminNetwork.areas.level.${area.level}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </>
      }
      form={
        draft && (
          <form noValidate className="case-form admin-network-form" data-testid="organisation-areas-form" onSubmit={(event) => void submit(event)}>
            <KolInputCheckbox
              _name="isNationwide"
              _label={t('adminNetwork.areas.nationwide')}
              _checked={draft.isNationwide}
              _value={true}
              _on={{ onInput: (_event: Event, next?: unknown) => setDraft({ ...draft, isNationwide: next === true }) }}
            />
            <AreaPicker form="organisation" name="areaAgs" value={draft.areas} choices={choices} onChange={(areas) => setDraft({ ...draft, areas })} error={save.problem.fields.areaAgs} />
            <div className="admin-network-actions">
              <KolButton data-testid="organisation-areas-save" _label={t('adminNetwork.common.save')} _type="submit" _variant="primary" _disabled={save.isBusy} />
              <KolButton _label={t('adminNetwork.common.cancel')} _variant="secondary" _on={{ onClick: () => setDraft(null) }} />
            </div>
          </form>
        )
      }
    />
  );
}

/** The referral rule: working days to answer and the escalation addresses. */
export function RuleSection({ organisation, canEdit, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<{ days: string; emails: string } | null>(null);
  const save = useSave();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    const escalationEmails = draft.emails
      .split(/[\n,;]+/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    await save.run(async () => {
      onSaved(await adminNetworkApi.updateOrganisation(organisation.id, { updatedAt: organisation.updatedAt, referralDueWorkingDays: Number(draft.days), escalationEmails }));
      setDraft(null);
      return t('adminNetwork.common.saved');
    });
  };
  return (
    <EditableSection
      id="organisation-rule"
      title={t('adminNetwork.rule.title')}
      intro={t('adminNetwork.rule.intro')}
      canEdit={canEdit}
      editing={draft !== null}
      onEdit={() => {
        save.clear();
        setDraft({ days: String(organisation.referralDueWorkingDays), emails: organisation.escalationEmails.join('\n') });
      }}
      feedback={<ActionFeedback feedback={save.feedback} testId="organisation-rule-feedback" />}
      summary={
        <dl className="admin-network-facts">
          <Fact term={t('adminNetwork.rule.dueDays')} value={t('adminNetwork.rule.days', { count: organisation.referralDueWorkingDays })} testId="organisation-rule-days" />
          <Fact term={t('adminNetwork.rule.escalation')} value={organisation.escalationEmails.length > 0 ? organisation.escalationEmails.join(', ') : t('adminNetwork.rule.noEscalation')} />
        </dl>
      }
      form={
        draft && (
          <form noValidate className="case-form admin-network-form" data-testid="organisation-rule-form" onSubmit={(event) => void submit(event)}>
            <SelectInput
              form="organisation-rule"
              name="referralDueWorkingDays"
              label={t('adminNetwork.rule.dueDays')}
              value={draft.days}
              onChange={(days) => setDraft({ ...draft, days })}
              options={Array.from({ length: 10 }, (_, index) => ({ value: String(index + 1), label: t('adminNetwork.rule.days', { count: index + 1 }) }))}
              error={save.problem.fields.referralDueWorkingDays}
            />
            <TextareaInput
              form="organisation-rule"
              name="escalationEmails"
              label={t('adminNetwork.rule.escalation')}
              hint={t('adminNetwork.rule.escalationHint')}
              value={draft.emails}
              onChange={(emails) => setDraft({ ...draft, emails })}
              error={save.problem.fields.escalationEmails}
            />
            <div className="admin-network-actions">
              <KolButton data-testid="organisation-rule-save" _label={t('adminNetwork.common.save')} _type="submit" _variant="primary" _disabled={save.isBusy} />
              <KolButton _label={t('adminNetwork.common.cancel')} _variant="secondary" _on={{ onClick: () => setDraft(null) }} />
            </div>
          </form>
        )
      }
    />
  );
}

/** Active or deactivated, and the change with a confirmation that says what happens. */
export function StateSection({ organisation, canEdit, onSaved }: SectionProps) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const save = useSave();
  const willActivate = !organisation.isActive;
  const confirm = async () => {
    setAsking(false);
    await save.run(async () => {
      onSaved(await adminNetworkApi.setOrganisationActive(organisation.id, willActivate, organisation.updatedAt));
      return willActivate ? t('adminNetwork.state.reactivated', { name: organisation.name }) : t('adminNetwork.state.deactivated', { name: organisation.name });
    });
  };
  return (
    <section className="admin-network-section" aria-labelledby="organisation-state-title" data-testid="organisation-state">
      <h2 id="organisation-state-title">{t('adminNetwork.state.title')}</h2>
      <ActionFeedback feedback={save.feedback} testId="organisation-state-feedback" />
      <p data-testid="organisation-state-text">{organisation.isActive ? t('adminNetwork.state.active') : t('adminNetwork.state.inactive')}</p>
      {canEdit && (
        <KolButton
          data-testid="organisation-state-toggle"
          _label={willActivate ? t('adminNetwork.state.reactivate') : t('adminNetwork.state.deactivate')}
          _variant={willActivate ? 'primary' : 'danger'}
          _disabled={save.isBusy}
          _on={{ onClick: () => setAsking(true) }}
        />
      )}
      <ConfirmDialog
        isOpen={isAsking}
        isHarmless={willActivate}
        testId="organisation-state-confirm"
        title={willActivate ? t('adminNetwork.state.confirmReactivateTitle', { name: organisation.name }) : t('adminNetwork.state.confirmDeactivateTitle', { name: organisation.name })}
        text={willActivate ? t('adminNetwork.state.confirmReactivate') : t('adminNetwork.state.confirmDeactivate')}
        confirmLabel={willActivate ? t('adminNetwork.state.reactivate') : t('adminNetwork.state.deactivate')}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
