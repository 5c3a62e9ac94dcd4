import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {BeforeAfter} from '../src/before-after.js';
import {checkConfig, FIELDS, toQuery} from '../src/embed/config.js';
import {
  AFTER,
  BEFORE,
  closeFrames,
  control,
  edit,
  form,
  FULL,
  openBuilder,
  previewOf,
  reading,
  snippet,
  valueOf,
} from './helpers/builder.js';
import {audit} from './helpers/frames.js';
import {guardConsole} from './helpers/guards.js';
import {until} from './helpers/wait.js';

guardConsole();
afterEach(closeFrames);

/*
 * The embed builder (demo/builder.html) in an iframe, as an editor uses it:
 * prefilled from its address, edited, checked as it goes, and laid out for
 * every screen.
 */

describe('the embed builder', () => {
  it('fills every field from its address, previews it, and keeps the address in step', async () => {
    const doc = await openBuilder(FULL);
    for (const field of FIELDS)
      expect(valueOf(doc, field), field).to.equal(FULL[field]);
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);

    const shown = await reading(doc);
    expect(shown.value).to.equal('30');
    expect(shown.valuenow).to.equal('30');
    expect(shown.orientation).to.equal('vertical');
    expect(shown.drawn).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(shown.dates).to.deep.equal(['June 6, 2016', 'February 5, 2017']);
    expect(shown.images).to.deep.equal([
      {
        slot: 'before',
        src: new URL(BEFORE, location.href).href,
        alt: FULL['before-alt'],
      },
      {
        slot: 'after',
        src: new URL(AFTER, location.href).href,
        alt: FULL['after-alt'],
      },
    ]);
    expect(shown.slots).to.deep.equal({
      before: 'The stage still stands.',
      'before-credit': 'Agency A',
      after: 'The stage is rubble.',
      'after-credit': 'Agency B',
      credit: 'Russian Defence Ministry via AP',
    });
    expect(shown.text).to.contain('The Roman theatre at Palmyra, Syria.');
    const preview = doc.querySelector('before-after')!;
    expect(preview.getAttribute('label')).to.equal(FULL.title);
    expect(preview.closest('figure')!.lang).to.equal('en');
    expect(preview.closest('figure')!.dir).to.equal('ltr');
    const box = preview.getBoundingClientRect();
    expect(box.width).to.be.above(300);
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 2);

    edit(doc, 'before-label', 'June 7, 2016');
    const win = doc.defaultView!;
    const after = {...FULL, 'before-label': 'June 7, 2016'};
    expect(win.location.search).to.equal(
      `?${toQuery(checkConfig(after).config)}`
    );
    expect(win.location.pathname).to.equal('/demo/builder.html');
    expect(preview.getAttribute('before-label')).to.equal('June 7, 2016');
    expect(snippet(doc, 'json')).to.contain('"before-label": "June 7, 2016"');
  });

  it('shows bad input next to its field, not as an alert, and holds back the code', async () => {
    const doc = await openBuilder({
      before: 'javascript:alert(1)',
      after: AFTER,
      'after-alt': 'A grey square',
    });
    const win = doc.defaultView!;
    let alerted = false;
    win.alert = () => (alerted = true);
    for (const [field, words] of [
      ['before', 'must be an http:, https: or relative address'],
      ['before-alt', 'before-alt is missing'],
    ] as const) {
      const input = control(doc, field);
      expect(input.getAttribute('aria-invalid'), field).to.equal('true');
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => doc.getElementById(id)!);
      const error = described.find((el) => el.classList.contains('error'))!;
      expect(error.textContent).to.contain(words);
      expect(error.hidden).to.be.false;
      expect(error.closest('.field')).to.equal(input.closest('.field'));
    }
    expect(control(doc, 'after').hasAttribute('aria-invalid')).to.be.false;
    expect(
      doc.querySelectorAll('[role="alert"], [aria-live="assertive"]')
    ).to.have.length(0);
    // The refused address never reaches the preview.
    expect(doc.querySelector('img[slot="before"]')!.hasAttribute('src')).to.be
      .false;
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.true;
    expect(snippet(doc, 'iframe')).to.equal('');
    expect(doc.querySelector('#code-pending')!.textContent).to.contain(
      '2 fields need attention'
    );
    await audit(doc);

    edit(doc, 'before', BEFORE);
    edit(doc, 'before-alt', 'A sand-coloured square');
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);
    expect(control(doc, 'before').getAttribute('aria-describedby')).to.equal(
      'h-before'
    );
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.false;
    expect(snippet(doc, 'iframe')).to.contain('embed.html?');
    expect(alerted).to.be.false;
  });

  it('refuses a base address that is not http(s), next to its field', async () => {
    const doc = await openBuilder({...FULL, base: 'javascript:alert(1)//'});
    const input = control(doc, 'base');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.querySelector('#e-base')!.textContent).to.contain('http');
    expect(doc.querySelector<HTMLElement>('#snippets')!.hidden).to.be.true;
    edit(doc, 'base', 'https://cdn.example/ba');
    expect(snippet(doc, 'iframe')).to.contain(
      'src="https://cdn.example/ba/embed.html?'
    );
    expect(
      new URLSearchParams(doc.defaultView!.location.search).get('base')
    ).to.equal('https://cdn.example/ba');
  });

  it('starts empty without nagging, with the base next to the builder', async () => {
    const doc = await openBuilder({});
    expect(valueOf(doc, 'base')).to.equal(
      new URL('/dist/', location.href).href
    );
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);
    expect(doc.querySelector('#code-pending')!.textContent).to.contain(
      '4 fields need attention'
    );
  });

  it('copies a snippet and says so politely, with a fallback when the clipboard refuses', async () => {
    const doc = await openBuilder(FULL);
    const win = doc.defaultView!;
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (text: string) => void copied.push(text)},
    });
    const status = doc.querySelector('#copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    doc.querySelector<HTMLButtonElement>('[data-copy="iframe"]')!.click();
    await until(() => status.textContent === 'Copied', 'Copied');
    expect(copied).to.deep.equal([snippet(doc, 'iframe')]);

    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {writeText: () => Promise.reject(new Error('not allowed'))},
    });
    status.textContent = '';
    doc.querySelector<HTMLButtonElement>('[data-copy="json"]')!.click();
    await until(() => status.textContent, 'a word on the copy');
    expect(status.textContent).to.match(/^(Copied|Selected)/);
    expect(String(win.getSelection())).to.equal(snippet(doc, 'json'));
  });

  it('takes the start position from the preview’s divider', async () => {
    const doc = await openBuilder({...FULL, orientation: 'horizontal'});
    const preview = doc.querySelector('before-after') as BeforeAfter;
    preview.shadowRoot!.querySelector<HTMLElement>('[part~="handle"]')!.focus();
    await sendKeys({press: 'End'});
    await until(() => valueOf(doc, 'value') === '100', 'value 100');
    expect(
      new URLSearchParams(doc.defaultView!.location.search).get('value')
    ).to.equal('100');
    expect(snippet(doc, 'script')).to.contain('value="100"');
  });

  it('links to the article, and the article links to it', async () => {
    const doc = await openBuilder({});
    const back = [...doc.querySelectorAll('a')].find(
      (a) => new URL(a.href).pathname === '/index.html'
    );
    expect(back).to.exist;
    const article = new DOMParser().parseFromString(
      await (await fetch('/index.html')).text(),
      'text/html'
    );
    const link = article.querySelector('a[href="/demo/builder.html"]')!;
    expect(link.textContent).to.equal('Make your own comparison');
  });

  for (const width of [375, 1280]) {
    it(`has no horizontal scrolling at ${width} px, and passes axe`, async () => {
      const doc = await openBuilder(FULL, {width});
      const {scrollWidth, clientWidth} = doc.documentElement;
      expect(scrollWidth).to.equal(clientWidth);
      await audit(doc);
    });
  }

  it('keeps the preview beside the form on wide screens', async () => {
    const doc = await openBuilder(FULL, {width: 1280});
    const formBox = form(doc).getBoundingClientRect();
    const previewBox = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(previewBox.left).to.be.at.least(formBox.right);
    doc.defaultView!.scrollTo(0, 900);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const stuck = doc.querySelector('.preview')!.getBoundingClientRect();
    expect(stuck.top).to.be.within(0, 40);
  });
});

describe('the embed builder: scroll-reveal', () => {
  const storyBox = (doc: Document) => control(doc, 'scroll-reveal');
  /** The preview's nearest scroll container: the element's timeline follows it. */
  const stageOf = (doc: Document) =>
    doc.querySelector<HTMLElement>('#preview-stage')!;
  const scrolls = (el: HTMLElement) => el.scrollHeight > el.clientHeight;
  /** Where an element is on the builder's page (not its viewport), rounded to a tenth of a pixel. */
  const at = (doc: Document, selector: string) => {
    const box = doc.querySelector(selector)!.getBoundingClientRect();
    const y = doc.defaultView!.scrollY;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      top: round(box.top + y),
      left: round(box.left),
      width: round(box.width),
      height: round(box.height),
    };
  };

  it('has a “Tell the story as the reader scrolls” checkbox, with a hint for each embed, that every snippet and the address carry', async () => {
    const doc = await openBuilder(FULL);
    const box = storyBox(doc);
    expect(box.type).to.equal('checkbox');
    expect(box.name).to.equal('scroll-reveal');
    expect(box.labels![0]!.textContent!.trim()).to.equal(
      'Tell the story as the reader scrolls'
    );
    const hint = doc.getElementById(box.getAttribute('aria-describedby')!)!;
    expect(hint.classList.contains('hint')).to.be.true;
    const said = hint.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain(
      'On the article page the divider follows the reader’s scroll and holds at each note'
    );
    expect(said).to.contain(
      'in the iframe and AMP embeds, where the page’s scroll is out of reach, it sweeps once when the comparison comes into view'
    );
    expect(box.checked).to.be.false;
    const preview = previewOf(doc);
    expect(preview.hasAttribute('scroll-reveal')).to.be.false;
    for (const name of ['script', 'iframe', 'amp', 'json'])
      expect(snippet(doc, name), name).not.to.contain('scroll-reveal');

    box.click();
    expect(valueOf(doc, 'scroll-reveal')).to.equal('true');
    expect(preview.getAttribute('scroll-reveal')).to.equal('');
    expect(snippet(doc, 'script')).to.contain(' scroll-reveal="">');
    expect(snippet(doc, 'iframe')).to.contain('&amp;scroll-reveal=true');
    expect(snippet(doc, 'amp')).to.contain('&amp;scroll-reveal=true');
    expect(JSON.parse(snippet(doc, 'json'))).to.include({
      'scroll-reveal': true,
    });
    const search = new URLSearchParams(doc.defaultView!.location.search);
    expect(search.get('scroll-reveal')).to.equal('true');
    expect(doc.defaultView!.location.search).to.equal(
      `?${toQuery(checkConfig({...FULL, 'scroll-reveal': true}).config)}`
    );
    expect(doc.querySelectorAll('[aria-invalid]')).to.have.length(0);

    box.click();
    expect(preview.hasAttribute('scroll-reveal')).to.be.false;
    expect(doc.defaultView!.location.search).not.to.contain('scroll-reveal');
    for (const name of ['script', 'iframe', 'amp', 'json'])
      expect(snippet(doc, name), name).not.to.contain('scroll-reveal');
  });

  it('round-trips through its address: reopened with it, the box is ticked and the preview scrolls', async () => {
    const first = await openBuilder(FULL);
    storyBox(first).click();
    const address = first.defaultView!.location.search;
    expect(new URLSearchParams(address).get('scroll-reveal')).to.equal('true');

    const doc = await openBuilder({}, {search: address.slice(1)});
    expect(storyBox(doc).checked).to.be.true;
    expect(previewOf(doc).getAttribute('scroll-reveal')).to.equal('');
    expect(snippet(doc, 'script')).to.contain(' scroll-reveal="">');
    expect(scrolls(stageOf(doc))).to.be.true;
    for (const field of FIELDS)
      expect(valueOf(doc, field), field).to.equal(
        field === 'scroll-reveal' ? 'true' : FULL[field]
      );

    // As the attribute: a bare one is on; false and a word it does not know are off.
    const bare = await openBuilder(
      {},
      {search: `${new URLSearchParams(FULL)}&scroll-reveal`}
    );
    expect(storyBox(bare).checked).to.be.true;
    for (const word of ['false', 'yes']) {
      const off = await openBuilder({...FULL, 'scroll-reveal': word});
      expect(storyBox(off).checked, word).to.be.false;
      expect(previewOf(off).hasAttribute('scroll-reveal'), word).to.be.false;
      expect(scrolls(stageOf(off)), word).to.be.false;
    }
  });

  for (const width of [375, 1280])
    it(`at ${width} px, puts the preview in a box that scrolls, as tall as it was, and moves nothing else`, async () => {
      const doc = await openBuilder(FULL, {width});
      const stage = stageOf(doc);
      const preview = previewOf(doc);
      expect(preview.closest('#preview-stage')).to.equal(stage);
      // Off, as it always was: nothing scrolls, nothing is added.
      expect(scrolls(stage)).to.be.false;
      expect(getComputedStyle(stage).overflowY).to.equal('visible');
      expect(stage.hasAttribute('tabindex')).to.be.false;
      const before = {
        stage: at(doc, '#preview-stage'),
        preview: at(doc, '#preview'),
        form: at(doc, 'form'),
        code: at(doc, '.code'),
        box: at(doc, '#f-scroll-reveal'),
      };

      storyBox(doc).click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(scrolls(stage)).to.be.true;
      expect(stage.scrollHeight).to.be.above(stage.clientHeight * 1.5);
      expect(getComputedStyle(stage).overflowY).to.equal('auto');
      // The builder around it stays where it was, and the box is the preview's height.
      expect(at(doc, '#preview-stage')).to.deep.equal(before.stage);
      expect(at(doc, 'form')).to.deep.equal(before.form);
      // (The code below grows by what it now says.)
      expect(at(doc, '.code').top).to.equal(before.code.top);
      expect(at(doc, '#f-scroll-reveal')).to.deep.equal(before.box);
      // The comparison keeps its size, and starts below the middle: the story's start.
      const shown = at(doc, '#preview');
      expect(shown.width).to.equal(before.preview.width);
      expect(shown.height).to.equal(before.preview.height);
      expect(stage.scrollTop).to.equal(0);
      expect(shown.top).to.be.above(before.stage.top + before.stage.height / 4);
      // A keyboard reaches it, and it is named.
      expect(stage.tabIndex).to.equal(0);
      expect(stage.getAttribute('role')).to.equal('region');
      expect(stage.getAttribute('aria-label')).to.contain('scroll');

      // Scrolling the box moves the comparison through it, as the page's scroll will.
      const {top} = preview.getBoundingClientRect();
      stage.scrollTop = stage.scrollHeight;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const scrolled = stage.scrollHeight - stage.clientHeight;
      expect(stage.scrollTop).to.be.closeTo(scrolled, 1);
      expect(preview.getBoundingClientRect().top).to.be.closeTo(
        top - scrolled,
        1
      );
      // Where there is a ViewTimeline, the preview's is this box's.
      const win = doc.defaultView! as Window & {
        ViewTimeline?: new (options: {subject: Element}) => {
          source: Element | null;
        };
      };
      if (win.ViewTimeline)
        expect(new win.ViewTimeline({subject: preview}).source).to.equal(stage);
      await audit(doc);

      // Off again: as it always was.
      storyBox(doc).click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(scrolls(stage)).to.be.false;
      expect(stage.hasAttribute('style')).to.be.false;
      expect(stage.hasAttribute('tabindex')).to.be.false;
      expect(stage.hasAttribute('role')).to.be.false;
      expect(at(doc, '#preview')).to.deep.equal(before.preview);
      expect(at(doc, 'form')).to.deep.equal(before.form);
    });
});
