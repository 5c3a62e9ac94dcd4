#!/usr/bin/env node
// Fails when docs/ and custom-elements.json disagree about an element's public
// API, so that neither drifts from the other unnoticed.
//
// The docs side: each element's page has a section whose heading names the tag
// (`## Reference: \`<before-after>\``, or a page title). Under it, reference
// tables say in their header what each column lists: a column headed
// `attribute`, `property`, `method`, `event`, `slot`, `part`, `custom property`
// or `state` holds names in backticks (`zoomTo(level)` is read as `zoomTo`,
// `(default)` is the default slot, `—` is none). Other tables are prose.
// The check compares those names with the manifest both ways, and also every
// `--before-after-…` custom property and `::part(…)` written anywhere in docs/.
import {readFileSync, readdirSync} from 'node:fs';

const KINDS = [
  'attribute',
  'property',
  'method',
  'event',
  'slot',
  'part',
  'custom property',
  'state',
];
const show = (name) => (name === '' ? '(default)' : `\`${name}\``);

// The manifest: what each element offers, per kind.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const api = new Map();
for (const mod of manifest.modules) {
  for (const el of mod.declarations ?? []) {
    if (!el.customElement) continue;
    const names = (list = []) => new Set(list.map((x) => x.name));
    // Static members (Lit's shadowRootOptions) belong to the class, not to
    // the element a page uses; private ones are not API.
    const members = (el.members ?? []).filter(
      (m) => !m.static && (!m.privacy || m.privacy === 'public')
    );
    api.set(el.tagName, {
      attribute: names(el.attributes),
      property: names(members.filter((m) => m.kind === 'field')),
      method: names(members.filter((m) => m.kind === 'method')),
      event: names(el.events),
      slot: names(el.slots),
      part: names(el.cssParts),
      'custom property': names(el.cssProperties),
      state: names(el.cssStates),
    });
  }
}

const errors = [];
// tag → kind → name → where it is documented ("docs/x.md:12")
const documented = new Map();
const pages = new Map(); // tag → the files holding its reference tables
const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

const files = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let section = null; // {tag, level} of the heading that names an element
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('```')) inCode = !inCode;
    if (inCode) continue;

    const heading = /^(#+)\s+(.*)/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const tag = /`<([a-z][\w]*-[\w-]*)>`/.exec(heading[2]);
      if (tag) section = {tag: tag[1], level};
      else if (section && level <= section.level) section = null;
      continue;
    }

    // A table starts with a header row followed by its |---| separator row.
    const isHeader =
      line.startsWith('|') && /^\|[\s:|-]+\|$/.test(lines[i + 1]?.trim() ?? '');
    if (!isHeader) continue;
    const columns = cells(line).map((c) => c.toLowerCase());
    if (!columns.some((c) => KINDS.includes(c))) continue;
    if (!section) {
      errors.push(
        `${file}:${i + 1}: a reference table (${columns.filter(Boolean).join(', ')}) outside a section whose heading names an element in backticks, e.g. \`<before-after>\``
      );
      continue;
    }
    const {tag} = section;
    if (!documented.has(tag)) documented.set(tag, new Map());
    if (!pages.has(tag)) pages.set(tag, new Set());
    pages.get(tag).add(file);
    for (i += 2; lines[i]?.startsWith('|'); i++) {
      const row = cells(lines[i]);
      columns.forEach((kind, c) => {
        if (!KINDS.includes(kind)) return;
        const text = row[c] ?? '';
        const names =
          text === '(default)'
            ? ['']
            : [...text.matchAll(/`([^`]+)`/g)].map((m) =>
                m[1].replace(/\(.*$/, '')
              );
        const byKind = documented.get(tag);
        if (!byKind.has(kind)) byKind.set(kind, new Map());
        for (const name of names)
          byKind.get(kind).set(name, `${file}:${i + 1}`);
      });
    }
    i--; // the loop's i++ lands on the line after the table
  }
}

// Both ways, per element and kind.
for (const [tag, kinds] of api) {
  const where = pages.has(tag)
    ? [...pages.get(tag)].join(', ')
    : `docs/ (no section heading names \`<${tag}>\`)`;
  for (const kind of KINDS) {
    const written = documented.get(tag)?.get(kind) ?? new Map();
    for (const name of kinds[kind])
      if (!written.has(name))
        errors.push(
          `<${tag}> ${kind} ${show(name)} is in custom-elements.json, but no "${kind}" column in ${where} lists it`
        );
  }
}
for (const [tag, byKind] of documented) {
  for (const [kind, names] of byKind) {
    for (const [name, at] of names)
      if (!api.get(tag)?.[kind].has(name))
        errors.push(
          `${at}: <${tag}> ${kind} ${show(name)} is documented but not in custom-elements.json`
        );
  }
}

// Custom properties and parts named in passing, anywhere in docs/, must exist
// on some element (the pages about zoom or notes style the comparison).
const all = (kind) => new Set([...api.values()].flatMap((k) => [...k[kind]]));
const properties = all('custom property');
const parts = all('part');
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const [, name] of line.matchAll(/(--before-after-[\w-]*\w)/g))
        if (!properties.has(name))
          errors.push(
            `${file}:${i + 1}: custom property \`${name}\` is not in custom-elements.json`
          );
      for (const [, name] of line.matchAll(/::part\(([\w-]+)\)/g))
        if (!parts.has(name))
          errors.push(
            `${file}:${i + 1}: part \`${name}\` (in ::part()) is not in custom-elements.json`
          );
    });
}

if (errors.length) {
  console.error(
    `docs/ and custom-elements.json disagree (${errors.length}):\n  ${errors.join('\n  ')}`
  );
  process.exit(1);
}
const count = [...documented.values()]
  .flatMap((k) => [...k.values()])
  .reduce((n, names) => n + names.size, 0);
console.log(
  `docs/ match custom-elements.json: ${api.size} elements, ${count} names.`
);
