import React, { useEffect, useState } from 'react';
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useHistory } from '@docusaurus/router';
import { repairEncodedHash } from '@site/src/course/linkCodec';
import { NOT_FOUND_TEXT } from '@locale/notFound';

type Props = WrapperProps<typeof ContentType>;

/**
 * A plan or summary link whose "#" was turned into "%23" (by a mail program or chat app) asks the
 * server for a page that does not exist. Here the 404 page recognizes it and opens the right page,
 * with the plan or summary after "#" as it should be. Any other missing page is left as it is.
 */
export default function ContentWrapper(props: Props): React.ReactElement {
  const history = useHistory();
  const [repairing, setRepairing] = useState(false);
  useEffect(() => {
    const fixed = repairEncodedHash(window.location.pathname, window.location.hash);
    if (!fixed) return;
    setRepairing(true);
    history.replace(`${fixed.path}${window.location.search}${fixed.hash}`);
  }, [history]);
  if (repairing) {
    return (
      <main className="container margin-vert--xl">
        <p role="status">{NOT_FOUND_TEXT.repairing}</p>
      </main>
    );
  }
  return <Content {...props} />;
}
