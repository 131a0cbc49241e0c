import { Fragment } from 'react';
import { richParts } from './rich-text.ts';

/** Exercise text with its **bold** labels as <strong>. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {richParts(text).map((part, i) => (
        <Fragment key={i}>{part.strong ? <strong>{part.text}</strong> : part.text}</Fragment>
      ))}
    </>
  );
}
