/** Text and attribute values for the XML the build writes (manifests, course structures). */
export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An exercise's text without the `**` that marks UI labels (titles and descriptions in a manifest are plain). */
export const plain = (text: string) => text.replace(/\*\*/g, '');
