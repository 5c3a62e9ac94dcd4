const sheets = new Map<string, CSSStyleSheet>();

/**
 * The image inside a slotted <picture> fills it, whatever the page's own
 * img rules say (!important, like the element's ::slotted() rules; a theme's
 * filter or opacity stays the page's); on paper it keeps its own shape.
 * Written as the minified ::slotted(img) rule is (before-after.styles.ts),
 * byte for byte, so that gzip stores the declarations once.
 */
const rules = (tag: string) => {
  const img = `${CSS.escape(tag)}>picture>img`;
  return (
    `${img}{display:block!important;box-sizing:border-box!important;` +
    'width:100%!important;height:100%!important;min-width:0!important;' +
    'min-height:0!important;max-width:none!important;' +
    'max-height:none!important;margin:0!important;padding:0!important;' +
    'border:0!important;float:none!important;object-fit:inherit!important;' +
    `object-position:inherit!important}@media print{${img}{height:auto!important}}`
  );
};

/**
 * Adds the light-DOM rules the element needs to its document or shadow
 * root, once: ::slotted() reaches a slotted <picture> but not the <img> inside
 * it. Browsers without constructable stylesheets go without it (a <picture>'s
 * image then keeps its own size) rather than fail.
 */
export function adoptLightDomStyles(
  root: Document | ShadowRoot,
  tag: string
): void {
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
