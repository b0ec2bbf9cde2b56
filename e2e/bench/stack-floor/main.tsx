/**
 * The stack's floor page of `e2e/bench/live.mjs`: the floor page (../floor) built on the
 * libraries the console must use — Mantine (provider and Table), React Router, i18next and
 * TanStack Query — and nothing of the console. It asks the console's first request (a page of 50
 * clusters) and renders the inventory's 13 columns as plain cells. What it costs over the floor
 * is the stack's; what the console costs over it is the console's.
 */
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/Table.css';
import { MantineProvider, Table, Title } from '@mantine/core';
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createRoot } from 'react-dom/client';

interface Cluster {
  metadata?: { uid?: string; name?: string; creationTimestamp?: string };
  spec?: { provider?: string; type?: string; category?: string; region?: string };
  status?: { phase?: string; kubernetesVersion?: string };
}

/** The token the console keeps in sessionStorage (src/api/session.ts). */
function token(): string {
  const raw = sessionStorage.getItem('ucs:session');
  return raw ? (JSON.parse(raw) as { token: string }).token : '';
}

async function firstPage(): Promise<{ items?: Cluster[] }> {
  const response = await fetch(
    '/ucs-api/v1/clusters?order_by=create_at&order=desc&limit=50&offset=0',
    { headers: { 'X-Auth-Token': token() } },
  );
  return (await response.json()) as { items?: Cluster[] };
}

void i18next.use(initReactI18next).init({
  lng: 'en',
  resources: {
    en: { translation: { clusters: { title: 'Clusters', columns: { name: 'Name' } } } },
  },
});

const clustersQuery = queryOptions({ queryKey: ['clusters'], queryFn: firstPage });

const headers = ['Status', 'Kind', 'Provider', 'Type', 'Category', 'Fleet', 'Version', 'Nodes'];
const moreHeaders = ['Location', 'Federation', 'Created', 'Updated'];

function Clusters() {
  const { t } = useTranslation();
  const list = useQuery(clustersQuery);
  return (
    <>
      <Title>{t('clusters.title')}</Title>
      <Table>
        <thead>
          <tr>
            {[t('clusters.columns.name'), ...headers, ...moreHeaders].map((header) => (
              <th key={header}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(list.data?.items ?? []).map(({ metadata, spec, status }, index) => (
            <tr key={metadata?.uid ?? index}>
              <td>
                <a href={`/clusters/${metadata?.uid}`}>{metadata?.name}</a>
              </td>
              <td>{status?.phase}</td>
              <td>{spec?.category}</td>
              <td>{spec?.provider}</td>
              <td>{spec?.type}</td>
              <td>{spec?.category}</td>
              <td>—</td>
              <td>{status?.kubernetesVersion}</td>
              <td>—</td>
              <td>{spec?.region}</td>
              <td>—</td>
              <td>{metadata?.creationTimestamp}</td>
              <td>{metadata?.creationTimestamp}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

const queryClient = new QueryClient();
const router = createBrowserRouter([{ path: '*', element: <Clusters /> }]);
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <MantineProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
