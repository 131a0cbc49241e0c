import { SyntaxValidator } from 'fast-xml-validator';
import xliff2js, { type ParsedXliff } from 'xliff/xliff2js';
import { XliffImportError } from './import-error.ts';

const XLIFF_2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/** What the validator throws: a message, and the place. */
interface SyntaxError {
  message: string;
  line?: number;
  col?: number;
}

/**
 * Well-formedness is checked with a validator first, because the XML reader inside the `xliff` package lets a
 * cut-off file through (it notes the error and carries on), and the import would then blame missing units.
 */
function checkWellFormed(xml: string): string | undefined {
  try {
    SyntaxValidator.validate(xml);
    return undefined;
  } catch (error) {
    const { message, line, col } = error as SyntaxError;
    // At the end of the text the validator lists the elements still open; say so in words.
    const open = /^Invalid '\[(.*)\]' found\.?$/s.exec(message);
    const reason = open
      ? `the file ends before these elements are closed: ${open[1]!.replace(/\s+/g, '')} (is it cut off?)`
      : message;
    const where = open || !line ? '' : ` at line ${line}${col ? `, column ${col}` : ''}`;
    return `it is not well-formed XML${where}: ${reason}`;
  }
}

/** The root element's name and attributes. Only called on well-formed XML, where the first start tag is the root. */
function rootElement(xml: string): { name: string; attributes: Record<string, string> } | undefined {
  const tag = /<(?![?!])([\w:.-]+)([^>]*)>/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  if (!tag) return undefined;
  const attributes = Object.fromEntries(
    [...tag[2]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!, m[2] ?? m[3] ?? '']),
  );
  return { name: tag[1]!, attributes };
}

/**
 * Parses an XLIFF file with the `xliff` package and makes sure it is well-formed XLIFF 2.0 with units in it;
 * anything else is refused with a message saying what the file is instead.
 */
export function readXliff2(xml: string): ParsedXliff & { resources: NonNullable<ParsedXliff['resources']> } {
  const refuse = (message: string): never => {
    throw new XliffImportError([{ message }]);
  };
  if (typeof xml !== 'string' || xml.trim() === '') refuse('the file is empty');
  // Entities a DOCTYPE declares can read files (file:///etc/passwd) or grow without end: none is read.
  if (/<!DOCTYPE/i.test(xml))
    refuse('it has a <!DOCTYPE>, which XLIFF files do not have; its entities are not read. Export the file again');
  const malformed = checkWellFormed(xml);
  if (malformed) refuse(malformed);
  const root = rootElement(xml);
  if (root?.name !== 'xliff')
    refuse(`it is not an XLIFF file: the root element is <${root?.name ?? ''}>, not <xliff version="2.0">`);
  const { version, xmlns } = root!.attributes;
  if (version !== '2.0')
    refuse(
      `it is ${version ? `XLIFF ${version}` : 'an <xliff> file without a version'}, not XLIFF 2.0: export it from the translation tool as XLIFF 2.0`,
    );
  if (xmlns !== undefined && xmlns !== XLIFF_2_NAMESPACE)
    refuse(`its namespace is "${xmlns}", not the XLIFF 2.0 namespace "${XLIFF_2_NAMESPACE}"`);

  // A holder object rather than two `let`s: TypeScript does not see assignments made inside the callback.
  const outcome: { error?: Error | null; parsed?: ParsedXliff } = {};
  try {
    xliff2js(xml, {}, (error, result) => {
      outcome.error = error;
      outcome.parsed = result;
    });
  } catch (error) {
    // xliff2js throws a TypeError when an element lacks the attributes it expects (a <file> without id).
    refuse(`its XLIFF structure could not be read (${(error as Error).message})`);
  }
  if (outcome.error || !outcome.parsed?.resources)
    refuse(`its XLIFF structure could not be read (${outcome.error?.message ?? 'no <file> elements'})`);
  return outcome.parsed as ParsedXliff & { resources: NonNullable<ParsedXliff['resources']> };
}

/** How many times an element opens in the text: xliff2js keeps one unit per id, so a repeat would vanish quietly. */
export function countElements(xml: string, name: string): number {
  return [...xml.matchAll(new RegExp(`<${name}[\\s/>]`, 'g'))].length;
}
