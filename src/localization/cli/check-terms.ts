// Term checker for the help pages: `node src/localization/cli/check-terms.ts [root]` (npm run check:terms).
// Prints the findings grouped by page. Exits 0 when there are only warnings, 1 on an error finding, and 1 when
// the term base (or a page, catalog or scenario it reads) is invalid.
import { ContentError } from '../../schemas/friendly-error.ts';
import { checkSite } from '../terms/check-site.ts';
import { formatFindings } from '../terms/format.ts';

const root = process.argv[2] ?? process.cwd();

try {
  const findings = checkSite(root);
  process.stdout.write(formatFindings(findings));
  process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
} catch (error) {
  // A ContentError already names file, field and line; anything else is a bug, so keep its stack.
  process.stderr.write(
    `${error instanceof ContentError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
}
