/**
 * The floor page of `e2e/bench/live.mjs`: the least a Vite + React page can do to show the
 * first page of the cluster inventory. It asks the same proxy path as the console, with the
 * console's session token, for the first 25 clusters, and renders their names as table rows.
 * Built apart from the app (see live.mjs), so only the app differs between the two.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface ClusterList {
  items?: { metadata?: { uid?: string; name?: string } }[];
}

/** The token the console keeps in sessionStorage (src/api/session.ts). */
function token(): string {
  const raw = sessionStorage.getItem('ucs:session');
  return raw ? (JSON.parse(raw) as { token: string }).token : '';
}

// Requested as the module starts, in parallel with the first render.
const firstPage: Promise<ClusterList> = fetch('/ucs-api/v1/clusters?limit=25&offset=0', {
  headers: { 'X-Auth-Token': token() },
}).then((response) => response.json() as Promise<ClusterList>);

function Clusters() {
  const [items, setItems] = useState<NonNullable<ClusterList['items']>>([]);
  useEffect(() => {
    let current = true;
    void firstPage.then((page) => {
      if (current) setItems(page.items ?? []);
    });
    return () => {
      current = false;
    };
  }, []);
  return (
    <table>
      <thead>
        <tr>
          <th>Name</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.metadata?.uid ?? index}>
            <td>{item.metadata?.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Clusters />);
