// Misuses the typings must refuse: each line under @ts-expect-error has to be
// an error, or `tsc -p test/react` fails (typings that allowed anything would).
import type {} from 'before-after-compare/react';

export const misuses = (
  <>
    {/* @ts-expect-error: value is a number or text, not an object */}
    <before-after value={{at: 30}} />
    {/* @ts-expect-error: only horizontal or vertical */}
    <before-after orientation="diagonal" />
    {/* @ts-expect-error: handle-only is a boolean */}
    <before-after handle-only="yes" />
    {/* @ts-expect-error: zoom is a boolean */}
    <before-after zoom="yes" />
    {/* @ts-expect-error: no such prop (hyphenated names are open, like data-*) */}
    <before-after lable="June 6, 2016" />
    {/* @ts-expect-error: the event's element has no such member */}
    <before-after onInput={(event) => event.currentTarget.valueAsNumber} />
    <before-after
      onChange={(event) => {
        // @ts-expect-error: value is a number
        const text: string = event.target.value;
        return text;
      }}
    />
    {/* @ts-expect-error: strings is the page's wording, not a string */}
    <before-after strings="Compare" />
    {/* @ts-expect-error: for is an id */}
    <before-after-caption for={3} />
    {/* @ts-expect-error: a note shows on before, after or both */}
    <before-after-note side="left" />
    {/* @ts-expect-error: not an element of the package */}
    <before-after-slider />
  </>
);
