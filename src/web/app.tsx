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

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: paths.start, element: <StartPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.imprint, element: <ImprintPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      {
        path: paths.wegweiser,
        element: (
          <Suspense fallback={<Loading />}>
            <WegweiserPage />
          </Suspense>
        ),
      },
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
