// A React 19 component using the elements as docs/embedding.md shows: it must type-check.
import {useRef, useState} from 'react';
import 'before-after-compare/define.js';
import type {} from 'before-after-compare/react';
import type {BeforeAfterEvent} from 'before-after-compare/react';

export function Comparison() {
  const [value, setValue] = useState(30);
  const [done, setDone] = useState(0);
  const ref = useRef<HTMLElementTagNameMap['before-after']>(null);
  const onChange = (event: BeforeAfterEvent) => setDone(event.target.value);
  return (
    <figure>
      <before-after
        id="palmyra"
        ref={ref}
        className="wide"
        style={{maxWidth: 640}}
        lang="en"
        dir="ltr"
        value={value}
        step={5}
        orientation="vertical"
        before-label="June 6, 2016"
        after-label="February 5, 2017"
        label="The theatre at Palmyra"
        hint
        handle-only
        strings={{labelWithoutDates: 'Comparison'}}
        onInput={(event) => setValue(event.currentTarget.value)}
        onChange={onChange}
      >
        <img
          slot="before"
          src="2016.jpg"
          alt="Standing"
          width={1600}
          height={900}
        />
        <img slot="after" src="2017.jpg" alt="Gone" width={1600} height={900} />
        <before-after-note
          x={50}
          y="38"
          value={25}
          side="before"
          zoom={3}
          open={false}
        >
          The proscenium.
        </before-after-note>
      </before-after>
      <figcaption>
        <before-after-caption for="palmyra" strings={{}}>
          The Roman theatre at Palmyra, Syria. {done}
          <span slot="credit">AP</span>
        </before-after-caption>
      </figcaption>
      <before-after value="50" handle-only={false} zoom max-zoom="6" />
      <before-after scroll-reveal />
      <before-after-caption htmlFor="palmyra" />
    </figure>
  );
}

// docs/embedding.md's example (npm, React 19), as printed there.
export function Palmyra() {
  const [value, setValue] = useState(50);
  return (
    <figure>
      <before-after
        id="palmyra"
        value={value}
        before-label="June 6, 2016"
        after-label="February 5, 2017"
        handle-only
        onInput={(event) => setValue(event.currentTarget.value)}
        onChange={(event) => console.log('settled at', event.target.value)}
      >
        <img
          slot="before"
          src="palmyra-2016.jpg"
          alt="…"
          width={1600}
          height={900}
        />
        <img
          slot="after"
          src="palmyra-2017.jpg"
          alt="…"
          width={1600}
          height={900}
        />
      </before-after>
      <figcaption>
        <before-after-caption for="palmyra">
          The Roman theatre at Palmyra, Syria.
        </before-after-caption>
      </figcaption>
    </figure>
  );
}
