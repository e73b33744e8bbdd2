import { KolButton } from '@public-ui/react-v19';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AdminUser } from '../../../contract/admin-users';
import { UserCard, type Ask } from './user-card';
import { byName, filterOf, filterParams, hasFilter, matches, organisationsOf, pageSize, rolesOf, withoutOrganisation, type UserFilter } from './user-filter';
import { UserFilterBar } from './user-filter-bar';

/** Wait this long after the last keystroke before the address takes the typed name. */
const DEBOUNCE_MS = 300;

type UserListProps = {
  users: AdminUser[];
  selfId: string;
  onEdit(user: AdminUser): void;
  onAsk(user: AdminUser, kind: Ask): void;
};

/**
 * The accounts, filtered on the client (the list endpoint returns everyone the caller may manage),
 * by name; the filters live in the address so a reload or a shared link keeps them. The first
 * 30 cards are shown, "show more" adds 30 at a time.
 */
export function UserList({ users, selfId, onEdit, onAsk }: UserListProps) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromAddress = useMemo(() => filterOf(params), [params]);
  const [text, setText] = useState(fromAddress.text);
  // The list follows the typed text at once; the address a moment later.
  const filter: UserFilter = { ...fromAddress, text: text.trim() };
  const { organisations, someWithout } = useMemo(() => organisationsOf(users, i18n.language), [users, i18n.language]);
  const roles = useMemo(() => rolesOf(users), [users]);
  // A value in the address that names no organisation or role here filters nothing.
  const knownOrganisation = (id: string) => (id === withoutOrganisation ? someWithout : organisations.some((organisation) => organisation.id === id));
  if (filter.organisation && !knownOrganisation(filter.organisation)) filter.organisation = '';
  if (filter.role && !(roles as string[]).includes(filter.role)) filter.role = '';
  const sorted = useMemo(() => byName(users, i18n.language), [users, i18n.language]);
  const found = sorted.filter((user) => matches(user, filter));
  const filterKey = JSON.stringify(filter);
  const [shown, setShown] = useState({ key: filterKey, count: pageSize });
  const count = shown.key === filterKey ? shown.count : pageSize;
  const visible = found.slice(0, count);
  const firstAdded = useRef<number | null>(null);
  const focusTarget = useRef<HTMLHeadingElement | null>(null);

  // From the address as it is now, not as it was when this render's handlers were made: a
  // debounced name must not undo a filter chosen meanwhile (nor a reset).
  const setFilters = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(window.location.search);
    change(next);
    if (next.toString() !== new URLSearchParams(window.location.search).toString()) setParams(next, { replace: true });
  };
  const update = (changes: Partial<Record<keyof UserFilter, string>>) =>
    setFilters((next) => {
      for (const [key, value] of Object.entries(changes) as [keyof UserFilter, string][]) {
        if (value) next.set(filterParams[key], value);
        else next.delete(filterParams[key]);
      }
    });

  useEffect(() => {
    const timer = setTimeout(() => update({ text: text.trim() }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only the typed text starts the timer.
  }, [text]);

  // After "show more", the first added card's heading takes the focus (the button has moved on).
  useEffect(() => {
    if (firstAdded.current === null) return;
    focusTarget.current?.focus();
    firstAdded.current = null;
  }, [count]);

  const reset = () => {
    setText('');
    setFilters((next) => Object.values(filterParams).forEach((key) => next.delete(key)));
  };
  const isFiltered = hasFilter(filter);
  const remaining = found.length - visible.length;

  return (
    <>
      <UserFilterBar
        text={text}
        onText={setText}
        filter={filter}
        onChange={update}
        onReset={reset}
        organisations={organisations}
        someWithoutOrganisation={someWithout}
        roles={roles}
        showReset={isFiltered}
      />
      <section aria-labelledby="user-list-title">
        <h2 id="user-list-title">{t('adminUsers.count', { count: users.length })}</h2>
        <p className="user-list__found" role="status" data-testid="user-list-found" data-found={found.length}>
          {isFiltered ? t('adminUsers.filter.found', { count: users.length, found: found.length }) : ''}
        </p>
        {found.length === 0 ? (
          <p data-testid="user-list-empty">{t('adminUsers.filter.none')}</p>
        ) : (
          <ul className="user-cards" data-testid="user-list">
            {visible.map((user, index) => (
              <UserCard
                key={user.id}
                user={user}
                isSelf={user.id === selfId}
                onEdit={() => onEdit(user)}
                onAsk={(kind) => onAsk(user, kind)}
                headingRef={index === firstAdded.current ? (element) => (focusTarget.current = element) : undefined}
              />
            ))}
          </ul>
        )}
        {remaining > 0 && (
          <div className="user-list__more">
            <p data-testid="user-list-shown">{t('adminUsers.filter.shown', { count: found.length, shown: visible.length })}</p>
            <KolButton
              data-testid="user-list-more"
              _label={t('adminUsers.filter.more', { count: Math.min(pageSize, remaining) })}
              _variant="secondary"
              _on={{
                onClick: () => {
                  firstAdded.current = count;
                  setShown({ key: filterKey, count: count + pageSize });
                },
              }}
            />
          </div>
        )}
      </section>
    </>
  );
}
