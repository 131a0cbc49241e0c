/** A run of text from exercise content, bold or not. */
export interface RichPart {
  text: string;
  strong: boolean;
}

/**
 * Exercise files write UI labels in **bold**, as the pages do. This splits a text into plain and bold runs; an
 * unpaired `**` stays as typed. Shared by the React screens and the Astro pages, so both render it alike.
 */
export function richParts(text: string): RichPart[] {
  return text
    .split(/\*\*(.+?)\*\*/s)
    .map((part, i) => ({ text: part, strong: i % 2 === 1 }))
    .filter((part) => part.text !== '');
}
