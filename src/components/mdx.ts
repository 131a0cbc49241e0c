import SimulatorEmbed from './SimulatorEmbed.astro';
import TryInSimulator from './TryInSimulator.astro';

/**
 * Components that writers may use in any page without importing them. Keep this list short: each name here is
 * part of the writing dialect documented in the README.
 */
export const mdxComponents = { SimulatorEmbed, TryInSimulator };
