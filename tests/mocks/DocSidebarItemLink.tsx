import React from 'react';

interface Props {
  readonly item: { readonly href: string; readonly label: string; readonly className?: string };
  readonly [key: string]: unknown;
}

// Stand-in for the theme's sidebar link: like the original, extra props land on the <a> and
// item.className on the <li>.
export default function DocSidebarItemLink({
  item,
  onItemClick: _c,
  activePath: _a,
  level: _l,
  index: _i,
  ...props
}: Props): React.ReactElement {
  return (
    <li className={['menu__list-item', item.className].filter(Boolean).join(' ')}>
      <a className="menu__link" href={item.href} {...(props as React.AnchorHTMLAttributes<HTMLAnchorElement>)}>
        {item.label}
      </a>
    </li>
  );
}
