import { z } from 'zod';
import { parseYamlContent, parseYamlSource } from '../../schemas/yaml-location.ts';

/** Where the length limits of the catalogs' texts are written (a translator-facing file, like the term base). */
export const LIMITS_FILE = 'content/i18n/limits.yaml';

/** `sim.ui.*.caption`: dotted parts, where `*` stands for one part and `**` for one or more. */
const pattern = z
  .string()
  .regex(
    /^(\*\*|\*|[a-zA-Z0-9-]+)(\.(\*\*|\*|[a-zA-Z0-9-]+))*$/,
    'keys must be dotted key parts, where * stands for one part and ** for one or more (for example sim.ui.button.*)',
  );

const ruleSchema = z.strictObject({
  /** The keys the rule applies to. The first rule whose pattern matches a key decides its limit. */
  keys: pattern,
  /** Most characters the text may have, in each language. Placeholders count as written (`{count}` is 7). */
  max: z.int('max must be a whole number of characters').positive('max must be at least 1'),
  /** Where the text is shown, in Norwegian: the reason for the limit, shown beside it on the review page. */
  where: z.string().trim().min(1, 'where must say where the text is shown'),
});

export const limitsSchema = z.strictObject({ rules: z.array(ruleSchema).min(1, 'rules must list at least one rule') });

export type LimitRule = z.output<typeof ruleSchema>;

/** A key's limit and the rule it came from. */
export interface Limit {
  max: number;
  where: string;
  pattern: string;
}

/** The pattern as a regular expression over whole keys. */
function matcher(keys: string): RegExp {
  const parts = keys
    .split('.')
    .map((part) => (part === '**' ? '[^.]+(?:\\.[^.]+)*' : part === '*' ? '[^.]+' : part.replace(/-/g, '\\-')));
  return new RegExp(`^${parts.join('\\.')}$`);
}

/** Reads the limits file (its text); throws a ContentError naming the field and line of each problem. */
export function parseLimits(source: string, file: string = LIMITS_FILE): LimitRule[] {
  return parseYamlContent(limitsSchema, parseYamlSource(source, file), file, source).rules;
}

/** A function from key to its limit (the first matching rule), or undefined when no rule matches. */
export function limitFinder(rules: readonly LimitRule[]): (key: string) => Limit | undefined {
  const compiled = rules.map((rule) => ({
    test: matcher(rule.keys),
    limit: { max: rule.max, where: rule.where, pattern: rule.keys },
  }));
  return (key) => compiled.find((rule) => rule.test.test(key))?.limit;
}

/** Length as a reader counts it: characters, not UTF-16 units (so «å» and an accented letter count once). */
export function textLength(text: string): number {
  return [...text].length;
}
