import React from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@site/src/config/clinic';
import { redirectsFor } from '@site/src/config/redirects';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { CELL_LABEL_CLASS, TABLE_CLASS } from '@site/src/plugins/rehypeTableLabels';

const FROM = 'Short or old address';
const TO = 'Opens';

/**
 * The short and old addresses this copy keeps working (src/config/redirects.ts). Marked up like
 * the Markdown tables (src/plugins/rehypeTableLabels.ts), so on a phone each row is a card.
 */
/* On phones this table is shown as cards (display: block), which makes browsers drop its table
   semantics; the explicit roles give them back to screen readers (see src/plugins/rehypeTableLabels.ts). */
/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role */
export default function RedirectList(): React.ReactElement {
  const redirects = redirectsFor(visibleModules(useClinicConfig()));
  return (
    <table data-testid="redirect-list" className={TABLE_CLASS} role="table">
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {FROM}
          </th>
          <th scope="col" role="columnheader">
            {TO}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {redirects.flatMap((r) =>
          r.from.map((from) => (
            <tr key={from} role="row">
              <th scope="row" role="rowheader">
                <code>{from}</code>
              </th>
              <td role="cell">
                <span className={`${CELL_LABEL_CLASS} search-ignore`} aria-hidden="true">
                  {TO}
                </span>
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
