import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { attributionCard, attributionExplanation, entityCard, entityForCard, mentionSnippet, positionFragment, safeLinkTarget } from '../../../src/extension/cards';
import type { CorpusEntity } from '../../../src/core/types';

const r = (line: number, a: number, b: number) => ({ start: { line, character: a }, end: { line, character: b } });

function entity(over: Partial<CorpusEntity> = {}): CorpusEntity {
  return {
    id: 'person:maria-lindqvist',
    name: 'Maria Lindqvist',
    type: 'person',
    aliases: ['Lindqvist'],
    roles: ['Harbour Authority spokesperson'],
    documents: 2,
    mentions: 3,
    citedAsSource: 2,
    occurrences: [
      { path: 'seeds/a.txt', range: r(4, 10, 25), text: 'Maria Lindqvist' },
      { path: 'seeds/a.txt', range: r(9, 0, 9), text: 'Lindqvist' },
      { path: 'seeds/b.txt', range: r(2, 31, 40), text: 'Lindqvist' },
    ],
    ...over,
  };
}

const link = (path: string, range: { start: { line: number; character: number } }) =>
  `file:///work/corpus/${path}#${positionFragment(range as never)}`;

/** Render as a permissive Markdown renderer would (raw HTML on), to prove nothing from the text becomes markup. */
function render(md: string): string {
  const renderer = new MarkdownIt({ html: true, linkify: true });
  renderer.validateLink = () => true; // allow every scheme, so a smuggled link would show up
  return renderer.render(md);
}

describe('entity hover card', () => {
  it('shows name, type, roles, aliases and counts', () => {
    const md = entityCard({ entity: entity(), currentPath: 'seeds/a.txt', linkFor: link });
    const html = render(md);
    assert.match(html, /<strong>Maria Lindqvist<\/strong>/);
    assert.match(html, /person/);
    assert.match(html, /Harbour Authority spokesperson/);
    assert.match(html, /Also written: Lindqvist/);
    assert.match(html, /Mentioned in 2 documents · 3 mentions · cited as a source 2 times/);
  });

  it('links each document to its first mention with a #L<line>,<col> fragment', () => {
    const html = render(entityCard({ entity: entity(), currentPath: 'seeds/a.txt', linkFor: link }));
    assert.match(html, /<a href="file:\/\/\/work\/corpus\/seeds\/a\.txt#L5,11">a\.txt<\/a> \(line 5 · 2 mentions · this document\)/);
    assert.match(html, /<a href="file:\/\/\/work\/corpus\/seeds\/b\.txt#L3,32">b\.txt<\/a> \(line 3\)/);
  });

  it('shows the first mention elsewhere as one escaped line with the mention in bold', () => {
    const line = 'The port reopened on Monday, harbour spokesperson Lindqvist told reporters.';
    const md = entityCard({
      entity: entity(),
      currentPath: 'seeds/a.txt',
      linkFor: link,
      firstMentionElsewhere: { path: 'seeds/b.txt', lineText: line, range: r(2, 50, 59) },
    });
    assert.match(render(md), /First mention elsewhere \(b\.txt, line 3\):.*spokesperson <strong>Lindqvist<\/strong> told reporters\./);
  });

  it('caps the document list and counts the rest', () => {
    const occurrences = Array.from({ length: 14 }, (_, i) => ({ path: `seeds/d${i}.txt`, range: r(0, 0, 4), text: 'Kiel' }));
    const md = entityCard({ entity: entity({ occurrences, documents: 14 }), currentPath: 'x', linkFor: link, maxDocuments: 5 });
    assert.equal((render(md).match(/<a href=/g) ?? []).length, 5);
    assert.match(md, /…and 9 more documents/);
  });

  describe('hostile document text renders as plain text', () => {
    const hostile = [
      '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
      '<img src=x onerror=alert(1)>',
      '![tracker](https://evil.example/pixel.png)',
      '<a href="command:foo">click</a>',
      '<script>alert(1)</script>',
      '[a]: command:evil\n[ref][a]',
      '`code` *em* __strong__ # heading | table |',
      'auto link https://evil.example and <https://evil.example>',
    ];
    for (const text of hostile) {
      it(JSON.stringify(text).slice(0, 60), () => {
        const e = entity({
          name: text,
          aliases: [text],
          roles: [text],
          description: text,
          occurrences: [
            { path: `seeds/${text}.txt`, range: r(0, 0, 3), text },
            { path: 'seeds/b.txt', range: r(0, 0, 3), text },
          ],
        });
        const md = entityCard({
          entity: e,
          currentPath: 'seeds/b.txt',
          // Even a link built from a hostile path stays a file link with encoded brackets.
          linkFor: (p, range) => `file:///w/${p}#${positionFragment(range)}`,
          firstMentionElsewhere: { path: text, lineText: `${text} said ${text}`, range: r(0, 0, text.length) },
        });
        const html = render(md);
        assert.doesNotMatch(html, /<img|<script|<a href="(?!file:)/i, 'no images, scripts or non-file links');
        for (const href of html.match(/href="[^"]*"/g) ?? []) assert.match(href, /^href="file:\/\/\/w\//, 'only the file links we built');
        assert.doesNotMatch(html, /<h\d|<code|<em>|<table/i, 'no markup from the text');
        // Every link in the card is one we built: one per listed document.
        assert.equal((html.match(/<a /g) ?? []).length, 2);
        // The visible text still contains the document text, as text.
        const visible = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        assert.ok(visible.includes(text.split('\n')[0].slice(0, 12)), 'document text is shown literally');
      });
    }
  });
});

describe('safeLinkTarget', () => {
  it('keeps file links and encodes characters that could end the link', () => {
    assert.equal(safeLinkTarget('file:///w/a (1).txt#L1,1'), 'file:///w/a%20%281%29.txt#L1,1');
  });
  for (const bad of ['command:workbench.action.openSettings', 'javascript:alert(1)', 'https://evil.example', 'data:text/html,x', 'COMMAND:x', 'no-scheme']) {
    it(`refuses ${bad}`, () => assert.equal(safeLinkTarget(bad), undefined));
  }
});

describe('mentionSnippet', () => {
  it('cuts long lines around the mention with ellipses', () => {
    const line = 'x'.repeat(200) + 'Kiel' + 'y'.repeat(200);
    const s = mentionSnippet(line, 200, 204, 10);
    assert.equal(s, '…' + 'x'.repeat(10) + '**Kiel**' + 'y'.repeat(10) + '…');
  });
  it('does not split a surrogate pair at the cut', () => {
    const line = '😀'.repeat(10) + ' Kiel';
    const s = mentionSnippet(line, 21, 25, 4);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s) && !/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));
  });
});

describe('attribution hover card', () => {
  it('explains claim type, cue words and the missing source', () => {
    const html = render(
      attributionCard({
        rule: 'attribution/unattributed-claim',
        sentence: 'There are signs that the strike will spread.',
        claimType: 'intelligence-style',
        cues: ['signs that'],
      }),
    );
    assert.match(html, /Claim type: intelligence-style/);
    assert.match(html, /Cue words: “signs that”/);
    assert.match(html, /Source: none found in this sentence/);
    assert.match(html, /<blockquote>\s*<p>There are signs that the strike will spread\.<\/p>/);
  });

  it('names a vague source as vague', () => {
    const html = render(attributionCard({ rule: 'attribution/vague-source', sentence: 'Analysts say prices will rise.', source: { text: 'Analysts', kind: 'vague' } }));
    assert.match(html, /Source: Analysts \(vague: who exactly\?\)/);
  });

  it('renders hostile sentence, cues and source as text', () => {
    const evil = '[x](command:workbench.action.openSettings) <img src=x> ![p](https://evil.example/p.png)';
    const html = render(attributionCard({ rule: evil, sentence: evil, claimType: evil, cues: [evil], source: { text: evil, kind: 'named' }, support: evil }));
    assert.doesNotMatch(html, /<a |<img/);
  });
});

describe('attributionExplanation (finding data → hover)', () => {
  it('reads claim type, cue texts, the source and the support that follows from an attribution finding', async () => {
    const { analyzeDocument } = await import('../../../src/core');
    const text =
      'The harbour reopened on Monday.\n\nThere are signs that the dispute will spread to other ports. Port Authority chief Lena Berg said talks had failed.\n\nAnalysts say freight rates could double by summer.\n';
    const report = analyzeDocument(text);
    const flagged = report.findings.filter((f) => f.category === 'attribution');
    assert.ok(flagged.length >= 1, `attribution findings: ${JSON.stringify(report.findings.map((f) => f.rule))}`);
    for (const f of flagged) {
      const x = attributionExplanation(f);
      assert.equal(x.sentence, f.text);
      assert.ok(x.claimType || x.cues?.length || x.source, `something explained for ${f.rule}`);
      const html = render(attributionCard(x));
      assert.match(html, /Source: /);
    }
    const vague = flagged.find((f) => f.rule === 'attribution/vague-source');
    if (vague) assert.equal(attributionExplanation(vague).source?.kind, 'vague');
  });

  it('tolerates missing or odd data', () => {
    const x = attributionExplanation({
      rule: 'attribution/unattributed-claim',
      category: 'attribution',
      severity: 'warning',
      message: 'm',
      range: r(0, 0, 1),
      text: 'S.',
      data: { cues: [1, null, { text: 'signs that' }], source: 42, claimTypes: 'x' },
    });
    assert.deepEqual(x.cues, ['signs that']);
    assert.equal(x.source, undefined);
  });
});

describe('entityForCard (live mentions of the hovered document + corpus index)', () => {
  const docEntity = {
    id: 'person:maria-lindqvist',
    name: 'Maria Lindqvist',
    type: 'person' as const,
    aliases: ['Lindqvist', 'Ms Lindqvist'],
    roles: ['harbour master'],
    mentions: [
      { range: r(1, 0, 15), text: 'Maria Lindqvist', citedAsSource: true },
      { range: r(6, 4, 13), text: 'Lindqvist' },
    ],
  };

  it('replaces the index occurrences of the hovered document by its live mentions (unsaved edits)', () => {
    const merged = entityForCard({ entity: docEntity, corpus: entity() }, 'seeds/a.txt');
    assert.deepEqual(
      merged.occurrences.map((o) => `${o.path}:${o.range.start.line}`),
      ['seeds/a.txt:1', 'seeds/a.txt:6', 'seeds/b.txt:2'],
    );
    assert.equal(merged.documents, 2);
    assert.equal(merged.mentions, 3);
    assert.deepEqual(merged.aliases, ['Lindqvist', 'Ms Lindqvist']);
    assert.deepEqual(merged.roles, ['Harbour Authority spokesperson', 'harbour master']);
  });

  it('works before the corpus is indexed (this document only)', () => {
    const alone = entityForCard({ entity: docEntity }, 'seeds/new.txt');
    assert.equal(alone.documents, 1);
    assert.equal(alone.mentions, 2);
    assert.equal(alone.citedAsSource, 1);
  });
});
