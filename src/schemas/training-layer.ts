import { z } from 'zod';
import { parseYamlContent } from './yaml-location.ts';

const uid = z
  .string({ error: 'page must be the uid of a page, such as help-no-erp-update-connection' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'page must be a uid: lower-case letters, digits and dashes');

/** One thing the training layer adds to a page of the docs root, at the end of a heading's section. */
export const attachmentSchema = z.discriminatedUnion(
  'add',
  [
    z.strictObject({
      page: uid,
      heading: z.string({ error: 'heading must be the text of a heading on the page' }).trim().min(1),
      add: z.literal('simulator'),
      start: z
        .string({ error: 'start must be a situation from content/scenarios/situations.yaml, such as sync-fanen' })
        .optional(),
    }),
    z.strictObject({
      page: uid,
      heading: z.string({ error: 'heading must be the text of a heading on the page' }).trim().min(1),
      add: z.literal('try-in-simulator'),
      situation: z.string({ error: 'try-in-simulator needs a situation from content/scenarios/situations.yaml' }),
    }),
  ],
  { error: 'add must be simulator or try-in-simulator' },
);

/** A group of the site's own pages placed in the docs root's navigation, beside one of its pages. */
export const navPlacementSchema = z.strictObject({
  group: z.string({ error: 'group must be the title of the group in the sidebar' }).trim().min(1),
  beside: uid,
  pages: z.array(uid).min(1, 'pages must list at least one uid'),
});

/** content/training-layer.yaml. */
export const trainingLayerSchema = z.strictObject({
  attach: z.array(attachmentSchema).default([]),
  navigation: z.array(navPlacementSchema).default([]),
});

export type Attachment = z.output<typeof attachmentSchema>;
export type NavPlacement = z.output<typeof navPlacementSchema>;
export type TrainingLayer = z.output<typeof trainingLayerSchema>;

export function parseTrainingLayer(data: unknown, file: string, source: string): TrainingLayer {
  return parseYamlContent(trainingLayerSchema, data, file, source);
}
