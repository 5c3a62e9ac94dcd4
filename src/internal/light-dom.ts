const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds the one light-DOM rule the element needs to its document or shadow
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
    sheet.replaceSync(
      `${CSS.escape(tag)} > picture > img { display: block; width: 100%; height: 100%; object-fit: inherit; object-position: inherit; }`
    );
    sheets.set(tag, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
