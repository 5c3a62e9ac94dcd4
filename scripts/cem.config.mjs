// custom-elements.json documents the public surface only: the analyzer also
// lists private members, and names an event after the variable in
// `dispatchEvent(new Event(type))`. Events come from the JSDoc `@fires` tags,
// which always carry a description.
export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/internal/**',
    'src/embed/**',
    'src/cli/**',
    'src/**/*.styles.ts',
  ],
  litelement: true,
  // package.json already points at custom-elements.json; the stale check writes elsewhere.
  packagejson: false,
  plugins: [
    {
      name: 'public-surface-only',
      packageLinkPhase({customElementsManifest}) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (m) => !m.privacy || m.privacy === 'public'
              );
            // `static properties` lists internal state too (`state: true`): no attribute.
            if (declaration.attributes && declaration.members) {
              const fields = new Set(declaration.members.map((m) => m.name));
              declaration.attributes = declaration.attributes.filter(
                (a) => !a.fieldName || fields.has(a.fieldName)
              );
            }
            if (declaration.events)
              declaration.events = declaration.events.filter(
                (e) => e.description
              );
          }
        }
      },
    },
  ],
};
