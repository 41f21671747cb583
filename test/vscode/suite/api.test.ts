import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'corpus-review.corpus-review';
const REWRITE = '102_olive-oil-rewrite.txt';

async function waitFor<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openCorpusDocument(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`seeds/${name}`);
  assert.ok(uri, `the workspace has seeds/${name}`);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

const corpusDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Corpus Review');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

export function registerApiTests(): void {
  describe('Corpus Review through the vscode API', () => {
    let doc: vscode.TextDocument;

    before(async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      await ext.activate();
      doc = await openCorpusDocument(REWRITE);
    });

    it('publishes comment-form diagnostics with a code that links to the rule docs', async () => {
      const diags = await waitFor('comment-form diagnostics', () => {
        const d = corpusDiagnostics(doc.uri).filter((x) => ruleOf(x) === 'boilerplate/comment-form');
        return d.length >= 3 ? d : undefined;
      });
      const first = diags.sort((a, b) => a.range.start.line - b.range.start.line)[0];
      assert.equal(doc.getText(first.range), 'Be the first to comment');
      assert.equal(first.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(String((first.code as { target: vscode.Uri }).target), /#rule-boilerplate-comment-form$/);
    });

    it('offers the boilerplate quick fixes on a comment-form line', async () => {
      const d = corpusDiagnostics(doc.uri).find((x) => ruleOf(x) === 'boilerplate/comment-form')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('Remove this line'), titles.join(' | '));
      assert.ok(titles.some((t) => /Remove all boilerplate/.test(t)), titles.join(' | '));
      assert.ok(titles.some((t) => /Ignore/.test(t)), titles.join(' | '));
    });

    it('flags an unattributed claim and offers a source placeholder', async () => {
      const claim = await waitFor('an attribution warning', () =>
        corpusDiagnostics(doc.uri).find((x) => ruleOf(x) === 'attribution/unattributed-claim'),
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, claim.range);
      assert.ok(actions.some((a) => /source placeholder|according to/i.test(a.title)), actions.map((a) => a.title).join(' | '));
    });

    it('shows an entity card on hover, with document text escaped and untrusted', async () => {
      const offset = doc.getText().indexOf('Madrid');
      assert.ok(offset > 0);
      const hovers = await waitFor('an entity hover', async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 2));
        return h.some((x) => x.contents.some((c) => /Madrid\*\* — (place|location)/i.test(typeof c === 'string' ? c : c.value))) ? h : undefined;
      });
      for (const h of hovers) {
        for (const c of h.contents) if (c instanceof vscode.MarkdownString) assert.notEqual(c.isTrusted, true);
      }
    });

    it('goes to the first corpus mention of an entity and finds references across documents', async () => {
      const offset = doc.getText().indexOf('Madrid');
      const refs = await waitFor('entity references', async () => {
        const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, doc.positionAt(offset + 1));
        return r && new Set(r.map((l) => l.uri.toString())).size >= 2 ? r : undefined;
      });
      assert.ok(refs.some((l) => l.uri.path.endsWith('101_olive-oil-original.txt')));
    });

    it('marks the rewrite as a copy of the original', async () => {
      const copy = await waitFor('a copies diagnostic', () => corpusDiagnostics(doc.uri).find((x) => ruleOf(x).startsWith('copies/') && x.range.start.line === 0));
      assert.match(copy.message, /101_olive-oil-original/);
    });

    it('validates .corpus-review/entities.json against the contributed schema', async function () {
      this.timeout(60_000);
      const folder = vscode.workspace.workspaceFolders![0];
      const file = vscode.Uri.joinPath(folder.uri, '.corpus-review', 'entities.json');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "entities": [ { "name": "Elena Márquez", "type": "minister" } ] }\n'));
      try {
        const json = await vscode.workspace.openTextDocument(file);
        await vscode.window.showTextDocument(json);
        const problem = await waitFor('a schema diagnostic on the unknown entity type', () =>
          vscode.languages.getDiagnostics(file).find((d) => json.getText(d.range) === '"minister"'),
        25_000);
        assert.match(problem.message, /person|organization|not accepted/i, problem.message);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(file);
      }
      await vscode.window.showTextDocument(doc);
    });

    it('applies .corpus-review/entities.json from the workspace: the hover card shows its description and alias', async function () {
      this.timeout(60_000); // two index passes: after the file is written and after it is deleted
      const folder = vscode.workspace.workspaceFolders![0];
      const file = vscode.Uri.joinPath(folder.uri, '.corpus-review', 'entities.json');
      const description = 'Minister since the spring reshuffle';
      const cardText = async () => {
        const offset = doc.getText().indexOf('Márquez');
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 2));
        return h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      };
      assert.doesNotMatch(await cardText(), new RegExp(description), 'no description before the file exists');
      const entities = { entities: [{ name: 'Elena Márquez', type: 'person', aliases: ['Minister Márquez'], description }] };
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(entities, null, 2)));
      try {
        const card = await waitFor('the description from the entities file in the hover card', async () => {
          const text = await cardText();
          return text.includes(description) ? text : undefined;
        }, 25_000);
        assert.match(card, /Elena Márquez\*\* — person/);
        assert.match(card, /Also written: .*Minister Márquez/);
      } finally {
        await vscode.workspace.fs.delete(file);
      }
      await waitFor('the description gone once the file is deleted', async () => (!(await cardText()).includes(description) ? true : undefined), 25_000);
    });
  });
}
