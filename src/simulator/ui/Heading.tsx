import type { ReactNode } from 'react';

/**
 * A heading at the level the island's place in the page calls for (h2 on /simulator/, h4 under the embed's h3).
 * `i18nKey` names the catalog key of its text, for the translators' "show in context".
 */
export function Heading({
  level,
  id,
  className,
  i18nKey,
  children,
}: {
  level: 2 | 3 | 4;
  id: string;
  className?: string;
  i18nKey?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className} data-i18n-key={i18nKey}>
      {children}
    </Tag>
  );
}
