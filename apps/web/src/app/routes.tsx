import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LoadingState } from '../shared/query-state';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { SignInPage } from './session/sign-in-page';

// One chunk per screen: an agent opening a customer does not download the offer editor.
const CustomerSearchPage = lazy(() => import('../features/customer/search/customer-search-page'));
const Customer360Page = lazy(() => import('../features/customer/customer-360-page'));
const OfferListPage = lazy(() => import('../features/offer/offer-list-page'));
const OfferEditorPage = lazy(() => import('../features/offer/offer-editor-page'));
const RunsPage = lazy(() => import('../features/runs/runs-page'));
const ModelsPage = lazy(() => import('../features/models/models-page'));

const page = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/customers" replace /> },
      { path: 'customers', element: page(<CustomerSearchPage />) },
      { path: 'customers/:customerId', element: page(<Customer360Page />) },
      { path: 'offers', element: page(<OfferListPage />) },
      { path: 'offers/new', element: page(<OfferEditorPage />) },
      { path: 'offers/:offerId', element: page(<OfferEditorPage />) },
      { path: 'models', element: page(<ModelsPage />) },
      { path: 'runs', element: page(<RunsPage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
