import {expect} from '@open-wc/testing';
import {
  FIELDS,
  NOTE_ALLOWANCE,
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

describe('embed config: zoom and max-zoom', () => {
  it('turns zoom on as the attribute does: true, "true", or given empty', () => {
    for (const on of [true, 'true', ' true ', ''])
      expect(
        checkConfig({...minimal, zoom: on}),
        JSON.stringify(on)
      ).to.deep.equal({config: {...minimal, zoom: 'true'}, errors: []});
  });

  it('leaves zoom off for false, "false", null or nothing: no attribute at all', () => {
    for (const off of [false, 'false', null, undefined])
      expect(
        checkConfig({...minimal, zoom: off}),
        JSON.stringify(off)
      ).to.deep.equal({config: minimal, errors: []});
  });

  for (const input of ['yes', 'on', '1', 'TRUE', 'zoom', 1, 0, {}, ['true']])
    it(`refuses zoom = ${JSON.stringify(input)}, naming it`, () => {
      expect(checkConfig({...minimal, zoom: input})).to.deep.equal({
        config: minimal,
        errors: [{field: 'zoom', message: 'zoom must be true or false.'}],
      });
    });

  it('reads zoom from a query string: ?zoom, zoom= or zoom=true is on, zoom=false off', () => {
    const read = (query: string) =>
      checkConfig(
        new URLSearchParams(
          `before=a.jpg&after=b.jpg&before-alt=A&after-alt=B&${query}`
        )
      );
    for (const on of ['zoom', 'zoom=', 'zoom=true', 'zoom=true&max-zoom=6'])
      expect(read(on).config.zoom, on).to.equal('true');
    expect(read('zoom=false').config).not.to.have.property('zoom');
    expect(read('max-zoom=2.5').config['max-zoom']).to.equal('2.5');
    expect(read('zoom=yes&max-zoom=9').errors).to.deep.equal([
      {field: 'zoom', message: 'zoom must be true or false.'},
      {field: 'max-zoom', message: 'max-zoom must be a number from 1 to 8.'},
    ]);
  });

  it('keeps max-zoom from 1 to 8 as the number’s text', () => {
    const cases: [unknown, string][] = [
      [1, '1'],
      ['1', '1'],
      [' 2.5 ', '2.5'],
      [6, '6'],
      ['8', '8'],
      ['4.0', '4'],
    ];
    for (const [input, kept] of cases)
      expect(
        checkConfig({...minimal, zoom: true, 'max-zoom': input}),
        JSON.stringify(input)
      ).to.deep.equal({
        config: {...minimal, zoom: 'true', 'max-zoom': kept},
        errors: [],
      });
  });

  const badMax: [unknown, RegExp][] = [
    [0.5, /^max-zoom must be a number from 1 to 8\.$/],
    ['0', /^max-zoom must be a number from 1 to 8\.$/],
    [9, /^max-zoom must be a number from 1 to 8\.$/],
    ['8.01', /^max-zoom must be a number from 1 to 8\.$/],
    ['abc', /^max-zoom must be a number from 1 to 8\.$/],
    ['4x', /^max-zoom must be a number from 1 to 8\.$/],
    ['Infinity', /^max-zoom must be a number from 1 to 8\.$/],
    [Infinity, /^max-zoom must be text\.$/],
    [true, /^max-zoom must be text\.$/],
  ];
  for (const [input, message] of badMax)
    it(`refuses max-zoom = ${String(input)}, naming it`, () => {
      const {config, errors} = checkConfig({
        ...minimal,
        zoom: true,
        'max-zoom': input,
      });
      expect(config).not.to.have.property('max-zoom');
      expect(errors).to.have.length(1);
      expect(errors[0]!.field).to.equal('max-zoom');
      expect(errors[0]!.message).to.match(message);
    });

  it('writes zoom=true and max-zoom to a query string, and true and the number’s text to JSON, which read back the same', () => {
    const config = {...minimal, value: '40', zoom: 'true', 'max-zoom': '6'};
    const compact = toQuery(config, true);
    expect(compact).to.match(/&value=40&zoom=true&max-zoom=6$/);
    for (const query of [compact, toQuery(config)])
      expect(checkConfig(new URLSearchParams(query)).config).to.deep.equal(
        config
      );
    const json = JSON.parse(toJson(config));
    expect(json).to.include({zoom: true, 'max-zoom': '6'});
    expect(Object.keys(json).slice(-2)).to.deep.equal(['zoom', 'max-zoom']);
    expect(checkConfig(json).config).to.deep.equal(config);
    // Off is no field at all.
    expect(toQuery(minimal)).not.to.contain('zoom');
    expect(JSON.parse(toJson(minimal))).not.to.have.property('zoom');
  });
});

describe('embed config: scroll-reveal', () => {
  it('turns scroll-reveal on as the attribute does: true, "true", or given empty', () => {
    for (const on of [true, 'true', ' true ', ''])
      expect(
        checkConfig({...minimal, 'scroll-reveal': on}),
        JSON.stringify(on)
      ).to.deep.equal({
        config: {...minimal, 'scroll-reveal': 'true'},
        errors: [],
      });
  });

  it('leaves scroll-reveal off for false, "false", null or nothing: no attribute at all', () => {
    for (const off of [false, 'false', ' false ', null, undefined])
      expect(
        checkConfig({...minimal, 'scroll-reveal': off}),
        JSON.stringify(off)
      ).to.deep.equal({config: minimal, errors: []});
  });

  for (const input of [
    'yes',
    'on',
    '1',
    'TRUE',
    'scroll-reveal',
    'scroll',
    1,
    0,
    {},
    ['true'],
  ])
    it(`refuses scroll-reveal = ${JSON.stringify(input)}, naming it`, () => {
      expect(checkConfig({...minimal, 'scroll-reveal': input})).to.deep.equal({
        config: minimal,
        errors: [
          {
            field: 'scroll-reveal',
            message: 'scroll-reveal must be true or false.',
          },
        ],
      });
    });

  it('reads scroll-reveal from a query string: bare, empty or true is on, false off, anything else refused', () => {
    const read = (query: string) =>
      checkConfig(
        new URLSearchParams(
          `before=a.jpg&after=b.jpg&before-alt=A&after-alt=B&${query}`
        )
      );
    for (const on of [
      'scroll-reveal',
      'scroll-reveal=',
      'scroll-reveal=true',
      'zoom&scroll-reveal=true',
    ])
      expect(read(on).config['scroll-reveal'], on).to.equal('true');
    expect(read('scroll-reveal=false').config).not.to.have.property(
      'scroll-reveal'
    );
    expect(read('scroll-reveal=false').errors).to.deep.equal([]);
    // Each switch is checked on its own, and named on its own.
    expect(read('zoom=yes&scroll-reveal=1').errors).to.deep.equal([
      {field: 'zoom', message: 'zoom must be true or false.'},
      {field: 'scroll-reveal', message: 'scroll-reveal must be true or false.'},
    ]);
    expect(read('zoom=true&scroll-reveal=on').config).to.deep.equal({
      before: 'a.jpg',
      after: 'b.jpg',
      'before-alt': 'A',
      'after-alt': 'B',
      zoom: 'true',
    });
  });

  it('writes scroll-reveal=true to a query string and true to JSON, after zoom, which read back the same', () => {
    const config = {
      ...minimal,
      value: '40',
      zoom: 'true',
      'max-zoom': '6',
      'scroll-reveal': 'true',
    };
    const compact = toQuery(config, true);
    expect(compact).to.match(
      /&value=40&zoom=true&max-zoom=6&scroll-reveal=true$/
    );
    for (const query of [compact, toQuery(config)])
      expect(checkConfig(new URLSearchParams(query)).config).to.deep.equal(
        config
      );
    const json = JSON.parse(toJson(config));
    expect(json['scroll-reveal']).to.equal(true);
    expect(Object.keys(json).slice(-3)).to.deep.equal([
      'zoom',
      'max-zoom',
      'scroll-reveal',
    ]);
    expect(checkConfig(json).config).to.deep.equal(config);
    // Without zoom too.
    const alone = {...minimal, 'scroll-reveal': 'true'};
    expect(toQuery(alone)).to.match(/&scroll-reveal=true$/);
    expect(JSON.parse(toJson(alone))).to.include({'scroll-reveal': true});
    // Off is no field at all.
    expect(toQuery(minimal)).not.to.contain('scroll-reveal');
    expect(JSON.parse(toJson(minimal))).not.to.have.property('scroll-reveal');
  });
});

describe('embed config: notes', () => {
  const note = {x: 50, y: 38, text: 'The proscenium, rubble by 2017.'};
  const withNotes = (notes: unknown) => checkConfig({...minimal, notes});
  /** A note's error, the only one. */
  const only = (notes: unknown) => {
    const {config, errors} = withNotes(notes);
    expect(errors, JSON.stringify(errors)).to.have.length(1);
    expect(config.notes ?? []).to.have.length(
      Array.isArray(notes) ? notes.length - 1 : 0
    );
    return errors[0]!;
  };

  it('keeps x, y, text, value and side, in order, and drops unknown note fields', () => {
    const {config, errors} = withNotes([
      {...note, value: 25, onclick: 'alert(1)'},
      {x: '86', y: ' 22.125 ', text: 'Columns', value: '75', side: 'before'},
      {x: 0, y: 100, text: 'Corner', side: 'both'},
      {x: 10, y: 10, text: 'After only', side: 'after'},
    ]);
    expect(errors).to.deep.equal([]);
    expect(config.notes).to.deep.equal([
      {...note, value: 25},
      {x: 86, y: 22.13, text: 'Columns', value: 75, side: 'before'},
      // both is the default: written as nothing.
      {x: 0, y: 100, text: 'Corner'},
      {x: 10, y: 10, text: 'After only', side: 'after'},
    ]);
  });

  it('has no notes field without notes, and takes an empty list as none', () => {
    expect(checkConfig(minimal).config).not.to.have.property('notes');
    expect(withNotes([]).config).not.to.have.property('notes');
    expect(withNotes([]).errors).to.deep.equal([]);
  });

  const bad: [string, unknown, string][] = [
    ['x', 101, 'notes[2].x must be a number from 0 to 100.'],
    ['x', -0.5, 'notes[2].x must be a number from 0 to 100.'],
    ['x', 'abc', 'notes[2].x must be a number from 0 to 100.'],
    ['x', '50%', 'notes[2].x must be a number from 0 to 100.'],
    ['x', Infinity, 'notes[2].x must be a number from 0 to 100.'],
    ['x', true, 'notes[2].x must be a number from 0 to 100.'],
    [
      'x',
      undefined,
      "notes[2].x is missing: give a number from 0 to 100 (percent of the earlier image's width).",
    ],
    ['y', 'NaN', 'notes[2].y must be a number from 0 to 100.'],
    [
      'y',
      '',
      "notes[2].y is missing: give a number from 0 to 100 (percent of the earlier image's height).",
    ],
    ['value', 150, 'notes[2].value must be a number from 0 to 100.'],
    ['value', [25], 'notes[2].value must be a number from 0 to 100.'],
    ['side', 'left', 'notes[2].side must be before, after or both.'],
    ['side', 1, 'notes[2].side must be before, after or both.'],
    [
      'text',
      undefined,
      'notes[2].text is missing: give the note as plain text.',
    ],
    [
      'text',
      ' \x01\n ',
      'notes[2].text is empty: give the note as plain text.',
    ],
    ['text', ['a'], 'notes[2].text must be text.'],
    ['zoom', 1, 'notes[2].zoom must be a number above 1, at most 8.'],
    ['zoom', '0.5', 'notes[2].zoom must be a number above 1, at most 8.'],
    ['zoom', 8.5, 'notes[2].zoom must be a number above 1, at most 8.'],
    ['zoom', '3x', 'notes[2].zoom must be a number above 1, at most 8.'],
    ['zoom', true, 'notes[2].zoom must be a number above 1, at most 8.'],
    [
      'text',
      'x'.repeat(301),
      'notes[2].text is too long (301 characters; at most 300).',
    ],
  ];
  for (const [key, input, message] of bad)
    it(`refuses notes[2].${key} = ${JSON.stringify(input)?.slice(0, 30)}, naming it`, () => {
      const third = {...note, [key]: input};
      expect(only([note, note, third])).to.deep.equal({
        field: `notes[2].${key}`,
        message,
      });
    });

  it('names every bad field of a note, and each bad note', () => {
    const {errors} = withNotes([{x: 200, y: -1, text: ''}, 'a note', null]);
    expect(errors.map((e) => e.field)).to.deep.equal([
      'notes[0].x',
      'notes[0].y',
      'notes[0].text',
      'notes[1]',
      'notes[2]',
    ]);
  });

  it('takes at most 20 notes, and a list only', () => {
    expect(withNotes(Array(20).fill(note)).errors).to.deep.equal([]);
    expect(withNotes(Array(21).fill(note))).to.deep.equal({
      config: minimal,
      errors: [
        {
          field: 'notes',
          message: 'notes has too many notes (21; at most 20).',
        },
      ],
    });
    expect(only({0: note})).to.deep.equal({
      field: 'notes',
      message: 'notes must be a list of notes, each {x, y, text}.',
    });
  });

  it('takes 300 characters after stripping control characters, and keeps HTML as text', () => {
    const html = '<img src=x onerror="top.pwned=1"><b>bold</b> & more';
    const long = `${'y'.repeat(299)}\x00\x07\x1b\x7fz`;
    const {config, errors} = withNotes([
      {...note, text: ` \x00${html}\x08 `},
      {...note, text: long},
    ]);
    expect(errors).to.deep.equal([]);
    expect(config.notes![0]!.text).to.equal(html);
    expect(config.notes![1]!.text).to.equal(`${'y'.repeat(299)}z`);
  });

  it('strips C1 controls and bidirectional overrides, which could make a note read otherwise, and keeps Arabic and its marks', () => {
    const {config, errors} = withNotes([
      {...note, text: 'evil\u202etxt.exe\u0085 \u2066x\u2069'},
      {...note, text: 'المسرح\u200f الروماني'},
    ]);
    expect(errors).to.deep.equal([]);
    expect(config.notes![0]!.text).to.equal('eviltxt.exe x');
    expect(config.notes![1]!.text).to.equal('المسرح\u200f الروماني');
  });

  describe('in a query string', () => {
    const query = (...notes: string[]) => {
      const params = new URLSearchParams(
        'before=a.jpg&after=b.jpg&before-alt=A&after-alt=B'
      );
      for (const n of notes) params.append('note', n);
      return checkConfig(params);
    };

    it('reads one note parameter per note: x,y:text, with value and side if given', () => {
      const {config, errors} = query(
        '50,38:The proscenium: standing, then rubble',
        '86,22,75,before:Columns, thrown down',
        '10,20,before:On the earlier image',
        '10,20,,after:On the later image',
        ' 1.5 , 2 ,25:  Spaced  '
      );
      expect(errors).to.deep.equal([]);
      expect(config.notes).to.deep.equal([
        {x: 50, y: 38, text: 'The proscenium: standing, then rubble'},
        {x: 86, y: 22, value: 75, side: 'before', text: 'Columns, thrown down'},
        {x: 10, y: 20, side: 'before', text: 'On the earlier image'},
        {x: 10, y: 20, side: 'after', text: 'On the later image'},
        {x: 1.5, y: 2, value: 25, text: 'Spaced'},
      ]);
    });

    it('names the note parameter at fault, counting from 0', () => {
      expect(
        query('1,2:a', 'no colon', '1,2,3,before,x:a').errors
      ).to.deep.equal([
        {
          field: 'notes[1]',
          message: 'notes[1] must read x,y:text or x,y,value,side,3x:text.',
        },
        {
          field: 'notes[2]',
          message: 'notes[2] must read x,y:text or x,y,value,side,3x:text.',
        },
      ]);
      expect(query('1,2:a', '1,abc:b', '1,2,300:c').errors).to.deep.equal([
        {
          field: 'notes[1].y',
          message: 'notes[1].y must be a number from 0 to 100.',
        },
        {
          field: 'notes[2].value',
          message: 'notes[2].value must be a number from 0 to 100.',
        },
      ]);
      expect(query('1,2,left:a').errors[0]!.field).to.equal('notes[0].side');
      expect(query('1,2,3,before,4x,x:a').errors[0]!.field).to.equal(
        'notes[0]'
      );
      expect(query(...Array<string>(21).fill('1,2:a')).errors).to.deep.equal([
        {field: 'notes', message: 'notes has too many notes (21; at most 20).'},
      ]);
    });
  });

  describe('zoom', () => {
    it('keeps a note’s zoom, above 1 and at most 8, as a number', () => {
      const {config, errors} = withNotes([
        {...note, zoom: 3},
        {...note, zoom: ' 2.5 ', side: 'after'},
        {...note, zoom: 8, value: 40},
        {...note, zoom: 1.01},
        {...note, zoom: null},
        {...note, zoom: ''},
      ]);
      expect(errors).to.deep.equal([]);
      expect(config.notes).to.deep.equal([
        {...note, zoom: 3},
        {...note, zoom: 2.5, side: 'after'},
        {...note, zoom: 8, value: 40},
        {...note, zoom: 1.01},
        note,
        note,
      ]);
    });

    const query = (...notes: string[]) => {
      const params = new URLSearchParams(
        'before=a.jpg&after=b.jpg&before-alt=A&after-alt=B'
      );
      for (const n of notes) params.append('note', n);
      return checkConfig(params);
    };

    it('reads it in a query string as the last part before the colon, a number and an x', () => {
      const {config, errors} = query(
        '50,38,25,after,3x:The proscenium: 3x closer',
        '50,38,2.5x:Zoom only',
        '50,38,75,4x:Value and zoom',
        '50,38,before,8X:Side and zoom',
        '50,38,,after, 2x :Spaced'
      );
      expect(errors).to.deep.equal([]);
      expect(config.notes).to.deep.equal([
        {
          x: 50,
          y: 38,
          value: 25,
          side: 'after',
          zoom: 3,
          text: 'The proscenium: 3x closer',
        },
        {x: 50, y: 38, zoom: 2.5, text: 'Zoom only'},
        {x: 50, y: 38, value: 75, zoom: 4, text: 'Value and zoom'},
        {x: 50, y: 38, side: 'before', zoom: 8, text: 'Side and zoom'},
        {x: 50, y: 38, side: 'after', zoom: 2, text: 'Spaced'},
      ]);
    });

    it('names notes[i].zoom when the zoom in a query string is not above 1 and at most 8', () => {
      expect(
        query('1,2,1x:a', '1,2,9x:b', '1,2,ax:c', '1,2,3:d').errors
      ).to.deep.equal([
        {
          field: 'notes[0].zoom',
          message: 'notes[0].zoom must be a number above 1, at most 8.',
        },
        {
          field: 'notes[1].zoom',
          message: 'notes[1].zoom must be a number above 1, at most 8.',
        },
        {
          field: 'notes[2].zoom',
          message: 'notes[2].zoom must be a number above 1, at most 8.',
        },
      ]);
      // Not last, a zoom is where the value goes, and no value.
      expect(query('1,2,3x,before:a').errors).to.deep.equal([
        {
          field: 'notes[0].value',
          message: 'notes[0].value must be a number from 0 to 100.',
        },
      ]);
    });

    it('writes it as 3x in a query string and as a number in JSON, which read back the same', () => {
      const config = checkConfig({
        ...minimal,
        zoom: true,
        notes: [
          {...note, value: 25, side: 'after', zoom: 3},
          {...note, zoom: 2.5},
        ],
      }).config;
      expect(toQuery(config, true)).to.contain(
        '&note=50,38,25,after,3x:The+proscenium,+rubble+by+2017.&note=50,38,2.5x:'
      );
      for (const compact of [false, true])
        expect(
          checkConfig(new URLSearchParams(toQuery(config, compact))).config
        ).to.deep.equal(config);
      const json = JSON.parse(toJson(config));
      expect(json.notes).to.deep.equal([
        {...note, value: 25, side: 'after', zoom: 3},
        {...note, zoom: 2.5},
      ]);
      expect(checkConfig(json).config).to.deep.equal(config);
    });
  });

  it('writes notes to a query string and JSON that read back to the same notes', () => {
    const config = checkConfig({
      ...minimal,
      notes: [
        {...note, text: 'A & B: <i>"quoted"</i>, 100% + more', value: 25},
        {x: 86.5, y: 22, text: 'Columns', side: 'before'},
        {x: 1, y: 2, text: 'Later', side: 'after', value: 0},
      ],
    }).config;
    for (const compact of [false, true]) {
      const query = toQuery(config, compact);
      expect(
        checkConfig(new URLSearchParams(query)).config,
        query
      ).to.deep.equal(config);
    }
    expect(checkConfig(JSON.parse(toJson(config))).config).to.deep.equal(
      config
    );
    expect(JSON.parse(toJson(config)).notes[1]).to.deep.equal({
      x: 86.5,
      y: 22,
      text: 'Columns',
      side: 'before',
    });
    expect(Object.keys(JSON.parse(toJson(config))).at(-1)).to.equal('notes');
  });

  it('writes a compact query: the note as x,y,value,side:text, commas, colons and slashes as they are', () => {
    const config = {
      before: 'https://example.org/a/b.jpg',
      notes: [{x: 50, y: 38, value: 25, text: 'Here, then: gone/100%'}],
    };
    expect(toQuery(config, true)).to.equal(
      'before=https://example.org/a/b.jpg&note=50,38,25:Here,+then:+gone/100%25'
    );
    expect(toQuery(config)).to.equal(
      'before=https%3A%2F%2Fexample.org%2Fa%2Fb.jpg&note=50%2C38%2C25%3AHere%2C+then%3A+gone%2F100%25'
    );
  });

  it('gives the frame room for the notes listed under the images', () => {
    expect(
      frameSize({width: '1600', height: '900', notes: Array(3).fill(note)}, 640)
    ).to.deep.equal({width: 640, height: 360 + 160 + 3 * NOTE_ALLOWANCE});
  });
});
