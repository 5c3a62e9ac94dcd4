const sheets = new Map<string, CSSStyleSheet>();

/**
 * The image inside a slotted <picture> fills it, whatever the page's own
 * img rules say (!important, like the element's ::slotted() rules; a theme's
 * filter or opacity stays the page's); on paper it keeps its own shape.
 */
const rules = (tag: string) => {
  const img = `${CSS.escape(tag)} > picture > img`;
  const fill = [
    'display: block',
    'box-sizing: border-box',
    'width: 100%',
    'height: 100%',
    'min-width: 0',
    'min-height: 0',
    'max-width: none',
    'max-height: none',
    'margin: 0',
    'padding: 0',
    'border: 0',
    'float: none',
    'object-fit: inherit',
    'object-position: inherit',
  ];
  return `${img} { ${fill.map((d) => `${d} !important;`).join(' ')} }
@media print { ${img} { height: auto !important; } }`;
};

/**
 * Adds the light-DOM rules the element needs to its document or shadow
 * root, once: ::slotted() reaches a slotted <picture> but not the <img> inside
 * it. Browsers without constructable stylesheets go without it (a <picture>'s
 * image then keeps its own size) rather than fail.
 */
export function adoptLightDomStyles(root: Node, tag: string): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!('adoptedStyleSheets' in root)) return;
  let sheet = sheets.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(rules(tag));
    sheets.set(tag, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
