// Worker thread entry: runs the term checker on the site in `workerData.root` and posts the findings back (or
// `undefined` when it failed: the review page then runs the check itself and reports the failure as it always has).
import { parentPort, workerData } from 'node:worker_threads';
import { checkSite } from './check-site.ts';

let findings;
try {
  findings = checkSite((workerData as { root: string }).root);
} catch {
  findings = undefined;
}
parentPort?.postMessage(findings);
