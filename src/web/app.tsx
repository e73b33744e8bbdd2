import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Layout } from './components/layout';
import { Loading } from './components/require-session';
import { AccessibilityPage } from './routes/accessibility-page';
import { AboutLotsePage } from './features/entry-pages/about-lotse-page';
import { EasyLanguagePage } from './features/entry-pages/easy-language-page';
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
const ConsentsPage = lazy(() => import('./features/portal-privacy/consents-page').then((module) => ({ default: module.ConsentsPage })));
const DataPage = lazy(() => import('./features/portal-privacy/data-page').then((module) => ({ default: module.DataPage })));
const CaseListPage = lazy(() => import('./features/cases/case-list-page').then((module) => ({ default: module.CaseListPage })));
const CaseCreatePage = lazy(() => import('./features/cases/case-create-page').then((module) => ({ default: module.CaseCreatePage })));
const CasePage = lazy(() => import('./features/cases/case-page').then((module) => ({ default: module.CasePage })));
const AuditPage = lazy(() => import('./features/cases/audit-page').then((module) => ({ default: module.AuditPage })));
const DeadlineBoardPage = lazy(() => import('./features/cases/deadline-board-page').then((module) => ({ default: module.DeadlineBoardPage })));
const ContactRequestsPage = lazy(() => import('./features/contact-requests/contact-requests-page').then((module) => ({ default: module.ContactRequestsPage })));
const RequestDetailPage = lazy(() => import('./features/contact-requests/request-detail-page').then((module) => ({ default: module.RequestDetailPage })));
const InvitationPage = lazy(() => import('./features/portal-invitations/invitation-page').then((module) => ({ default: module.InvitationPage })));
const InboxPage = lazy(() => import('./features/cases/inbox-page').then((module) => ({ default: module.InboxPage })));
// Referrals: the boards and one referral (staff of the network organisations).
const ReferralBoardPage = lazy(() => import('./features/referrals/referral-board-page').then((module) => ({ default: module.ReferralBoardPage })));
const ReferralPage = lazy(() => import('./features/referrals/referral-page').then((module) => ({ default: module.ReferralPage })));
// Learning: courses, lessons, quiz, my learning, and the public certificate check.
const CataloguePage = lazy(() => import('./features/learning/catalogue-page').then((module) => ({ default: module.CataloguePage })));
const CoursePage = lazy(() => import('./features/learning/course-page').then((module) => ({ default: module.CoursePage })));
const LessonPage = lazy(() => import('./features/learning/lesson-page').then((module) => ({ default: module.LessonPage })));
const QuizPage = lazy(() => import('./features/learning/quiz-page').then((module) => ({ default: module.QuizPage })));
const MyLearningPage = lazy(() => import('./features/learning/my-learning-page').then((module) => ({ default: module.MyLearningPage })));
const VerificationPage = lazy(() => import('./features/learning/verification-page').then((module) => ({ default: module.VerificationPage })));

// Knowledge: home, article, editor and search (the article pages are public).
const KnowledgeHomePage = lazy(() => import('./features/knowledge/knowledge-home-page').then((module) => ({ default: module.KnowledgeHomePage })));
const ArticlePage = lazy(() => import('./features/knowledge/article-page').then((module) => ({ default: module.ArticlePage })));
const ArticleEditorPage = lazy(() => import('./features/knowledge/article-editor-page').then((module) => ({ default: module.ArticleEditorPage })));
// Administration: the yearly figures of residence law.
const LawFiguresPage = lazy(() => import('./features/law/law-figures-page').then((module) => ({ default: module.LawFiguresPage })));
// Administration: organisations, services, areas, referral rules and cooperation agreements of the network.
const OrganisationAdminListPage = lazy(() => import('./features/admin-network/organisation-admin-list-page').then((module) => ({ default: module.OrganisationAdminListPage })));
const OrganisationAdminPage = lazy(() => import('./features/admin-network/organisation-admin-page').then((module) => ({ default: module.OrganisationAdminPage })));
const NewOrganisationPage = lazy(() => import('./features/admin-network/organisation-admin-page').then((module) => ({ default: module.NewOrganisationPage })));
const AgreementAdminListPage = lazy(() => import('./features/admin-network/agreement-admin-list-page').then((module) => ({ default: module.AgreementAdminListPage })));
const AgreementAdminEditPage = lazy(() => import('./features/admin-network/agreement-admin-edit-page').then((module) => ({ default: module.AgreementAdminEditPage })));
// Network map: Cytoscape loads with this page only.
const ObstacleModerationPage = lazy(() => import('./features/obstacle-reports/moderation-page').then((module) => ({ default: module.ObstacleModerationPage })));
const ReportObstaclePage = lazy(() => import('./features/obstacle-reports/report-obstacle-page').then((module) => ({ default: module.ReportObstaclePage })));
const PraxisCheckPage = lazy(() => import('./features/praxis-check/praxis-check-page').then((module) => ({ default: module.PraxisCheckPage })));
const PraxisCheckEditorPage = lazy(() => import('./features/praxis-check/praxis-check-editor-page').then((module) => ({ default: module.PraxisCheckEditorPage })));
const NetworkMapPage = lazy(() => import('./features/network/network-map-page').then((module) => ({ default: module.NetworkMapPage })));
// Administration: users (admin, org_admin); the person's own access tokens; one-time account links (public).
const UserAdminPage = lazy(() => import('./features/admin-users/user-admin-page').then((module) => ({ default: module.UserAdminPage })));
const AccessTokensPage = lazy(() => import('./features/admin-users/access-tokens-page').then((module) => ({ default: module.AccessTokensPage })));
const AccountLinkPage = lazy(() => import('./features/admin-users/account-link-page').then((module) => ({ default: module.AccountLinkPage })));
// Network: the responsibility finder (public).
const ResponsibilityPage = lazy(() => import('./features/network/responsibility-page').then((module) => ({ default: module.ResponsibilityPage })));
const SearchPage = lazy(() => import('./features/knowledge/search-page').then((module) => ({ default: module.SearchPage })));
// Netzwerk: the public directory of organisations and an organisation's page.
const DirectoryPage = lazy(() => import('./features/network/directory-page').then((module) => ({ default: module.DirectoryPage })));
const MyJourneyPage = lazy(() => import('./features/portal/my-journey-page').then((module) => ({ default: module.MyJourneyPage })));
const MyDocumentsPage = lazy(() => import('./features/portal/my-documents-page').then((module) => ({ default: module.MyDocumentsPage })));
const OrganisationPage = lazy(() => import('./features/network/organisation-page').then((module) => ({ default: module.OrganisationPage })));
// The employer's part of the portal: hires and §81a requests.
const EmployerPage = lazy(() => import('./features/employer/employer-page').then((module) => ({ default: module.EmployerPage })));
const EmployerRequestPage = lazy(() => import('./features/employer/employer-request-page').then((module) => ({ default: module.EmployerRequestPage })));

// Steering: the dashboards (ECharts loads with a chart only).
const SteeringIndexPage = lazy(() => import('./features/steering/steering-page').then((module) => ({ default: module.SteeringIndexPage })));
const SteeringPage = lazy(() => import('./features/steering/steering-page').then((module) => ({ default: module.SteeringPage })));
const ShortagePage = lazy(() => import('./features/shortage/shortage-page').then((module) => ({ default: module.ShortagePage })));
const ShortageAdminPage = lazy(() => import('./features/shortage/shortage-admin-page').then((module) => ({ default: module.ShortageAdminPage })));

// Portal: messages with the navigator.
const MyMessagesPage = lazy(() => import('./features/messages/my-messages-page').then((module) => ({ default: module.MyMessagesPage })));

const onDemand = (element: React.JSX.Element) => <Suspense fallback={<Loading />}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: paths.start, element: <StartPage /> },
      { path: paths.signIn, element: <SignInPage /> },
      { path: paths.accessibility, element: <AccessibilityPage /> },
      { path: paths.easyLanguage, element: <EasyLanguagePage /> },
      { path: paths.plainGerman, element: <AboutLotsePage /> },
      { path: paths.imprint, element: <ImprintPage /> },
      { path: paths.privacy, element: <PrivacyPage /> },
      { path: paths.wegweiser, element: onDemand(<WegweiserPage />) },
      { path: paths.myConsents, element: onDemand(<ConsentsPage />) },
      { path: paths.myData, element: onDemand(<DataPage />) },
      { path: paths.cases, element: onDemand(<CaseListPage />) },
      { path: paths.newCase, element: onDemand(<CaseCreatePage />) },
      { path: `${paths.cases}/:id`, element: onDemand(<CasePage />) },
      { path: `${paths.cases}/:id/protokoll`, element: onDemand(<AuditPage />) },
      { path: paths.inbox, element: onDemand(<InboxPage />) },
      { path: paths.myMessages, element: onDemand(<MyMessagesPage />) },
      { path: paths.contactRequests, element: onDemand(<ContactRequestsPage />) },
      { path: `${paths.contactRequests}/:id`, element: onDemand(<RequestDetailPage />) },
      { path: `${paths.portalInvitation}/:token`, element: onDemand(<InvitationPage />) },
      { path: paths.deadlines, element: onDemand(<DeadlineBoardPage />) },
      { path: paths.referrals, element: onDemand(<ReferralBoardPage />) },
      { path: `${paths.referrals}/:id`, element: onDemand(<ReferralPage />) },
      { path: paths.learning, element: onDemand(<CataloguePage />) },
      { path: paths.myLearning, element: onDemand(<MyLearningPage />) },
      { path: `${paths.learning}/kurse/:id`, element: onDemand(<CoursePage />) },
      { path: `${paths.learning}/kurse/:id/lektionen/:lessonId`, element: onDemand(<LessonPage />) },
      { path: `${paths.learning}/kurse/:id/quiz`, element: onDemand(<QuizPage />) },
      { path: paths.certificateCheck, element: onDemand(<VerificationPage />) },
      { path: `${paths.certificateCheck}/:code`, element: onDemand(<VerificationPage />) },
      { path: paths.knowledge, element: onDemand(<KnowledgeHomePage />) },
      { path: paths.newArticle, element: onDemand(<ArticleEditorPage />) },
      { path: `${paths.knowledge}/artikel/:id`, element: onDemand(<ArticlePage />) },
      { path: `${paths.knowledge}/artikel/:id/bearbeiten`, element: onDemand(<ArticleEditorPage />) },
      { path: paths.search, element: onDemand(<SearchPage />) },
      { path: paths.lawFigures, element: onDemand(<LawFiguresPage />) },
      { path: paths.network, element: onDemand(<DirectoryPage />) },
      { path: `${paths.network}/organisationen/:id`, element: onDemand(<OrganisationPage />) },
      { path: paths.adminNetwork, element: onDemand(<OrganisationAdminListPage />) },
      { path: paths.adminNetworkNewOrganisation, element: onDemand(<NewOrganisationPage />) },
      { path: `${paths.adminNetwork}/organisationen/:id`, element: onDemand(<OrganisationAdminPage />) },
      { path: paths.adminNetworkAgreements, element: onDemand(<AgreementAdminListPage />) },
      { path: `${paths.adminNetworkAgreements}/:id`, element: onDemand(<AgreementAdminEditPage />) },
      { path: paths.networkMap, element: onDemand(<NetworkMapPage />) },
      { path: paths.reportObstacle, element: onDemand(<ReportObstaclePage />) },
      { path: paths.obstacleModeration, element: onDemand(<ObstacleModerationPage />) },
      { path: paths.praxisCheck, element: onDemand(<PraxisCheckPage />) },
      { path: `${paths.praxisCheck}/:id/:version`, element: onDemand(<PraxisCheckEditorPage />) },
      { path: paths.myJourney, element: onDemand(<MyJourneyPage />) },
      { path: paths.myDocuments, element: onDemand(<MyDocumentsPage />) },
      { path: paths.adminUsers, element: onDemand(<UserAdminPage />) },
      { path: paths.accessTokens, element: onDemand(<AccessTokensPage />) },
      { path: `${paths.accountLink}/:token`, element: onDemand(<AccountLinkPage />) },
      { path: paths.responsibility, element: onDemand(<ResponsibilityPage />) },
      { path: paths.employer, element: onDemand(<EmployerPage />) },
      { path: paths.employerNewRequest, element: onDemand(<EmployerRequestPage />) },
      { path: paths.steering, element: onDemand(<SteeringIndexPage />) },
      { path: `${paths.steering}/:view`, element: onDemand(<SteeringPage />) },
      { path: paths.shortage, element: onDemand(<ShortagePage />) },
      { path: paths.adminShortage, element: onDemand(<ShortageAdminPage />) },
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
