/**
 * Where the fixture site of Mintlify's components (tests/fixtures/dialect-site) is served during browser tests:
 * beside the site, on a port derived from E2E_PORT so checkouts running side by side do not collide.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4390);
export const DIALECT_SITE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? E2E_PORT + 1000);
export const DIALECT_SITE_URL = `http://localhost:${DIALECT_SITE_PORT}`;
