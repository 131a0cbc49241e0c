import { parseTrainingLayer, type TrainingLayer } from '../schemas/training-layer.ts';
import { assertSituation } from './simulator-data.ts';
import { readYamlFile } from './yaml-file.ts';

export const TRAINING_LAYER_FILE = 'content/training-layer.yaml';

/**
 * content/training-layer.yaml, validated: a malformed file, or a situation that does not exist, fails the build
 * naming the file, the field and the line.
 */
export async function loadTrainingLayer(path = TRAINING_LAYER_FILE): Promise<TrainingLayer> {
  const { data, file, source } = await readYamlFile(path);
  const layer = parseTrainingLayer(data, file, source);
  for (const attachment of layer.attach) {
    if (attachment.add === 'try-in-simulator') await assertSituation(attachment.situation, file);
    if (attachment.add === 'simulator' && attachment.start) await assertSituation(attachment.start, file);
  }
  return layer;
}
