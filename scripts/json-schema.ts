/**
 * npm run schema: writes schema/*.schema.json from src/model/schema.ts, so editors get
 * completion and checking for release files (see .vscode/settings.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from './lib/json-schemas.ts';

const dir = join(import.meta.dirname, '../schema');
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote schema/${name}`);
}
