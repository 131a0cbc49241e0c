import { describe, expect, it } from 'vitest';
import {
  validateDescription,
  validateField,
  validateName,
  type FieldDef,
} from '../../../src/simulator/domain/index.ts';
import { world } from './literal-world.ts';

const field = (key: string): FieldDef => world.connectors.flatMap((c) => c.fields).find((f) => f.key === key)!;
const long = 'a'.repeat(500);

describe('validateName', () => {
  it.each([
    ['', 'sim.validation.nameBlank', undefined],
    ['   \t ', 'sim.validation.nameBlank', undefined],
    [long, 'sim.validation.tooLong', { length: '500', max: '80' }],
    ['Nordlys 🚀', 'sim.validation.forbiddenChars', { chars: '«🚀»' }],
    ['<b>x</b>', 'sim.validation.forbiddenChars', { chars: '«<» «>»' }],
    ['Nord\u0007lys', 'sim.validation.invisibleChars', { chars: 'U+0007' }],
    ['Nord\u202Elys', 'sim.validation.invisibleChars', { chars: 'U+202E' }],
  ])('refuses case %# with %s', (value, messageKey, params) => {
    expect(validateName(value)).toEqual(params ? { messageKey, params } : { messageKey });
  });

  it('accepts Norwegian letters, punctuation and exactly 80 characters; surrounding spaces do not count', () => {
    for (const ok of ['Nordlys – Tromsø & Ålesund (ny)', 'x'.repeat(80), '  Fjordfil  '])
      expect(validateName(ok)).toBeUndefined();
  });
});

describe('validateField', () => {
  it.each([
    ['url', 'sim.validation.required', ''],
    ['url', 'sim.validation.required', '   '],
    ['url', 'sim.validation.url', 'erp.example/api'],
    ['url', 'sim.validation.url', 'https:erp.example'],
    ['url', 'sim.validation.url', 'ftp://erp.example'],
    ['url', 'sim.validation.url', 'https://'],
    ['url', 'sim.validation.url', 'https://erp example/api'],
    ['url', 'sim.validation.tooLong', `https://erp.example/${long}`],
    ['client', 'sim.validation.digitsOnly', '12a'],
    ['client', 'sim.validation.digitsOnly', '-1'],
    ['user', 'sim.validation.tooLong', long],
    ['user', 'sim.validation.forbiddenChars', 'ola😀'],
    ['user', 'sim.validation.forbiddenChars', '<b>x</b>'],
    ['key', 'sim.validation.tooLong', long],
    ['timeout', 'sim.validation.notInteger', '12a'],
    ['timeout', 'sim.validation.notInteger', '1.5'],
    ['timeout', 'sim.validation.outOfRange', '4'],
    ['timeout', 'sim.validation.outOfRange', '301'],
    ['timeout', 'sim.validation.tooLong', '9'.repeat(500)],
    ['path', 'sim.validation.forbiddenChars', 'C:\\ut|inn'],
    ['path', 'sim.validation.tooLong', `C:\\${long}`],
    ['sep', 'sim.validation.notAnOption', ','],
    ['decimals', 'sim.validation.outOfRange', '7'],
  ])('%s: refuses with %s (case %#)', (key, messageKey, value) => {
    expect(validateField(field(key), value)?.messageKey).toBe(messageKey);
  });

  it.each([
    ['url', 'https://erp.example/api'],
    ['url', 'http://localhost:8080'],
    ['client', '0012'],
    ['timeout', '5'],
    ['timeout', ' 300 '],
    ['path', '\\\\filserver\\erp\\ut'],
    ['sep', 'tab'],
    ['decimals', ''],
  ])('%s: accepts %j', (key, value) => {
    expect(validateField(field(key), value)).toBeUndefined();
  });

  it('names the value and the bounds in its messages', () => {
    expect(validateField(field('timeout'), '12a')).toEqual({
      messageKey: 'sim.validation.notInteger',
      params: { value: '12a' },
    });
    expect(validateField(field('timeout'), '400')).toEqual({
      messageKey: 'sim.validation.outOfRange',
      params: { min: '5', max: '300' },
    });
    expect([...validateField(field('url'), 'x'.repeat(100))!.params!.value!]).toHaveLength(40);
  });
});

describe('validateDescription', () => {
  it('takes free text up to 1000 characters, refusing only invisible control characters', () => {
    expect(validateDescription('Linje 1\r\nLinje 2\t<b>x</b> 🚀')).toBeUndefined();
    expect(validateDescription('x'.repeat(1001))?.messageKey).toBe('sim.validation.tooLong');
    expect(validateDescription('a\u0000b')?.messageKey).toBe('sim.validation.invisibleChars');
  });
});
