import type { Exercise } from '../../exercises/engine/index.ts';
import { exerciseMastery } from '../outcome.ts';
import { courseIri, exerciseIri, type GradedMode } from '../standards.ts';
import { plain, xml } from './xml.ts';

/**
 * The manifests of a package: SCORM 1.2's and SCORM 2004 4th edition's imsmanifest.xml and cmi5's cmi5.xml.
 * Each lists the package's exercises in course order, each exercise a SCO (or cmi5 AU) launched from
 * `ovelse/<id>.html`, which shares the player's script and styles. In Test the pass mark is the exercise's
 * `mastery`; Veiledet has none (it reports completion only).
 */
export interface ManifestInput {
  /** The package: an exercise id, or COURSE_ID for the course of every exercise. */
  id: string;
  title: string;
  description: string;
  exercises: readonly Exercise[];
  mode: GradedMode;
}

export const launchHref = (exerciseId: string) => `ovelse/${exerciseId}.html`;
export const PLAYER_FILES = ['ovelse/ovelse.js', 'ovelse/ovelse.css'] as const;

/** XML IDs: a letter first, then letters, digits, dots, dashes and underscores. */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;

function resources(input: ManifestInput, scormType: 'scormtype' | 'scormType'): string {
  const scos = input.exercises.map(
    (
      e,
    ) => `    <resource identifier="${xmlId('res', e.id)}" type="webcontent" adlcp:${scormType}="sco" href="${launchHref(e.id)}">
      <file href="${launchHref(e.id)}"/>
      <dependency identifierref="player"/>
    </resource>`,
  );
  const player = `    <resource identifier="player" type="webcontent" adlcp:${scormType}="asset">
${PLAYER_FILES.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>`;
  return `  <resources>\n${[...scos, player].join('\n')}\n  </resources>`;
}

export function scorm12Manifest(input: ManifestInput): string {
  const items = input.exercises.map((e) => {
    const mastery = input.mode === 'test' ? `\n        <adlcp:masteryscore>${e.mastery}</adlcp:masteryscore>` : '';
    return `      <item identifier="${xmlId('item', e.id)}" identifierref="${xmlId('res', e.id)}" isvisible="true">
        <title>${xml(plain(e.title))}</title>${mastery}
      </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('erp-hjelp', `${input.id}-${input.mode}`)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="kurs">
    <organization identifier="kurs">
      <title>${xml(plain(input.title))}</title>
${items.join('\n')}
    </organization>
  </organizations>
${resources(input, 'scormtype')}
</manifest>
`;
}

export function scorm2004Manifest(input: ManifestInput): string {
  const items = input.exercises.map((e) => {
    // The pass mark as the primary objective's measure: the platform hands it to the SCO as scaled_passing_score.
    const objective =
      input.mode === 'test'
        ? `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${xmlId('bestatt', e.id)}">
              <imsss:minNormalizedMeasure>${exerciseMastery(e)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`
        : '';
    return `      <item identifier="${xmlId('item', e.id)}" identifierref="${xmlId('res', e.id)}">
        <title>${xml(plain(e.title))}</title>
        <imsss:sequencing>${objective}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('erp-hjelp', `${input.id}-${input.mode}`)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="kurs">
    <organization identifier="kurs">
      <title>${xml(plain(input.title))}</title>
${items.join('\n')}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
${resources(input, 'scormType')}
</manifest>
`;
}

export function cmi5CourseStructure(input: ManifestInput): string {
  const text = (value: string) => `<langstring lang="nb-NO">${xml(plain(value))}</langstring>`;
  const aus = input.exercises.map((e) => {
    const grading =
      input.mode === 'test'
        ? ` moveOn="CompletedAndPassed" masteryScore="${exerciseMastery(e)}"`
        : ' moveOn="Completed"';
    return `  <au id="${xml(`${exerciseIri(e.id)}:${input.mode}`)}"${grading} launchMethod="AnyWindow">
    <title>${text(e.title)}</title>
    <description>${text(e.goal)}</description>
    <url>${launchHref(e.id)}</url>
  </au>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(input.exercises.length === 1 && input.id === input.exercises[0]?.id ? `${exerciseIri(input.id)}:kurs:${input.mode}` : courseIri(input.mode))}">
    <title>${text(input.title)}</title>
    <description>${text(input.description)}</description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}
