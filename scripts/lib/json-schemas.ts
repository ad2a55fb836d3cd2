/** JSON Schemas of the data files, generated from the zod schemas the data check uses. */
import * as z from 'zod/mini';
import { actorsFile, meetingsFile, placesFile, releaseMeta } from '../../src/model/schema.ts';

export const SCHEMA_FILES = {
  'release.schema.json': releaseMeta,
  'places.schema.json': placesFile,
  'actors.schema.json': actorsFile,
  'meetings.schema.json': meetingsFile,
} as const;

export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMA_FILES).map(([name, schema]) => [
      name,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
    ]),
  );
}
