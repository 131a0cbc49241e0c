import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDuration, scorm12Time, scorm12Timespan, scorm2004Timestamp } from '../../../src/lms/time.ts';

/** The forms are the data types of the standards; the regular expressions are theirs (SCORM 1.2 RTE, 2004 RTE). */
const CMI_TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const CMI_TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const ISO_DURATION = /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/;

describe('times for the platforms', () => {
  it('write durations in SCORM 1.2 and ISO 8601 form', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(61_500)).toBe('PT1M1.5S');
    expect(scorm2004Timestamp(Date.UTC(2025, 4, 6, 10, 11, 12, 345))).toBe('2025-05-06T10:11:12.34Z');
  });

  it('always in the forms the standards allow, and reading back to the time within a hundredth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 * 3_600_000 }), (ms) => {
        expect(scorm12Timespan(ms)).toMatch(CMI_TIMESPAN);
        const iso = isoDuration(ms);
        expect(iso).toMatch(ISO_DURATION);
        const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S$/.exec(iso)!;
        expect(Math.abs((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 1000 - ms)).toBeLessThanOrEqual(5);
        expect(scorm12Time(ms)).toMatch(CMI_TIME);
      }),
    );
  });
});
