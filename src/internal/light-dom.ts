// ::slotted() reaches only the slotted <picture>, not the <img> inside it.
const RULE =
  'before-after > picture > img { display: block; width: 100%; height: 100%; object-fit: inherit; object-position: inherit; }';
let sheet: CSSStyleSheet | undefined;

/** Adds the one light-DOM rule the element needs to its document or shadow root, once. */
export function adoptLightDomStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
