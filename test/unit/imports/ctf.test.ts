import { describe, expect, it } from 'vitest';
import { CTF_MAX_PUPILS, parseCtf, type CtfPupil } from '../../../electron/imports/ctf';
import { accepted, ctf, fixture, pupil, refused } from './ctfXml';

describe('parseCtf: the fixture (three pupils, DfE and REFERENCE layouts)', () => {
  it('reads the header', () => {
    expect(accepted(fixture).header).toEqual({
      documentName: 'Common Transfer File',
      ctfVersion: '25.0',
      dateTime: '2025-02-10T14:05:32',
      documentQualifier: 'full',
      supplierId: 'Synthetic MIS',
      sourceSchool: { lea: '201', estab: '1000', urn: '999001', name: 'Meadowbank Academy' },
      destSchool: { lea: '201', estab: '4000' },
    });
  });

  it('reads every pupil and SEN entry exactly, with their lines, and warns of nothing', () => {
    const { pupils, warnings } = accepted(fixture);
    expect(warnings).toEqual([]);
    expect(pupils).toEqual<CtfPupil[]>([
      {
        line: 24,
        upn: 'U201100013017',
        surname: 'Okafor-Lindqvist',
        forename: 'Amara',
        preferredSurname: 'Okafor',
        dateOfBirth: '2009-02-14',
        sex: 'F',
        ncYear: '11',
        senHistory: [
          // Historic School Action, then SEN support. The SENneeds beside the
          // SEN entries (DfE layout) belong to the latest, open one.
          { line: 51, startDate: '2014-01-20', provision: 'A', needs: [] },
          {
            line: 55,
            startDate: '2014-09-01',
            provision: 'K',
            needs: [
              { line: 60, type: 'SLCN', rank: 1 },
              { line: 64, type: 'SEMH', rank: 2 },
            ],
          },
        ],
      },
      {
        line: 85,
        upn: 'B201100013124',
        surname: 'Wiśniewski-Hale',
        forename: 'Tomasz',
        formerUpn: 'J20110001312B',
        dateOfBirth: '2012-02-29',
        sex: 'M',
        ncYear: '8',
        senHistory: [
          {
            line: 96,
            startDate: '2021-06-14',
            provision: 'E',
            // SENtypeRank before SENtype in the file.
            needs: [
              { line: 101, type: 'ASD', rank: 1 },
              { line: 105, type: 'SLCN', rank: 2 },
            ],
          },
        ],
      },
      {
        // REFERENCE.md §6 layout: fields flat under Pupil, Gender, needs inside the SEN.
        line: 112,
        upn: 'J201100013231',
        surname: 'Marchetti',
        forename: 'Eliza',
        preferredForename: 'Lizzie',
        dateOfBirth: '2011-09-01',
        sex: 'F',
        ncYear: '9',
        senHistory: [{ line: 123, startDate: '2023-01-09', provision: 'K', needs: [{ line: 127, type: 'MLD', rank: 1 }] }],
      },
    ]);
  });

  it('reads the same with a UTF-8 byte order mark, CRLF line ends, or blank lines before the declaration', () => {
    const expected = accepted(fixture);
    expect(accepted(`\uFEFF${fixture}`)).toEqual(expected);
    expect(accepted(fixture.replace(/\n/g, '\r\n'))).toEqual(expected);
    // Blank lines before <?xml ...?> are not XML, but some exports write them; lines stay true.
    const shifted = accepted(`\uFEFF\n\n${fixture}`);
    expect(shifted.pupils.map((p) => p.line)).toEqual([26, 87, 114]);
    expect(shifted.warnings).toEqual([]);
  });
});

describe('parseCtf: pupil fields', () => {
  it('takes Sex, or Gender in older files, as M or F in any case', () => {
    const sexes = accepted(ctf(...pupil({ Sex: 'M' }), ...pupil({ Sex: null }, '  <Gender>f</Gender>'), ...pupil({ Sex: ' F ' })));
    expect(sexes.pupils.map((p) => p.sex)).toEqual(['M', 'F', 'F']);
    expect(sexes.warnings).toEqual([]);
  });

  it('prefers Sex to a Gender that differs, and says so', () => {
    const { pupils, warnings } = accepted(ctf(...pupil({ Sex: 'M' }, '  <Gender>F</Gender>')));
    expect(pupils[0]!.sex).toBe('M');
    expect(warnings).toEqual([{ line: 14, message: 'Line 14: this Pupil has a Sex and a Gender that differ; the Sex is used.' }]);
  });

  it('records a missing or unknown sex as null, with a warning', () => {
    const { pupils, warnings } = accepted(ctf(...pupil({ Sex: null }), ...pupil({ Sex: 'U' })));
    expect(pupils.map((p) => p.sex)).toEqual([null, null]);
    expect(warnings).toEqual([
      { line: 8, message: 'Line 8: this Pupil has no Sex (or Gender), so it is recorded as not known.' },
      { line: 19, message: "Line 19: this Pupil's Sex is neither M nor F, so it is recorded as not known." },
    ]);
  });

  it('trims values, decodes entities and CDATA, and keeps inner spaces', () => {
    const [p] = accepted(
      ctf(...pupil({ Surname: '\n    D&apos;Souza  Smith\t', Forename: '<![CDATA[Zoë & Jo]]>', UPN: '  U201100013017 ' })),
    ).pupils;
    expect([p!.surname, p!.forename, p!.upn]).toEqual(["D'Souza  Smith", 'Zoë & Jo', 'U201100013017']);
  });

  it('accepts the basic fields under BasicDetails as well as directly under Pupil', () => {
    const nested = accepted(
      ctf(
        '<Pupil>',
        '  <BasicDetails>',
        '    <UPN>U201100013017</UPN><Surname>Nested</Surname><Forename>Nia</Forename>',
        '    <DOB>2013-01-31</DOB><Gender>F</Gender><PreferredForename>Ni</PreferredForename>',
        '    <FormerSurname>Old</FormerSurname><FormerForename>Nee</FormerForename><MiddleNames>Mai</MiddleNames>',
        '  </BasicDetails>',
        '</Pupil>',
      ),
    );
    expect(nested.pupils).toEqual([
      {
        line: 8,
        upn: 'U201100013017',
        surname: 'Nested',
        forename: 'Nia',
        dateOfBirth: '2013-01-31',
        sex: 'F',
        preferredForename: 'Ni',
        formerSurname: 'Old',
        formerForename: 'Nee',
        middleNames: 'Mai',
        senHistory: [],
      },
    ]);
  });

  it('accepts an xs:date with a time zone, keeping the date', () => {
    expect(accepted(ctf(...pupil({ DOB: '2012-05-01Z' }), ...pupil({ DOB: '2012-05-01+01:00' }))).pupils.map((p) => p.dateOfBirth)).toEqual([
      '2012-05-01',
      '2012-05-01',
    ]);
  });

  it('reads a namespaced file, with a default namespace or a prefix', () => {
    const plain = accepted(ctf(...pupil()));
    const ns = 'http://www.dcsf.gov.uk/schemas/cbds';
    expect(accepted(ctf(...pupil()).replace('<CTfile>', `<CTfile xmlns="${ns}">`))).toEqual(plain);
    const prefixed = ctf(...pupil())
      .replace(/<(\/?)([A-Za-z])/g, '<$1c:$2')
      .replace('<c:CTfile>', `<c:CTfile xmlns:c="${ns}">`);
    expect(accepted(prefixed)).toEqual(plain);
  });
});

describe('parseCtf: SEN history', () => {
  const sen = (start: string, provision: string, ...inner: string[]) => [
    '  <SEN>',
    `    <StartDate>${start}</StartDate>`,
    `    <SENprovision>${provision}</SENprovision>`,
    ...inner,
    '  </SEN>',
  ];

  it('keeps several SEN entries in file order, with needs inside each (REFERENCE layout)', () => {
    const [p] = accepted(
      ctf(
        ...pupil({}, '  <SENhistory>',
          ...sen('2013-09-02', 'P', '    <SENneeds><SENneed><SENtype>MLD</SENtype><SENtypeRank>1</SENtypeRank></SENneed></SENneeds>'),
          ...sen('2015-09-01', 'K', '    <SENneeds><SENneed><SENtypeRank>1</SENtypeRank><SENtype>SPLD</SENtype></SENneed></SENneeds>'),
          ...sen('2019-03-04', 'E', '    <EndDate>2024-07-19</EndDate>'),
          ...sen('2024-07-20', 'N'),
          '  </SENhistory>'),
      ),
    ).pupils;
    expect(p!.senHistory).toEqual([
      { line: 15, startDate: '2013-09-02', provision: 'P', needs: [{ line: 18, type: 'MLD', rank: 1 }] },
      { line: 20, startDate: '2015-09-01', provision: 'K', needs: [{ line: 23, type: 'SPLD', rank: 1 }] },
      { line: 25, startDate: '2019-03-04', endDate: '2024-07-19', provision: 'E', needs: [] },
      { line: 30, startDate: '2024-07-20', provision: 'N', needs: [] },
    ]);
  });

  it('gives needs listed beside the entries (DfE layout) to the latest entry, wherever it sits in the file', () => {
    const [p] = accepted(
      ctf(
        ...pupil({}, '  <SENhistory>',
          '  <SENneeds>',
          '    <SENneed><SENtypeRank>2</SENtypeRank><SENtype>SEMH</SENtype></SENneed>',
          '    <SENneed><SENtype>ASD</SENtype><SENtypeRank>1</SENtypeRank></SENneed>',
          '  </SENneeds>',
          ...sen('2022-01-10', 'K'),
          ...sen('2018-06-01', 'S'),
          '  </SENhistory>'),
      ),
    ).pupils;
    expect(p!.senHistory).toEqual([
      {
        line: 19,
        startDate: '2022-01-10',
        provision: 'K',
        needs: [
          { line: 16, type: 'SEMH', rank: 2 },
          { line: 17, type: 'ASD', rank: 1 },
        ],
      },
      { line: 23, startDate: '2018-06-01', provision: 'S', needs: [] },
    ]);
  });

  it('carries the provision and need codes as given, for the census rules to judge', () => {
    const [p] = accepted(
      ctf(...pupil({}, '  <SENhistory>', ...sen('2020-01-06', 'X', '    <SENneeds><SENneed><SENtype>PLD</SENtype><SENtypeRank>7</SENtypeRank></SENneed></SENneeds>'), '  </SENhistory>')),
    ).pupils;
    expect(p!.senHistory).toEqual([{ line: 15, startDate: '2020-01-06', provision: 'X', needs: [{ line: 18, type: 'PLD', rank: 7 }] }]);
  });

  it('reads a missing rank as null, and a rank that is not a whole number as null with a warning', () => {
    const { pupils, warnings } = accepted(
      ctf(
        ...pupil({}, '  <SENhistory>', ...sen('2020-01-06', 'K',
          '    <SENneeds>',
          '      <SENneed><SENtype>MLD</SENtype></SENneed>',
          '      <SENneed><SENtype>VI</SENtype><SENtypeRank></SENtypeRank></SENneed>',
          '      <SENneed><SENtype>HI</SENtype>',
          '        <SENtypeRank>first</SENtypeRank></SENneed>',
          '    </SENneeds>'), '  </SENhistory>'),
      ),
    );
    expect(pupils[0]!.senHistory[0]!.needs).toEqual([
      { line: 19, type: 'MLD', rank: null },
      { line: 20, type: 'VI', rank: null },
      { line: 21, type: 'HI', rank: null },
    ]);
    expect(warnings).toEqual([
      { line: 22, message: 'Line 22: this SENtypeRank is not a whole number, so the need is read as having no rank.' },
    ]);
  });

  it('warns, and imports no needs, when needs come with no SEN entry to hold them', () => {
    const { pupils, warnings } = accepted(
      ctf(...pupil({}, '  <SENhistory>', '  <SENneeds><SENneed><SENtype>MLD</SENtype></SENneed></SENneeds>', '  </SENhistory>')),
    );
    expect(pupils[0]!.senHistory).toEqual([]);
    expect(warnings).toEqual([
      {
        line: 15,
        message: 'Line 15: this SENhistory lists needs but no SEN entry with a provision, so the needs are not imported.',
      },
    ]);
  });
});

describe('parseCtf: refusals say the line and the reason', () => {
  it.each([
    ['a Pupil without UPN', ctf(...pupil({ UPN: null })), 8, 'Line 8: a Pupil has no UPN.'],
    ['a Pupil without Surname', ctf(...pupil(), ...pupil({ Surname: null })), 15, 'Line 15: a Pupil has no Surname.'],
    ['a Pupil without Forename', ctf(...pupil({ Forename: null })), 8, 'Line 8: a Pupil has no Forename.'],
    ['a Pupil without DOB', ctf(...pupil({ DOB: null })), 8, 'Line 8: a Pupil has no DOB.'],
    ['an empty UPN', ctf(...pupil({ UPN: '  ' })), 9, 'Line 9: a Pupil has an empty UPN.'],
    ['two UPNs', ctf(...pupil({}, '  <UPN>B201100013124</UPN>')), 14, 'Line 14: a Pupil has more than one UPN.'],
    [
      'a field both under Pupil and under BasicDetails',
      ctf(...pupil({}, '  <BasicDetails><DOB>2012-05-01</DOB></BasicDetails>')),
      14,
      'Line 14: a Pupil has more than one DOB.',
    ],
    ['a DOB as DD/MM/YYYY', ctf(...pupil({ DOB: '01/05/2012' })), 12, 'Line 12: the DOB is not a date in the form YYYY-MM-DD (for example 2014-03-27).'],
    ['a DOB with a time', ctf(...pupil({ DOB: '2012-05-01T00:00:00' })), 12, 'Line 12: the DOB is not a date in the form YYYY-MM-DD (for example 2014-03-27).'],
    ['a DOB that is not a day', ctf(...pupil({ DOB: '2013-02-29' })), 12, 'Line 12: the DOB is not a real date.'],
    [
      'an SEN StartDate in another form',
      ctf(...pupil({}, '<SENhistory><SEN>', '<StartDate>1 Sept 2020</StartDate>', '<SENprovision>K</SENprovision></SEN></SENhistory>')),
      15,
      'Line 15: the StartDate is not a date in the form YYYY-MM-DD (for example 2014-03-27).',
    ],
    [
      'an SEN EndDate that is not a day',
      ctf(...pupil({}, '<SENhistory><SEN><StartDate>2020-09-01</StartDate><SENprovision>K</SENprovision>', '<EndDate>2021-06-31</EndDate></SEN></SENhistory>')),
      15,
      'Line 15: the EndDate is not a real date.',
    ],
    ['an SEN entry without StartDate', ctf(...pupil({}, '<SENhistory>', '<SEN><SENprovision>K</SENprovision></SEN></SENhistory>')), 15, 'Line 15: an SEN entry has no StartDate.'],
    ['an SEN entry without SENprovision', ctf(...pupil({}, '<SENhistory>', '<SEN><StartDate>2020-09-01</StartDate></SEN></SENhistory>')), 15, 'Line 15: an SEN entry has no SENprovision.'],
    [
      'an SENneed without SENtype',
      ctf(...pupil({}, '<SENhistory><SEN><StartDate>2020-09-01</StartDate><SENprovision>K</SENprovision><SENneeds>', '<SENneed><SENtypeRank>1</SENtypeRank></SENneed>', '</SENneeds></SEN></SENhistory>')),
      15,
      'Line 15: an SENneed has no SENtype.',
    ],
  ])('%s', (_name, xml, line, reason) => {
    expect(refused(xml)).toEqual({ ok: false, line, reason });
  });

  it('refuses an unclosed tag at the line where the element opens', () => {
    const xml = fixture.replace('<Forename>Amara</Forename>', '<Forename>Amara');
    expect(refused(xml)).toEqual({
      ok: false,
      line: 28,
      reason: 'Line 28: the element <Forename> is never closed: </Pupil> on line 84 comes first.',
    });
  });

  it('refuses a closing tag that was never opened', () => {
    expect(refused(fixture.replace('<Forename>Amara</Forename>', '<Forename>Amara</Forname>'))).toEqual({
      ok: false,
      line: 28,
      reason: 'Line 28: the closing tag </Forname> has no opening tag.',
    });
  });

  it('refuses a file cut short, at the innermost element left open', () => {
    const lines = fixture.split('\n');
    expect(refused(lines.slice(0, 61).join('\n'))).toEqual({
      ok: false,
      line: 60,
      reason: 'Line 60: the file ends before the element <SENneed> opened here is closed; it may have been cut short.',
    });
  });

  it('refuses XML that is not well-formed, with the parser’s reason', () => {
    expect(refused(ctf(...pupil({ Surname: 'Smith & Sons' })))).toEqual({
      ok: false,
      line: 10,
      reason: 'Line 10: there is a bare & in the text: XML needs it written as &amp;.',
    });
    // An & in a comment or CDATA section is fine; one in an attribute is not.
    expect(accepted(ctf('<!-- M&S -->', ...pupil({ Surname: '<![CDATA[M&S]]>' }))).pupils[0]!.surname).toBe('M&S');
    expect(refused(ctf(...pupil()).replace('<CTFpupilData>', '<CTFpupilData note="A&B">')).line).toBe(7);
    expect(refused(ctf(...pupil({ Surname: 'a < b' }))).reason).toBe('Line 10: the file is not well-formed XML (disallowed character in tag name).');
    expect(refused(`${ctf(...pupil())}\n<CTfile/>`).reason).toBe('Line 17: the file is not well-formed XML (documents may contain only one root).');
    expect(refused('\n  Surname,Forename\nSmith,Sam\n')).toEqual({
      ok: false,
      line: 2,
      reason: 'Line 2: the file is not XML (it does not start with <), so it is not a Common Transfer File.',
    });
    expect(refused(`${ctf(...pupil())}\ntrailing`).reason).toBe('Line 17: the file is not well-formed XML (text data outside of root node).');
  });

  it('refuses the wrong root element', () => {
    expect(refused(fixture.replace(/CTfile>/g, 'ATfile>'))).toEqual({
      ok: false,
      line: 3,
      reason: 'Line 3: the root element is <ATfile>, not <CTfile>, so it is not a Common Transfer File.',
    });
  });

  it('refuses a file without a Header, or with two', () => {
    expect(refused(ctf(...pupil()).replace(/<Header>[^]*<\/Header>/, ''))).toEqual({
      ok: false,
      line: 2,
      reason: 'Line 2: the file has no Header, so it does not say which school sent it.',
    });
    expect(refused(ctf(...pupil()).replace('<CTFpupilData>', '<Header/>\n<CTFpupilData>')).line).toBe(7);
  });

  it('refuses an empty file', () => {
    for (const xml of ['', '\uFEFF', ' \n\t ']) expect(refused(xml)).toEqual({ ok: false, line: null, reason: 'The file is empty.' });
  });

  it(`refuses more than ${CTF_MAX_PUPILS.toLocaleString('en-GB')} pupils, at the first one too many`, () => {
    const one = '<Pupil><UPN>U201100013017</UPN><Surname>S</Surname><Forename>F</Forename><DOB>2012-05-01</DOB></Pupil>';
    const many = (n: number) => ctf(...Array.from({ length: n }, () => one));
    expect(refused(many(CTF_MAX_PUPILS + 1))).toEqual({
      ok: false,
      line: 8 + CTF_MAX_PUPILS,
      reason: `Line ${8 + CTF_MAX_PUPILS}: the file has more than 20,000 pupils. A CTF for one school is far smaller, so it is refused.`,
    });
    expect(accepted(many(CTF_MAX_PUPILS)).pupils).toHaveLength(CTF_MAX_PUPILS);
  });

  it('refuses a file over 50 MB, counting bytes, not characters', () => {
    const reason = 'The file is larger than 50 MB. A CTF for one school is far smaller, so it is refused.';
    const padded = (filler: string) => ctf(...pupil()).replace('<CTfile>', `<CTfile><!--${filler}-->`);
    expect(refused(padded('x'.repeat(50 * 1024 * 1024)))).toEqual({ ok: false, line: null, reason });
    // 27 million characters, but 54 million bytes in UTF-8.
    expect(refused(padded('é'.repeat(27 * 1000 * 1000)))).toEqual({ ok: false, line: null, reason });
    expect(accepted(padded('x'.repeat(1024 * 1024))).pupils).toHaveLength(1);
  });

  it('names no value from the file in a reason, since reasons may reach a log', () => {
    const values = ['Okafor', 'Amara', 'U201100013017', '2009-02-14', 'SLCN', 'Meadowbank'];
    const broken = [
      fixture.replace('<DOB>2009-02-14</DOB>', '<DOB>14/02/2009</DOB>'),
      fixture.replace('<UPN>U201100013017</UPN>', '<UPN>U201100013017</UPN><UPN>U201100013017</UPN>'),
      fixture.replace('<Sex>F</Sex>', '<Sex>F</Sex><Gender>Female</Gender>'),
      fixture.replace('<SENtypeRank>1</SENtypeRank>', '<SENtypeRank>Okafor</SENtypeRank>'),
    ];
    for (const xml of broken) {
      const result = parseCtf(xml);
      const texts = result.ok ? result.warnings.map((w) => w.message) : [result.reason];
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) for (const value of values) expect(text).not.toContain(value);
    }
  });
});

describe('parseCtf: warnings about the text itself', () => {
  it('warns when the declaration names an encoding other than UTF-8', () => {
    const latin = fixture.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(accepted(latin).warnings).toEqual([
      { line: 1, message: 'Line 1: the file says its encoding is not UTF-8; it was read as UTF-8, so check names with accents.' },
    ]);
    expect(accepted(fixture.replace('encoding="UTF-8"', 'encoding="utf8"')).warnings).toEqual([]);
    expect(accepted(`\n${latin}`).warnings).toHaveLength(1);
  });

  it('warns, at its line, of a character that could not be decoded', () => {
    expect(accepted(fixture.replace('Wiśniewski', 'Wi\uFFFDniewski')).warnings).toEqual([
      { line: 87, message: 'Line 87: the file has characters that could not be read (shown as \uFFFD): check names with accents.' },
    ]);
  });

  it('warns when the file holds no pupils', () => {
    expect(accepted(ctf()).warnings).toEqual([{ line: 2, message: 'Line 2: the file holds no pupils.' }]);
    expect(accepted(ctf().replace('<CTFpupilData>\n</CTFpupilData>', '')).warnings).toEqual([
      { line: 2, message: 'Line 2: the file has no CTFpupilData, so it holds no pupils.' },
    ]);
  });
});
