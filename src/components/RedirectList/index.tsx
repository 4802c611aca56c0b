import React from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@site/src/config/clinic';
import { redirectsFor } from '@site/src/config/redirects';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

/** The short and old addresses this copy keeps working (src/config/redirects.ts). */
export default function RedirectList(): React.ReactElement {
  const redirects = redirectsFor(visibleModules(useClinicConfig()));
  return (
    <table data-testid="redirect-list">
      <thead>
        <tr>
          <th scope="col">Short or old address</th>
          <th scope="col">Opens</th>
        </tr>
      </thead>
      <tbody>
        {redirects.flatMap((r) =>
          r.from.map((from) => (
            <tr key={from}>
              <td>
                <code>{from}</code>
              </td>
              <td>
                {/* A suggested plan's address names the plan after "#", which is no anchor on the page. */}
                {r.to.includes('#') ? <code>{r.to}</code> : <Link to={r.to}>{r.to}</Link>}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
