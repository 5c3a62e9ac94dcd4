import {expect} from '@open-wc/testing';
import {
  FIELDS,
  TEXT_LIMITS,
  checkConfig,
  frameSize,
  isSafeConfigUrl,
  toJson,
  toQuery,
} from '../src/embed/config.js';
import {guardConsole} from './helpers/guards.js';

guardConsole();

const minimal = {
  before: 'images/2016.jpg',
  after: 'https://example.org/2017.jpg',
  'before-alt': 'The theatre, whole',
  'after-alt': 'The theatre, its façade destroyed',
};

describe('embed config: image URLs', () => {
  const allowed = [
    'images/a.jpg',
    './a.jpg',
    '../a.jpg',
    '/a.jpg',
    '//cdn.example.org/a.jpg',
    'http://example.org/a.jpg',
    'HTTPS://example.org/a.jpg',
    ' https://example.org/a.jpg ',
    'a.jpg?x=1:2',
    'https://example.org/caf%C3%A9.jpg',
  ];
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\x01javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    'ftp://example.org/a.jpg',
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    '%256Aavascript%253Aalert(1)',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    '%01javascript:alert(1)',
    'a.jpg%0a',
    '',
    '   ',
  ];
  for (const url of allowed)
    it(`allows ${JSON.stringify(url)}`, () =>
      expect(isSafeConfigUrl(url)).to.be.true);
  for (const url of refused)
    it(`refuses ${JSON.stringify(url)}`, () =>
      expect(isSafeConfigUrl(url)).to.be.false);

  it('refuses an address longer than 2048 characters, naming the field', () => {
    const {errors, config} = checkConfig({
      ...minimal,
      after: `https://example.org/${'a'.repeat(2100)}.jpg`,
    });
    expect(config.after).to.be.undefined;
    expect(errors).to.deep.equal([
      {
        field: 'after',
        message: 'after is too long (2124 characters; at most 2048).',
      },
    ]);
  });
});

describe('embed config: fields', () => {
  it('keeps the known fields as attribute strings and drops unknown ones', () => {
    const {config, errors} = checkConfig({
      ...minimal,
      value: 30,
      width: 1600,
      height: '900',
      orientation: 'vertical',
      dir: 'rtl',
      lang: 'ar-SY',
      onload: 'alert(1)',
      __proto__: {polluted: true},
    });
    expect(errors).to.deep.equal([]);
    expect(config).to.deep.equal({
      ...minimal,
      value: '30',
      width: '1600',
      height: '900',
      orientation: 'vertical',
      dir: 'rtl',
      lang: 'ar-SY',
    });
  });

  it('reads the same names from a query string', () => {
    const query = new URLSearchParams(
      'before=a.jpg&after=b.jpg&before-alt=A&after-alt=B&caption=%3Cb%3Ehi%3C%2Fb%3E&evil=1'
    );
    const {config, errors} = checkConfig(query);
    expect(errors).to.deep.equal([]);
    expect(config).to.deep.equal({
      before: 'a.jpg',
      after: 'b.jpg',
      'before-alt': 'A',
      'after-alt': 'B',
      caption: '<b>hi</b>',
    });
  });

  it('names every missing required field', () => {
    const {errors} = checkConfig({});
    expect(errors.map((e) => e.field)).to.deep.equal([
      'before',
      'after',
      'before-alt',
      'after-alt',
    ]);
    expect(errors[2]!.message).to.match(/^before-alt is missing/);
  });

  it('refuses what is not a JSON object', () => {
    for (const input of [null, 'before=a.jpg', 42, ['before']])
      expect(checkConfig(input).errors).to.deep.equal([
        {field: 'config', message: 'The configuration must be a JSON object.'},
      ]);
  });

  it('keeps text as text, strips control characters, and limits its length', () => {
    const {config} = checkConfig({
      ...minimal,
      caption: ' <script>alert(1)</script>\x00\x07 line\nnext ',
    });
    expect(config.caption).to.equal('<script>alert(1)</script> line\nnext');
    for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
      const {errors} = checkConfig({...minimal, [field]: 'x'.repeat(20000)});
      expect(errors, field).to.deep.equal([
        {
          field,
          message: `${field} is too long (20000 characters; at most ${limit}).`,
        },
      ]);
      expect(checkConfig({...minimal, [field]: 'x'.repeat(limit!)}).errors).to
        .be.empty;
    }
  });

  const bad: [string, unknown, RegExp][] = [
    ['value', '101', /value must be a number from 0 to 100/],
    ['value', '-1', /value must be/],
    ['value', 'abc', /value must be/],
    ['value', 'Infinity', /value must be/],
    ['value', {}, /value must be text/],
    ['orientation', 'diagonal', /orientation must be horizontal or vertical/],
    ['dir', 'up', /dir must be ltr, rtl or auto/],
    ['lang', 'en"><script>', /lang must be a language tag/],
    ['width', '1600.5', /width must be a whole number/],
    ['width', '0', /width must be a whole number/],
    ['width', '99999', /width must be a whole number/],
    ['caption', ['a'], /caption must be text/],
    ['before', 42, /before must be text/],
    [
      'still',
      'javascript:alert(1)',
      /still must be an http:, https: or relative address/,
    ],
  ];
  for (const [field, input, message] of bad) {
    it(`refuses ${field} = ${JSON.stringify(input)}`, () => {
      const extra = field === 'width' ? {height: '900'} : {};
      const {config, errors} = checkConfig({
        ...minimal,
        ...extra,
        [field]: input,
      });
      expect(config).not.to.have.property(field);
      expect(errors).to.have.length(1);
      expect(errors[0]!.field).to.equal(field);
      expect(errors[0]!.message).to.match(message);
    });
  }

  it('wants width and height together', () => {
    const {config, errors} = checkConfig({...minimal, width: '1600'});
    expect(config.width).to.be.undefined;
    expect(errors).to.deep.equal([
      {
        field: 'height',
        message: 'height is missing: give both width and height, or neither.',
      },
    ]);
  });

  it('rounds value as the element does', () => {
    expect(checkConfig({...minimal, value: ' 33.333 '}).config.value).to.equal(
      '33.33'
    );
  });
});

describe('embed config: output', () => {
  const full = Object.fromEntries(
    FIELDS.map((field) => [field, field === 'value' ? '40' : `${field} & "x"`])
  );

  it('writes a query string and JSON that read back to the same config', () => {
    const config = {...minimal, caption: 'A & B <i>"quoted"</i>', value: '40'};
    expect(
      checkConfig(new URLSearchParams(toQuery(config))).config
    ).to.deep.equal(config);
    expect(checkConfig(JSON.parse(toJson(config))).config).to.deep.equal(
      config
    );
  });

  it('writes fields in one order', () => {
    const keys = Object.keys(JSON.parse(toJson(full)));
    expect(keys).to.deep.equal([...FIELDS]);
    expect([...new URLSearchParams(toQuery(full)).keys()]).to.deep.equal([
      ...FIELDS,
    ]);
  });

  it('sizes the frame from the images and leaves room for the caption', () => {
    expect(frameSize({width: '1600', height: '900'}, 640)).to.deep.equal({
      width: 640,
      height: 360 + 160,
    });
    expect(frameSize({width: '1000', height: '1000'}, 500).height).to.equal(
      660
    );
    expect(frameSize({}).height).to.equal(520);
  });
});
