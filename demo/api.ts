/**
 * The API reference (demo/api.html): api-viewer's <api-docs> and <api-demo>,
 * fed with the package's own custom-elements.json and showing the elements
 * that /src/define.ts defines.
 *
 * - Every element the manifest declares is listed, not only those that
 *   define.ts exports: `<before-after-note>` is defined by its first
 *   comparison, so the manifest has no definition of it for api-viewer to
 *   find; the page adds one, and defines the element itself up front (as
 *   the README tells an app it may), or the preview would wait for it;
 *   so does the caption panel's, which define.js cannot see in api-demo.
 * - The preview's knobs are the attributes' properties. Properties that no
 *   attribute sets (objects, functions, `static`, what the element sets
 *   itself) get none, and an attribute with a knob template of the page (a
 *   select for `orientation`) gets that instead of the property's text box.
 * - api-demo keeps an element it finds in its output, so a comparison shown
 *   beside a caption would be taken for the next `<before-after>` preview:
 *   the page makes a new <api-demo> each time another element is picked.
 */
import '../src/define.js';
import {BeforeAfterCaption} from '../src/before-after-caption.js';
import {BeforeAfterNote} from '../src/before-after-note.js';
import '@api-viewer/docs';
import '@api-viewer/demo';

if (!customElements.get('before-after-note'))
  customElements.define('before-after-note', BeforeAfterNote);
// Fetched by define.js once the page, or a comparison's shadow root, has a
// panel: api-demo renders the panel in a shadow root of its own, apart from
// the comparison it is `for`, where neither looks.
if (!customElements.get('before-after-caption'))
  customElements.define('before-after-caption', BeforeAfterCaption);

/** The parts of custom-elements.json that the page reads. */
interface Member {
  kind: string;
  name: string;
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
}
interface CssProperty {
  name: string;
  description?: string;
  default?: string;
  value?: string;
}
interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  cssProperties?: CssProperty[];
}
interface Export {
  kind: string;
  name: string;
  declaration: {name: string; module?: string};
}
interface Module {
  kind: string;
  path: string;
  declarations?: Declaration[];
  exports?: Export[];
}
interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/**
 * The manifest as api-viewer reads it. It finds a definition's class in the
 * module whose path is the definition's `module`: the analyzer names the
 * module that define.ts imports (`/src/before-after.js`), which is
 * src/before-after.ts. And it lists definitions: the page adds one for every
 * custom element declared without one (after those of define.ts, in the
 * order of the declarations), so that all are listed.
 */
function forViewer(manifest: Manifest): Manifest {
  const paths = new Set(manifest.modules.map((m) => m.path));
  const source = (module?: string) => {
    const path = module?.replace(/^\//, '');
    const ts = path?.replace(/\.js$/, '.ts');
    return path && !paths.has(path) && ts && paths.has(ts) ? ts : module;
  };
  manifest = {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      exports: m.exports?.map((e) =>
        e.kind === 'custom-element-definition'
          ? {
              ...e,
              declaration: {
                ...e.declaration,
                module: source(e.declaration.module),
              },
            }
          : e
      ),
    })),
  };
  const defined = new Set(
    manifest.modules.flatMap((m) =>
      (m.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition')
        .map((e) => e.name)
    )
  );
  const exports: Export[] = manifest.modules.flatMap((m) =>
    (m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName && !defined.has(d.tagName))
      .map((d) => ({
        kind: 'custom-element-definition',
        name: d.tagName!,
        declaration: {name: d.name, module: m.path},
      }))
  );
  return {
    ...manifest,
    modules: [
      ...manifest.modules,
      {kind: 'javascript-module', path: 'demo/api.ts', exports},
    ],
  };
}

/**
 * The manifest for the preview: knobs only for the fields of attributes,
 * less those with a knob template; and each CSS custom property's default,
 * which its description gives ("Default `#fff`."), as the value its knob
 * starts from (api-viewer otherwise reads it from the element's computed
 * style, where the elements do not set them, and shows "undefined").
 */
function forKnobs(manifest: Manifest, templates: Element): Manifest {
  const custom = (tag: string) =>
    [
      ...templates.querySelectorAll<HTMLTemplateElement>(
        'template[data-target="knob"]'
      ),
    ]
      .filter((t) => t.dataset.element === tag)
      .map((t) => t.dataset.attr);
  return {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      declarations: m.declarations?.map((d) => ({
        ...d,
        cssProperties: d.cssProperties?.map((c) => ({
          ...c,
          default:
            c.default ?? /Default `([^`]+)`/.exec(c.description ?? '')?.[1],
          value: '',
        })),
        members: d.members?.filter(
          (x) =>
            x.kind !== 'field' ||
            (x.attribute &&
              !x.static &&
              !x.readonly &&
              !custom(d.tagName ?? '').includes(x.attribute))
        ),
      })),
    })),
  };
}

/** Text for the slot knobs of the preview, from the article, in place of api-viewer's slot names. */
const SLOT_TEXT: Record<string, Record<string, string>> = {
  'before-after-caption': {
    'before-date': 'June 6, 2016',
    before: 'The proscenium and the columned stage façade still stand.',
    'before-credit': '',
    'after-date': 'February 5, 2017',
    after:
      'The proscenium blown up: the central façade is rubble, its columns fallen.',
    'after-credit': '',
    '': 'Palmyra’s Roman theatre from a drone, before and after ISIL recaptured the city.',
    credit:
      'Illustrations of the scene drawn for this page, after footage of the Russian Defence Ministry.',
  },
  'before-after-note': {
    '': 'The proscenium, the stage façade at the heart of the theatre: standing in June 2016, rubble by February 2017.',
  },
};

const docs = document.querySelector('api-docs')!;
let demo = document.querySelector('api-demo')!;
const picker = document.getElementById('api-elements')!;
const noteFrame = document.getElementById(
  'api-note-frame'
) as HTMLTemplateElement;

/** Gives the bare comparison around a previewed note the attributes and images of #api-note-frame. */
function frame(comparison: Element) {
  const model = noteFrame.content.firstElementChild!;
  for (const {name, value} of model.attributes)
    comparison.setAttribute(name, value);
  comparison.prepend(
    ...[...model.children].map((child) => child.cloneNode(true))
  );
}

/** Types the article's words into the preview's slot knobs, as a reader would. */
async function fillSlots(tag: string) {
  const layout = demo.shadowRoot?.querySelector('api-demo-layout');
  if (!layout || !SLOT_TEXT[tag]) return;
  await (layout as unknown as {updateComplete: Promise<unknown>})
    .updateComplete;
  for (const input of layout.querySelectorAll<HTMLInputElement>(
    'input[data-type="slot"]'
  )) {
    const text = SLOT_TEXT[tag][input.dataset.slot ?? ''];
    if (text === undefined) continue;
    input.value = text;
    input.dispatchEvent(new Event('change', {bubbles: true}));
  }
}

/** What the page uses of api-demo's layout (public there, for its `*-changed` events). */
interface DemoLayout extends Element {
  knobs: Record<string, {value: unknown; custom?: boolean}>;
  getKnob(name: string): {knob: object};
  syncKnob(component: Element, knob: object): void;
}

/**
 * Keeps the knobs at what the reader made of the preview. api-demo applies
 * every knob again each time it draws, and it draws for each event it logs:
 * without this, the divider would jump back to the knob's value at the
 * first `input` of a drag. It follows `foo-changed` events only, as
 * Polymer elements fire; ours fire `input` and `change`.
 */
function keepKnobs(component: Element) {
  const layout = demo.shadowRoot?.querySelector(
    'api-demo-layout'
  ) as DemoLayout | null;
  if (!layout) return;
  const values = component as unknown as Record<string, unknown>;
  for (const [name, knob] of Object.entries(layout.knobs))
    if (!knob.custom && values[name] !== knob.value)
      layout.syncKnob(component, layout.getKnob(name).knob);
}

function onRendered(event: Event) {
  const {component} = (event as CustomEvent<{component: Element}>).detail;
  for (const type of ['input', 'change'])
    component.addEventListener(type, () => keepKnobs(component));
  const parent = component.parentElement;
  if (
    component.localName === 'before-after-note' &&
    parent?.localName === 'before-after' &&
    !parent.querySelector(':scope > [slot="before"]')
  )
    frame(parent);
  void fillSlots(component.localName);
}

/** custom-elements.json as api-viewer types it (the schema's own types). */
type Package = NonNullable<typeof docs.manifest>;

const manifest = forViewer(await (await fetch('/custom-elements.json')).json());
const names = manifest.modules.flatMap((m) =>
  (m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name)
);
const knobsManifest = forKnobs(manifest, demo) as unknown as Package;

/** Shows `tag` (or the first element) in both panels and marks it in the picker. */
function show(tag: string) {
  const selected = names.includes(tag) ? tag : names[0]!;
  docs.selected = selected;
  const fresh = demo.cloneNode(true) as typeof demo;
  fresh.manifest = knobsManifest;
  fresh.selected = selected;
  fresh.addEventListener('rendered', onRendered);
  demo.replaceWith(fresh);
  demo = fresh;
  for (const link of picker.querySelectorAll('a'))
    if (link.hash === `#${selected}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
}

docs.manifest = manifest as unknown as Package;
for (const name of names) {
  const link = document.createElement('a');
  link.href = `#${name}`;
  link.innerHTML = '<code></code>';
  link.firstElementChild!.textContent = `<${name}>`;
  const item = document.createElement('li');
  item.append(link);
  picker.append(item);
}
addEventListener('hashchange', () => show(location.hash.slice(1)));
show(location.hash.slice(1));
