#!/usr/bin/env node
// Writes the JSON Schema files of `./schemas` into dist/schemas/, from the built library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSON_SCHEMA_SOURCES, jsonSchemaOf } from '../dist/schemas.js';

const out = resolve(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });
for (const name of Object.keys(JSON_SCHEMA_SOURCES)) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
}
console.log(`JSON Schema: ${Object.keys(JSON_SCHEMA_SOURCES).length} files in dist/schemas/`);
