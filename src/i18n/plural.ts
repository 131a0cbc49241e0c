import type { Lang } from './translate.ts';

const rules = new Map<string, Intl.PluralRules>();

/**
 * The plural form of a count, as catalog keys name it: a text shown with a count has one key per form
 * (`exercises.trainer.caption.one`, `.other`), and the code picks with `` t(`exercises.trainer.caption.${pluralForm(n)}`) ``.
 * The forms are the language's own (Intl.PluralRules): Norwegian and English have `one` (1) and `other` (0, 2, 1.5).
 */
export function pluralForm(count: number, lang: Lang | 'pseudo' = 'nb'): Intl.LDMLPluralRule {
  const locale = lang === 'pseudo' ? 'nb' : lang;
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}
