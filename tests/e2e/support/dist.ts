import fs from "fs";
import path from "path";

/** The built site: dist/ (or PLANCHECK_DIST), made by `npm run build`. */
export const DIST = path.resolve(process.env["PLANCHECK_DIST"] ?? path.join(__dirname, "..", "..", "..", "dist"));

/** A file of the build, failing with what to run when the build has not made it. */
export function built(relative: string): string {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests (npm test does).`);
  return file;
}

/** The sample the preview opens by default: the first in dist/preview/samples/index.json. */
export function defaultSample(): { file: string; path: string } {
  const index = JSON.parse(fs.readFileSync(built("preview/samples/index.json"), "utf8")) as { file: string }[];
  const first = index[0];
  if (first === undefined) throw new Error("dist/preview/samples/index.json lists no sample");
  return { file: first.file, path: built(`preview/samples/${first.file}`) };
}
