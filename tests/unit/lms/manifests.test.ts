import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { packageFiles, packageSpecs, schemaFiles, type PackageSpec } from '../../../src/lms/build/packages.ts';
import { STANDARDS, type Standard } from '../../../src/lms/standards.ts';
import { exerciseWorld } from '../../../src/exercises/engine/index.ts';
import { exercises, situations, standard } from '../exercises/helpers.ts';

/**
 * Every manifest the build writes, validated with libxml2 against the official schemas of its version: SCORM's
 * as the packages carry them (src/lms/xsd), cmi5's course structure schema from tests/fixtures/lms/cmi5.
 * A manifest names several namespaces, each with its own schema, so a small schema that imports them all is
 * what libxml2 is given, as the schemaLocation hints in the manifest would. (SCORM 1.2's metadata schema, imsmd,
 * is left out: libxml2 refuses its content models as ambiguous, and the manifests hold no IMS metadata.)
 */
const NAMESPACES: Record<Standard, Array<[string, string]>> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
  cmi5: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd']],
};

function schemaSet(std: Standard) {
  const dir = std === 'cmi5' ? 'tests/fixtures/lms/cmi5' : join('src/lms/xsd', std);
  const files = readdirSync(dir)
    .filter((f) => /\.(xsd|dtd)$/.test(f))
    .map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), 'utf8') }))
    // libxml2 cannot read IMS's ims_xml.xsd (it makes the xml namespace its default namespace, which XML
    // Namespaces forbids); W3C's xml.xsd, from the SCORM 2004 set, declares the same xml:lang in its place.
    .map((f) =>
      f.fileName === 'ims_xml.xsd' ? { ...f, contents: readFileSync('src/lms/xsd/scorm2004/xml.xsd', 'utf8') } : f,
    )
    .concat(
      std === 'scorm12'
        ? [
            { fileName: 'XMLSchema.dtd', contents: readFileSync('src/lms/xsd/scorm2004/XMLSchema.dtd', 'utf8') },
            { fileName: 'datatypes.dtd', contents: readFileSync('src/lms/xsd/scorm2004/datatypes.dtd', 'utf8') },
          ]
        : [],
    );
  const imports = NAMESPACES[std].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`);
  const main = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test:all-${std}">
${imports.join('\n')}
</xs:schema>`;
  return { main, files };
}

const worlds = new Map(exercises.map((e) => [e.id, exerciseWorld(e, standard, situations)]));
const player = { js: new Uint8Array(), css: new Uint8Array() };
const ctx = { player, worlds, schemas: (std: Standard) => schemaFiles('.', std) };
const specs = packageSpecs(exercises);
const manifestOf = (spec: PackageSpec) => {
  const files = packageFiles(spec, ctx);
  const name = spec.standard === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml';
  return new TextDecoder().decode(files[name]);
};

async function validate(std: Standard, xml: string | Array<{ fileName: string; contents: string }>, fileName = '') {
  const { main, files } = schemaSet(std);
  const docs = typeof xml === 'string' ? [{ fileName, contents: xml }] : xml;
  return validateXML({ xml: docs, schema: [main], preload: files });
}

describe('the manifests', () => {
  it('are written for every standard, exercise and graded mode, plus the course', () => {
    expect(specs).toHaveLength(STANDARDS.length * 2 * (exercises.length + 1));
  });

  for (const std of STANDARDS)
    it(`of ${std} are valid against the official schema`, async () => {
      const docs = specs
        .filter((s) => s.standard === std)
        .map((spec) => ({ fileName: `${spec.id}-${spec.mode}.xml`, contents: manifestOf(spec) }));
      const result = await validate(std, docs);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    });

  it('are refused when they break the schema, so the validation can fail', async () => {
    const spec = specs.find((s) => s.standard === 'scorm12')!;
    const broken = manifestOf(spec).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    const result = await validate('scorm12', broken, 'broken.xml');
    expect(result.valid).toBe(false);
    const cmi5 = manifestOf(specs.find((s) => s.standard === 'cmi5')!).replace(
      'moveOn="CompletedAndPassed"',
      'moveOn="Done"',
    );
    expect((await validate('cmi5', cmi5, 'broken-cmi5.xml')).valid).toBe(false);
    const scorm2004 = manifestOf(specs.find((s) => s.standard === 'scorm2004')!).replace(
      /<imsss:minNormalizedMeasure>[^<]*</,
      '<imsss:minNormalizedMeasure>1.5<',
    );
    expect((await validate('scorm2004', scorm2004, 'broken-2004.xml')).valid).toBe(false);
  });

  it('give each exercise its pass mark in Test and none in Veiledet', () => {
    const course = (std: Standard, mode: string) =>
      manifestOf(specs.find((s) => s.standard === std && s.mode === mode && s.exercises.length > 1)!);
    expect(course('scorm12', 'test').match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(
      exercises.length,
    );
    expect(course('scorm12', 'veiledet')).not.toContain('masteryscore');
    expect(course('scorm2004', 'test').match(/<imsss:minNormalizedMeasure>0\.8</g)).toHaveLength(exercises.length);
    expect(course('cmi5', 'test').match(/moveOn="CompletedAndPassed" masteryScore="0\.8"/g)).toHaveLength(
      exercises.length,
    );
    expect(course('cmi5', 'veiledet').match(/moveOn="Completed"/g)).toHaveLength(exercises.length);
  });
});
