import type { ReactNode } from 'react';

/** A heading at the level the island's place in the page calls for (h2 on /simulator/, h4 under the embed's h3). */
export function Heading({ level, id, className, children }: { level: 2 | 3 | 4; id: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
