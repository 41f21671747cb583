import * as assert from 'node:assert/strict';
import { DocumentText } from '../../../../src/core/text/documentText';
import { recognize } from '../../../../src/core/entities/recognize';
import { recognizeEntities, buildEntityIndex, entityAt, mentionSnippet, entityId } from '../../../../src/core/entities';
import type { DocumentEntity } from '../../../../src/core/types';

// Sentences written for these tests (news register). Every line is treated as article text.
const entitiesOf = (text: string): DocumentEntity[] => recognize(new DocumentText(text), { everyLine: true });
const summary = (text: string): string[] => entitiesOf(text).flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('entities: recognition table', () => {
  const MUST: [string, string[]][] = [
    ['Chilean President Gabriela Rojas met Bolivian officials in La Paz on Monday.', ['person:Gabriela Rojas', 'location:La Paz']],
    ['Kremlin spokesperson Dmitry Orlov said the talks would continue.', ['organization:Kremlin', 'person:Dmitry Orlov']],
    ['The Korean Central News Agency (KCNA) published the letter.', ['organization:Korean Central News Agency', 'organization:KCNA']],
    ['Officials from the Ministry of Defence arrived in Warsaw.', ['organization:Ministry of Defence', 'location:Warsaw']],
    ['The Supreme People’s Assembly met in Pyongyang.', ['organization:Supreme People’s Assembly', 'location:Pyongyang']],
    ['According to TASS, the plane landed in Vladivostok.', ['organization:TASS', 'location:Vladivostok']],
    ['South Korean intelligence briefed lawmakers in Seoul.', ['organization:South Korean intelligence', 'location:Seoul']],
    ['Rescue teams reached the Korean Peninsula coast.', ['location:Korean Peninsula']],
    ['Acme Robotics Corp. said profits rose.', ['organization:Acme Robotics Corp.']],
    ['Commission President Ursula von der Leyen spoke in Strasbourg.', ['person:Ursula von der Leyen', 'location:Strasbourg']],
    ['Russia’s Putin to Visit North Korea Soon, State Media Says', ['location:Russia', 'location:North Korea']],
    ['Prices fell on the island of Corsavia, residents said.', ['location:Corsavia']],
    ['The Denver Comets beat the visitors, and Marta Ilves scored twice.', ['organization:Denver Comets', 'person:Marta Ilves']],
    ['She met the former envoy to the Ukraine Marta Ilves in Vienna.', ['location:Ukraine', 'person:Marta Ilves', 'location:Vienna']],
    ['Analysts at Hollis & Grant Holdings raised their forecast.', ['organization:Hollis & Grant Holdings']],
    ['Governor Lai Ching-te thanked voters in Taichung.', ['person:Lai Ching-te']],
    ['Officials of the Govt NEW DELHI office met.', ['location:NEW DELHI']],
    ['The Liberation Front of Kelmar (LFK) claimed the attack; LFK fighters fled.', ['organization:Liberation Front of Kelmar', 'organization:LFK']],
  ];
  for (const [text, expected] of MUST) {
    it(`finds ${expected.join(', ')}`, () => {
      const got = summary(text);
      for (const e of expected) assert.ok(got.includes(e), `${e} missing in ${JSON.stringify(got)} for "${text}"`);
    });
  }

  const MUST_NOT: [string, string[]][] = [
    ['During the summit, leaders discussed trade.', ['During']],
    ['Meanwhile, prices kept rising across the region.', ['Meanwhile']],
    ['According to officials, the road was closed.', ['According']],
    ['Last Tuesday, the minister resigned.', ['Last Tuesday', 'Last', 'Tuesday']],
    ['Additionally, the council approved the budget.', ['Additionally']],
    ['Western analysts say Russian and North Korean forces trained together.', ['Western', 'Russian', 'North Korean']],
    ['Investors had worried about the slowdown.', ['Investors']],
    ['The Breaking News Live Updates Page Refreshed Every Minute For Readers', ['Breaking News Live Updates Page']],
    ['“I’m not leaving,” she said, “and We’ve never lost.”', ['I', 'I’m', 'We', 'We’ve']],
    ['Day-by-day Coverage continued as the Moscow-based NBA-leading teams played.', ['Day-by-day Coverage', 'Coverage', 'Moscow-based', 'NBA-leading']],
    ['Protesters blocked roads for a second night.', ['Protesters']],
    ['Photo by WANG ZHAO for the agency. GOTTA GO FAST was the slogan.', ['WANG ZHAO', 'GOTTA GO FAST']],
    ['Open the Touch Bar menu and the Food Health section.', ['Touch Bar', 'Food Health']],
    ['She bought the new Zentra Pro and an Orbit Lite at the store.', ['Zentra Pro', 'Orbit Lite'].map((x) => `person:${x}`)],
  ];
  for (const [text, banned] of MUST_NOT) {
    it(`finds no entity ${banned.join(' / ')} in "${text.slice(0, 40)}…"`, () => {
      const texts = entitiesOf(text).flatMap((e) => [e.name, `${e.type}:${e.name}`, ...e.mentions.map((m) => m.text)]);
      for (const b of banned) assert.ok(!texts.includes(b), `unexpected ${b} in ${JSON.stringify(texts)}`);
    });
  }
});

describe('entities: roles and aliases in a document', () => {
  const doc = [
    'Paraguayan Foreign Minister Rubén Ortega met Brazilian President Helena Duarte in Asunción.',
    'Ortega said the meeting was productive, and Duarte thanked him for the invitation.',
    'Rubén Ortega, the Paraguayan foreign minister, later flew to Lima.',
    'Later the Brazilian leader left for Brasília. Duarte’s aides declined to comment.',
    'The National Electoral Institute (NEI) published the results. NEI said turnout was high.',
  ].join('\n');
  const ents = entitiesOf(doc);
  const byName = (n: string) => ents.find((e) => e.name === n);

  it('merges surname mentions and possessives into the full name', () => {
    const ortega = byName('Rubén Ortega');
    assert.ok(ortega, JSON.stringify(ents.map((e) => e.name)));
    assert.equal(ortega.type, 'person');
    assert.equal(ortega.mentions.length, 3);
    assert.deepEqual(ortega.aliases, ['Ortega']);
    const duarte = byName('Helena Duarte')!;
    assert.equal(duarte.mentions.length, 3);
    assert.ok(duarte.mentions.some((m) => m.text === 'Duarte'));
  });
  it('reads roles from pre-modifiers, appositives and descriptions', () => {
    assert.ok(byName('Rubén Ortega')!.roles.includes('Paraguayan Foreign Minister'));
    // The appositive "the Paraguayan foreign minister" is the same role, case aside: listed once.
    assert.equal(byName('Rubén Ortega')!.roles.filter((r) => /paraguayan foreign minister/i.test(r)).length, 1);
    const appositive = entitiesOf('Rubén Ortega, the Paraguayan foreign minister, later flew to Lima.')[0];
    assert.deepEqual(appositive.roles, ['Paraguayan foreign minister']);
    assert.ok(byName('Helena Duarte')!.roles.includes('Brazilian President'));
    assert.ok(byName('Helena Duarte')!.roles.includes('Brazilian leader'), JSON.stringify(byName('Helena Duarte')!.roles));
  });
  it('merges an acronym with its bracketed expansion, also later in the document', () => {
    const nei = byName('National Electoral Institute')!;
    assert.equal(nei.type, 'organization');
    assert.equal(nei.mentions.length, 3);
    assert.ok(nei.aliases.includes('NEI'));
  });
  it('gives stable ids from type and canonical name', () => {
    assert.equal(byName('Rubén Ortega')!.id, 'person:ruben-ortega');
    assert.equal(entityId('organization', 'Supreme People’s Assembly'), 'organization:supreme-peoples-assembly');
  });
  it('marks mentions that are the subject of a speech verb as cited', () => {
    const ortega = byName('Rubén Ortega')!;
    assert.ok(ortega.mentions.some((m) => m.text === 'Ortega' && m.citedAsSource));
  });
  it('treats family-name-first names ("Kim") as aliases', () => {
    const e = entitiesOf('Leader Kim Jong Un inspected a factory. Kim praised the workers.');
    const kim = e.find((x) => x.name === 'Kim Jong Un')!;
    assert.equal(kim.mentions.length, 2);
  });
});

describe('entities: page chrome and metadata lines', () => {
  it('skips boilerplate lines and keeps only organisations on metadata lines', () => {
    const text = ['Elena Markov won the vote in Sofia, the Sofia Herald reported.', '', 'By Ivan Petrov, Sofia Herald', '', 'Share on Facebook and follow Ivan Petrov on Twitter'].join('\n');
    const doc = new DocumentText(text);
    // The line verdicts come from the shared classifier; fixed here so the test checks only this policy.
    doc.memo('boilerplate/classify', () => [{ kind: 'content' }, { kind: 'blank' }, { kind: 'metadata' }, { kind: 'blank' }, { kind: 'boilerplate' }]);
    const ents = recognizeEntities(doc);
    const lines = (name: string) => ents.find((e) => e.name === name)?.mentions.map((m) => m.range.start.line) ?? [];
    assert.deepEqual(lines('Elena Markov'), [0]);
    assert.deepEqual(lines('Sofia Herald'), [0, 2]);
    assert.deepEqual(lines('Ivan Petrov'), []);
    assert.ok(ents.every((e) => e.mentions.every((m) => m.range.start.line !== 4)));
  });
});

describe('entities: corpus index', () => {
  const a = new DocumentText('Chilean President Gabriela Rojas visited Lima.\nRojas said the trip went well.', 'a.txt');
  const b = new DocumentText('Rojas told the Andean Press Agency (APA) that talks would resume.', 'b.txt');
  const c = new DocumentText('The APA said Lima was calm.', 'c.txt');
  const docs = [a, b, c].map((d) => ({ path: d.path, entities: recognize(d, { everyLine: true }), sources: [] as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string; kind: 'named' | 'vague' }[] }));
  const index = buildEntityIndex(docs);
  const find = (n: string) => index.find((e) => e.name === n || e.aliases.includes(n));

  it('joins a surname-only document to the full name elsewhere', () => {
    const rojas = find('Rojas')!;
    assert.equal(rojas.name, 'Gabriela Rojas');
    assert.equal(rojas.documents, 2);
    assert.equal(rojas.mentions, 3);
    assert.ok(rojas.roles.includes('Chilean President'));
    assert.deepEqual(rojas.occurrences.map((o) => o.path), ['a.txt', 'a.txt', 'b.txt']);
  });
  it('joins an acronym-only document to the expansion', () => {
    const apa = find('APA')!;
    assert.equal(apa.name, 'Andean Press Agency');
    assert.equal(apa.documents, 2);
  });
  it('counts mentions cited as sources (speech verbs and named source spans)', () => {
    const rojas = find('Rojas')!;
    assert.equal(rojas.citedAsSource, 2);
    const lima = find('Lima')!;
    assert.equal(lima.citedAsSource, 0);
    const withSource = buildEntityIndex([{ ...docs[0], sources: [{ range: { start: { line: 0, character: 42 }, end: { line: 0, character: 46 } }, text: 'Lima', kind: 'named' }] }]);
    assert.equal(withSource.find((e) => e.name === 'Lima')!.citedAsSource, 1);
  });
});

describe('entities: user entities file', () => {
  const text = 'The blue group met Tomas Vrba in Prague. Signal Hill said nothing.';
  const user = {
    entities: [{ name: 'Blue Group', type: 'organization' as const, aliases: ['blue group'], description: 'A protest movement', roles: ['protest movement'] }],
    notEntities: ['Signal Hill'],
  };
  const doc = new DocumentText(text, 'x.txt');
  const ents = recognizeEntities(doc, { entities: user });
  it('adds user entities wherever their names occur, even lower case', () => {
    const g = ents.find((e) => e.name === 'Blue Group')!;
    assert.ok(g, JSON.stringify(ents.map((e) => e.name)));
    assert.equal(g.type, 'organization');
    assert.equal(g.mentions[0].text, 'blue group');
  });
  it('drops texts marked as not an entity', () => {
    assert.ok(!ents.some((e) => e.name === 'Signal Hill'));
  });
  it('carries description and roles into the corpus index', () => {
    const idx = buildEntityIndex([{ path: 'x.txt', entities: ents, sources: [] }], { entities: user });
    const g = idx.find((e) => e.name === 'Blue Group')!;
    assert.equal(g.description, 'A protest movement');
    assert.ok(g.roles.includes('protest movement'));
  });
});

describe('entities: editor helpers', () => {
  const text = 'Analysts in Oslo said Norwegian Prime Minister Ingrid Solberg had agreed. Solberg declined to comment.';
  const ents = entitiesOf(text);
  it('entityAt finds the entity under a position, including the end of a mention', () => {
    const at = text.indexOf('Solberg declined');
    assert.equal(entityAt(ents, { line: 0, character: at + 2 })?.entity.name, 'Ingrid Solberg');
    assert.equal(entityAt(ents, { line: 0, character: at + 7 })?.mention.text, 'Solberg');
    assert.equal(entityAt(ents, { line: 0, character: text.indexOf('declined') + 2 }), undefined);
  });
  it('mentionSnippet gives the sentence around a mention, clipped to one short line', () => {
    const at = text.indexOf('Solberg declined');
    assert.equal(mentionSnippet(text, at, at + 7), 'Solberg declined to comment.');
    const long = `${'word '.repeat(60)}Solberg ${'more '.repeat(60)}end.`;
    const s = mentionSnippet(long, long.indexOf('Solberg'), long.indexOf('Solberg') + 7, 60);
    assert.ok(s.length <= 62 && s.includes('Solberg') && s.startsWith('…') && s.endsWith('…'), s);
  });
});

describe('entities: speed', () => {
  it('recognises a 10,000-word document in well under a second and reports ms per 1,000 words', function () {
    const para = 'Kremlin spokesperson Dmitry Orlov said on Monday that Russian Foreign Minister Pavel Sorokin would travel to Beijing and meet officials of the Chinese Foreign Ministry, according to TASS. ';
    const text = Array.from({ length: 300 }, () => para).join('\n');
    recognize(new DocumentText(text), { everyLine: true }); // warm-up: the gazetteer loads and the JIT settles
    const t0 = process.cpuUsage();
    const doc = new DocumentText(text);
    recognize(doc, { everyLine: true });
    const used = process.cpuUsage(t0);
    const ms = (used.user + used.system) / 1000; // CPU time: other processes on the machine do not count
    const per1000 = (ms / doc.wordCount) * 1000;
    console.log(`      entities: ${per1000.toFixed(2)} ms per 1,000 words (${doc.wordCount} words)`);
    assert.ok(ms < 1000, `${ms} ms`);
  });
});

describe('entities: appositive and possessive roles', () => {
  const ROLES: [string, string, string][] = [
    ['"We disagree," said Maria Orlova, a spokeswoman for the Tarsian Foreign Ministry.', 'Maria Orlova', 'spokeswoman for the Tarsian Foreign Ministry'],
    ['Britain’s Foreign Secretary Edwin Hale spoke first.', 'Edwin Hale', 'Britain’s Foreign Secretary'],
    ['Ivan Sokolov, the mayor’s press secretary, said the plan was final.', 'Ivan Sokolov', 'mayor’s press secretary'],
  ];
  for (const [text, name, role] of ROLES) {
    it(`${name}: ${role}`, () => assert.deepEqual(entitiesOf(text).find((e) => e.name === name)?.roles, [role]));
  }
  it('does not take a list of names for an appositive', () => {
    assert.deepEqual(entitiesOf('Ana Lima, Pedro Alves and Luis Mota went home.').find((e) => e.name === 'Ana Lima')?.roles, []);
  });
});

describe('entities: descriptions and source heads', () => {
  it('gives "the <nationality> leader" to the nearest person without another nationality', () => {
    const text = 'Zambian Trade Minister Joseph Banda met Mwila Chanda in Lusaka. Chanda’s plan was praised, when the Zambian leader visited a mine.';
    const ents = entitiesOf(text);
    assert.ok(ents.find((e) => e.name === 'Mwila Chanda')!.roles.includes('Zambian leader'));
    assert.ok(!ents.find((e) => e.name === 'Joseph Banda')!.roles.includes('Zambian leader'));
  });
  it('credits a named source span to its last mention only', () => {
    const doc = new DocumentText('Kremlin spokesperson Dmitry Orlov declined to comment.', 'k.txt');
    const entities = recognize(doc, { everyLine: true });
    const span = { range: doc.rangeOf(0, 'Kremlin spokesperson Dmitry Orlov'.length), text: 'Kremlin spokesperson Dmitry Orlov', kind: 'named' as const };
    const index = buildEntityIndex([{ path: 'k.txt', entities, sources: [span] }]);
    assert.equal(index.find((e) => e.name === 'Dmitry Orlov')!.citedAsSource, 1);
    assert.equal(index.find((e) => e.name === 'Kremlin')!.citedAsSource, 0);
  });
});
