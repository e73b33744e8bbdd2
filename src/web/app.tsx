import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './components/layout';
import { Loading } from './components/require-session';
import { AccessibilityPage } from './routes/accessibility-page';
import { ImprintPage } from './routes/imprint-page';
import { NotFoundPage } from './routes/not-found-page';
import { paths } from './routes/paths';
import { PrivacyPage } from './routes/privacy-page';
import { SignInPage } from './routes/sign-in-page';
import { StartPage } from './routes/start-page';
import { SessionProvider } from './session/session-context';

// The Wegweiser loads on demand: it brings the evaluation contract (and its schemas) along,
// which the other pages do not need.
const WegweiserPage = lazy(() => import('./features/wegweiser/wegweiser-page').then((module) => ({ default: module.WegweiserPage })));
// The case pages load on demand as well: only case staff need them.
const CaseListPage = lazy(() => import('./features/cases/case-list-page').then((module) => ({ default: module.CaseListPage })));
const CaseCreatePage = lazy(() => import('./features/cases/case-create-page').then((module) => ({ default: module.CaseCreatePage })));
const CasePage = lazy(() => import('./features/cases/case-page').then((module) => ({ default: module.CasePage })));
const AuditPage = lazy(() => import('./features/cases/audit-page').then((module) => ({ default: module.AuditPage })));
const DeadlineBoardPage = lazy(() => import('./features/cases/deadline-board-page').then((module) => ({ default: module.DeadlineBoardPage })));
const InboxPage = lazy(() => import('./features/cases/inbox-page').then((module) => ({ default: module.InboxPage })));

const onDemand = (element: React.JSX.Element) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: paths.start, element: <StartPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.imprint, element: <ImprintPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.wegweiser, element: onDemand(<WegweiserPage />) },
      { path: paths.cases, element: onDemand(<CaseListPage />) },
      { path: paths.newCase, element: onDemand(<CaseCreatePage />) },
      { path: `${paths.cases}/:id`, element: onDemand(<CasePage />) },
      { path: `${paths.cases}/:id/protokoll`, element: onDemand(<AuditPage />) },
      { path: paths.inbox, element: onDemand(<InboxPage />) },
      { path: paths.deadlines, element: onDemand(<DeadlineBoardPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The web app: session state around the router. */
export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
