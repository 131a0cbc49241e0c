/**
 * Times in the forms the standards require. SCORM 1.2 predates ISO 8601 durations and has its own (CMITimespan
 * `HHHH:MM:SS.SS`, CMITime `HH:MM:SS`); SCORM 2004 and xAPI use ISO 8601 (a duration `PT1H2M3.4S`, a timestamp
 * with a zone). Hundredths of a second are the finest SCORM 2004 keeps.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function parts(ms: number) {
  const hundredths = Math.max(0, Math.round(ms / 10));
  return {
    hours: Math.floor(hundredths / 360_000),
    minutes: Math.floor(hundredths / 6000) % 60,
    seconds: Math.floor(hundredths / 100) % 60,
    hundredths: hundredths % 100,
  };
}

/** SCORM 1.2 CMITimespan: `0001:02:03.45` (hours at least two digits, at most four: 9999 hours is the cap). */
export function scorm12Timespan(ms: number): string {
  const p = parts(Math.min(ms, 9999 * 3_600_000 + 3_599_990));
  return `${pad(p.hours, 4)}:${pad(p.minutes)}:${pad(p.seconds)}.${pad(p.hundredths)}`;
}

/** SCORM 1.2 CMITime, the time of day in the learner's zone: `14:05:09`. */
export function scorm12Time(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** ISO 8601 duration for SCORM 2004 and xAPI: `PT1H2M3.45S`; `PT0S` for nothing. */
export function isoDuration(ms: number): string {
  const p = parts(ms);
  const seconds = p.hundredths ? `${p.seconds}.${pad(p.hundredths)}`.replace(/0$/, '') : String(p.seconds);
  return `PT${p.hours ? `${p.hours}H` : ''}${p.minutes ? `${p.minutes}M` : ''}${seconds}S`;
}

/** SCORM 2004 timestamp (time(second,10,0)) in UTC with hundredths: `2025-05-06T10:11:12.34Z`. */
export function scorm2004Timestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}
