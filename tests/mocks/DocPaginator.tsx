import React from 'react';

interface Link {
  readonly permalink: string;
  readonly title: string;
}

// Stand-in for the theme's pagination: "Previous" and "Next" links, as the original renders them.
export default function DocPaginator({
  previous,
  next,
}: {
  readonly previous?: Link;
  readonly next?: Link;
}): React.ReactElement {
  return (
    <nav aria-label="Docs pages">
      {previous && <a href={previous.permalink}>Previous {previous.title}</a>}
      {next && (
        <a href={next.permalink} data-testid="pagination-next">
          Next {next.title}
        </a>
      )}
    </nav>
  );
}
