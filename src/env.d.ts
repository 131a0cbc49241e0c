/// <reference types="astro/client" />

// Astro 7 leaves `.astro` imports from .ts files to its editor tooling; tsc needs to be told what they are.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
