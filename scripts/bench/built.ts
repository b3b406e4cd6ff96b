import { existsSync } from 'node:fs';

/**
 * Imports a module of the compiled package (`dist/`), which is what users of the library run:
 * the bench measures it rather than the TypeScript sources (run through tsx, whose helpers add
 * about 10% to a short message's check). `npm run bench` builds first.
 */
export async function importBuilt<Module>(path: string): Promise<Module> {
  const url = new URL(`../../dist/${path}`, import.meta.url);
  if (!existsSync(url)) throw new Error(`dist/${path} is missing: run \`npm run build\` (npm install does) before benchmarking`);
  return (await import(url.href)) as Module;
}
