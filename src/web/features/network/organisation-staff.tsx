import { useTranslation } from 'react-i18next';
import type { OrganisationStaffView } from '../../../contract/directory';
import { longDate } from './directory-format';

type Count = OrganisationStaffView['referrals']['received'];

/** What only staff of the network see: the internal contact and the referral figures (small counts hidden). */
export function OrganisationStaffSection({ staff }: { staff: OrganisationStaffView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const contact = staff.internalContact;
  const count = (value: Count) => (value.suppressed || value.value === null ? t('network.staff.fewerThanFive') : new Intl.NumberFormat(language).format(value.value));
  const { referrals } = staff;
  return (
    <section className="organisation__section organisation__staff" aria-labelledby="organisation-staff" data-testid="organisation-staff">
      <h2 id="organisation-staff">{t('network.staff.title')}</h2>
      <p className="organisation__staff-note">{t('network.staff.note')}</p>
      <h3>{t('network.staff.internalContact')}</h3>
      {contact ? (
        <dl className="organisation__facts" data-testid="internal-contact">
          {contact.name && (
            <div>
              <dt>{t('network.staff.name')}</dt>
              <dd>{contact.name}</dd>
            </div>
          )}
          {contact.email && (
            <div>
              <dt>{t('network.contact.email')}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </div>
          )}
          {contact.phone && (
            <div>
              <dt>{t('network.contact.phone')}</dt>
              <dd>{contact.phone}</dd>
            </div>
          )}
          {contact.note && (
            <div>
              <dt>{t('network.staff.contactNote')}</dt>
              <dd>{contact.note}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p>{t('network.staff.noInternalContact')}</p>
      )}
      <h3>{t('network.staff.referrals')}</h3>
      <p>{t('network.staff.period', { from: longDate(referrals.from, language), until: longDate(referrals.until, language) })}</p>
      <dl className="organisation__figures" data-testid="referral-figures">
        <div>
          <dt>{t('network.staff.received')}</dt>
          <dd>{count(referrals.received)}</dd>
        </div>
        <div>
          <dt>{t('network.staff.answeredOnTime')}</dt>
          <dd>{count(referrals.answeredOnTime)}</dd>
        </div>
        <div>
          <dt>{t('network.staff.sent')}</dt>
          <dd>{count(referrals.sent)}</dd>
        </div>
      </dl>
      <p className="organisation__staff-note">{t('network.staff.suppressedNote')}</p>
    </section>
  );
}
