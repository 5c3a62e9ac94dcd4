// Renders the Palmyra comparison of index.html (its notes and caption panel
// included) with Lit's server renderer, as a site generator would, to
// dist/ssr-example.html. Run `npm run build` first: the elements come from the
// built package, through its "exports". Then open the page on the dev server
// (`npm start`, then /dist/ssr-example.html), with JavaScript on or off.
import {writeFileSync} from 'node:fs';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
// The elements, as the browser gets them from define.js; the note element
// and the caption panel, which the browser fetches only when used, too.
import 'before-after-compare/define.js';
import {BeforeAfterCaption} from 'before-after-compare/before-after-caption.js';
import {BeforeAfterNote} from 'before-after-compare/before-after-note.js';

customElements.define('before-after-note', BeforeAfterNote);
customElements.define('before-after-caption', BeforeAfterCaption);

const figure = html`
  <figure class="compare">
    <before-after
      id="palmyra"
      value="60"
      hint
      zoom
      before-label="June 6, 2016"
      after-label="February 5, 2017"
      label="Palmyra’s Roman theatre, June 6, 2016 and February 5, 2017"
    >
      <picture slot="before">
        <source
          type="image/avif"
          srcset="
            /demo/images/palmyra-2016-640.avif   640w,
            /demo/images/palmyra-2016-1280.avif 1280w,
            /demo/images/palmyra-2016-1920.avif 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
        />
        <source
          type="image/webp"
          srcset="
            /demo/images/palmyra-2016-640.webp   640w,
            /demo/images/palmyra-2016-1280.webp 1280w,
            /demo/images/palmyra-2016-1920.webp 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
        />
        <img
          src="/demo/images/palmyra-2016-1280.jpg"
          srcset="
            /demo/images/palmyra-2016-640.jpg   640w,
            /demo/images/palmyra-2016-1280.jpg 1280w,
            /demo/images/palmyra-2016-1920.jpg 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
          width="1920"
          height="1080"
          alt="Illustration of a grey drone view of the Roman theatre at Palmyra in June 2016: a semicircular bowl of stone seats split by staircases around a half-round orchestra, and behind the stage the columned stage façade standing across its full width; to the left, where the colonnade ends, the tetrapylon's sixteen columns stand on four platforms, in a desert of scattered stones and ruins."
        />
      </picture>
      <picture slot="after">
        <source
          type="image/avif"
          srcset="
            /demo/images/palmyra-2017-640.avif   640w,
            /demo/images/palmyra-2017-1280.avif 1280w,
            /demo/images/palmyra-2017-1920.avif 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
        />
        <source
          type="image/webp"
          srcset="
            /demo/images/palmyra-2017-640.webp   640w,
            /demo/images/palmyra-2017-1280.webp 1280w,
            /demo/images/palmyra-2017-1920.webp 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
        />
        <img
          src="/demo/images/palmyra-2017-1280.jpg"
          srcset="
            /demo/images/palmyra-2017-640.jpg   640w,
            /demo/images/palmyra-2017-1280.jpg 1280w,
            /demo/images/palmyra-2017-1920.jpg 1920w
          "
          sizes="(min-width: 72rem) 54rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)"
          width="1920"
          height="1080"
          alt="Illustration of the same drone view in February 2017: the seats, orchestra and surrounding ruins unchanged, but the central stage façade gone, its columns toppled and a field of fallen blocks and scorch marks spread across the stage, and the tetrapylon's columns thrown down, their drums lying around the bare platforms."
        />
      </picture>
      <before-after-note x="49.6" y="39.5" value="35" zoom="3"
        >The proscenium, the stage façade at the heart of the theatre: standing
        in June 2016, rubble by February 2017.</before-after-note
      >
      <before-after-note x="33.7" y="17.5" value="33" side="before"
        >The tetrapylon’s sixteen columns on their four platforms, thrown down
        since; the platforms remain.</before-after-note
      >
    </before-after>
    <figcaption>
      <before-after-caption for="palmyra">
        <time slot="before-date" datetime="2016-06-06">June 6, 2016</time>
        <span slot="before"
          >The proscenium and the columned stage façade still stand.</span
        >
        <time slot="after-date" datetime="2017-02-05">February 5, 2017</time>
        <span slot="after"
          >The proscenium blown up: the central façade is rubble, its columns
          fallen.</span
        >
        This photo combo, made from footage taken from the Russian defence
        ministry website, shows the Roman-era amphitheatre at Syria’s ancient
        city of Palmyra on June 6, 2016<span class="stacked-only">, top,</span>
        and on February 5, 2017<span class="stacked-only">, below</span>.
        <span slot="credit"
          >Footage: Russian Defence Ministry Press Service via AP. The pictures
          shown here are illustrations of the scene drawn for this page, not the
          footage itself.</span
        >
      </before-after-caption>
    </figcaption>
  </figure>
`;

const body = await collectResult(render(figure));
const out = 'dist/ssr-example.html';
writeFileSync(
  out,
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Palmyra, rendered on the server</title>
    <link rel="stylesheet" href="/src/before-after.css" />
    <link rel="stylesheet" href="/demo/article.css" />
    <!-- Hydration support first, then the elements: one resolver (here the
         dev server's) for both, so they share one Lit. -->
    <script type="module">
      import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
      import '/src/define.ts';
    </script>
  </head>
  <body>
    <main>
      <article>
        ${body}
      </article>
    </main>
  </body>
</html>
`
);
console.log(
  `Wrote ${out}: open it at /dist/ssr-example.html on \`npm start\`.`
);
