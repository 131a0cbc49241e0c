import { mdastHeadingId } from 'mdast-heading-id';
import { micromarkHeadingId } from 'micromark-heading-id';
import type { Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

const LEFT_BRACE = 123; // {
const NUMBER_SIGN = 35; // #
const RIGHT_BRACE = 125; // }

/**
 * `{#}`, an empty id, read as plain text. micromark-heading-id 2.0.0 (the latest) opens a string chunk for the id
 * and closes it empty there, which micromark never gets past: the build would hang on a page that holds `{#}`.
 * Tried before that construct, this one keeps the three characters as text, and remarkHeadingIds reports them.
 */
const emptyHeadingId: Construct = {
  name: 'emptyHeadingId',
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const close: State = (code) => {
      if (code !== RIGHT_BRACE) return nok(code);
      effects.consume(code);
      effects.exit('data');
      return ok;
    };
    const hash: State = (code) => {
      if (code !== NUMBER_SIGN) return nok(code);
      effects.consume(code);
      return close;
    };
    return (code) => {
      effects.enter('data');
      effects.consume(code);
      return hash;
    };
  },
};

const EMPTY_ID_FIRST: Extension = { text: { [LEFT_BRACE]: emptyHeadingId } };

/**
 * The `## Title {#id}` syntax for a unified processor (the parser half of `remark-custom-heading-id`), with the
 * empty id made safe. micromark tries constructs added later first, so the guard is added after the library's.
 */
export function headingIdSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(micromarkHeadingId(), EMPTY_ID_FIRST);
  (data.fromMarkdownExtensions ??= []).push(mdastHeadingId());
}

/** `{#}` as text: the empty id the syntax above keeps as text, for remarkHeadingIds to report. */
export const EMPTY_ID = '{#}';
