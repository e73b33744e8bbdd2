import { KolButton, KolHeading } from '@public-ui/react-v19';
import { useTranslation } from 'react-i18next';
import type { DemoAccountsResponse } from '../../contract/auth';

export type DemoAccount = DemoAccountsResponse['accounts'][number];

type DemoAccountsTableProps = {
  demo: DemoAccountsResponse;
  onUse(account: DemoAccount): void;
};

/** The demo accounts (demo mode only), each with a button that fills in the sign-in form. */
export function DemoAccountsTable({ demo, onUse }: DemoAccountsTableProps) {
  const { t } = useTranslation();
  return (
    <section className="demo-accounts" aria-label={t('signIn.demo.title')}>
      <KolHeading _level={2} _label={t('signIn.demo.title')} />
      <p>{t('signIn.demo.intro', { password: demo.password })}</p>
      {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
      <div className="table-scroll" role="region" aria-label={t('signIn.demo.caption')} tabIndex={0}>
        <table className="data-table" data-testid="demo-accounts">
          <caption>{t('signIn.demo.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signIn.demo.name')}</th>
              <th scope="col">{t('signIn.demo.email')}</th>
              <th scope="col">{t('signIn.demo.role')}</th>
              <th scope="col">{t('signIn.demo.organisation')}</th>
              <th scope="col">{t('signIn.demo.action')}</th>
            </tr>
          </thead>
          <tbody>
            {demo.accounts.map((account) => (
              <tr key={account.email} data-email={account.email}>
                <th scope="row">{account.name}</th>
                <td>{account.email}</td>
                <td>{t(`roles.${account.role}`)}</td>
                <td>{account.organisationName ?? t('signIn.demo.noOrganisation')}</td>
                <td>
                  {/* Visible "Use"; the accessible name also says whose details. */}
                  <KolButton _label="" _variant="secondary" _on={{ onClick: () => onUse(account) }}>
                    <span slot="expert">
                      <span aria-hidden="true">{t('signIn.demo.use')}</span>
                      <span className="visually-hidden">{t('signIn.demo.useFor', { name: account.name })}</span>
                    </span>
                  </KolButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
