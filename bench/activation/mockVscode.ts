// A minimal stand-in for the `vscode` module, enough for `activate()` to run outside VS Code so its cost
// can be timed. Known APIs behave plausibly (configuration returns defaults, no open documents, no
// workspace folders); anything else is an inert proxy that can be called, constructed and disposed.

type AnyFn = (...args: unknown[]) => unknown;

function inert(): unknown {
  const target = function () {} as unknown as AnyFn;
  const proxy: unknown = new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a thenable
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'dispose') return () => {};
      if (key === 'length') return 0;
      return proxy;
    },
    set: () => true,
    defineProperty: () => true,
    apply: () => proxy,
    construct: () => inert() as object,
  });
  return proxy;
}

class EventEmitter<T> {
  private listeners: ((e: T) => unknown)[] = [];
  event = (listener: (e: T) => unknown) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly fn: () => void = () => {}) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

class Uri {
  constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  get path(): string {
    return this.fsPath;
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static parse(s: string): Uri {
    return new Uri(s.split(':')[0], s.replace(/^[a-z]+:\/\//, ''));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.fsPath, ...parts].join('/'));
  }
  with(): Uri {
    return this;
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

const event = () => ({ dispose() {} });

/** An enum: any member is a distinct number. */
function enumLike(): unknown {
  const values = new Map<PropertyKey, number>();
  return new Proxy({}, { get: (_t, k) => (values.has(k) ? values.get(k) : (values.set(k, values.size + 1), values.size)) });
}

// Names the bundled extension reads from `vscode` (bundlers copy own properties of the module object, so
// each must exist as an own property). Anything not implemented below is inert.
const ENUMS = ['DiagnosticSeverity', 'DiagnosticTag', 'DocumentHighlightKind', 'FileType', 'ProgressLocation', 'StatusBarAlignment', 'TextEditorRevealType', 'TreeItemCollapsibleState', 'ConfigurationTarget', 'ViewColumn', 'OverviewRulerLane', 'EndOfLine', 'UIKind', 'ExtensionMode'];
const INERT = ['CancellationTokenSource', 'CodeAction', 'CodeActionKind', 'Diagnostic', 'DiagnosticRelatedInformation', 'DocumentHighlight', 'Hover', 'Location', 'MarkdownString', 'Position', 'Range', 'Selection', 'RelativePattern', 'SnippetString', 'SnippetTextEdit', 'ThemeColor', 'ThemeIcon', 'TreeItem', 'WorkspaceEdit', 'TextEdit', 'commands', 'languages', 'extensions', 'tasks', 'debug', 'scm', 'tests', 'authentication', 'comments', 'notebooks', 'chat', 'lm'];

export function createMockVscode(): Record<string, unknown> {
  const known: Record<string, unknown> = {
    ...Object.fromEntries(ENUMS.map((n) => [n, enumLike()])),
    ...Object.fromEntries(INERT.map((n) => [n, inert()])),
    EventEmitter,
    Disposable,
    Uri,
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_m, i) => String(args[Number(i)])) },
    workspace: new Proxy(
      {
        workspaceFolders: undefined,
        textDocuments: [],
        isTrusted: true,
        getConfiguration: () => ({ get: (_k: string, d?: unknown) => d, has: () => false, inspect: () => undefined, update: async () => {} }),
        onDidOpenTextDocument: event,
        onDidChangeTextDocument: event,
        onDidCloseTextDocument: event,
        onDidSaveTextDocument: event,
        onDidDeleteFiles: event,
        onDidRenameFiles: event,
        onDidCreateFiles: event,
        onDidChangeConfiguration: event,
        onDidChangeWorkspaceFolders: event,
        onDidGrantWorkspaceTrust: event,
        findFiles: async () => [],
        createFileSystemWatcher: () => ({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose() {} }),
        fs: inert(),
      } as Record<string, unknown>,
      { get: (t, k: string) => (k in t ? t[k] : inert()) },
    ),
    window: new Proxy(
      {
        activeTextEditor: undefined,
        visibleTextEditors: [],
        onDidChangeActiveTextEditor: event,
        onDidChangeVisibleTextEditors: event,
        onDidChangeTextEditorSelection: event,
      } as Record<string, unknown>,
      { get: (t, k: string) => (k in t ? t[k] : inert()) },
    ),
    env: { language: 'en', appName: 'bench', uiKind: 1 },
  };
  return new Proxy(known, { get: (t, k: string) => (k in t ? t[k] : inert()) });
}

export function mockExtensionContext(extensionPath: string): Record<string, unknown> {
  const memento = () => {
    const m = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (m.has(k) ? m.get(k) : d), update: async (k: string, v: unknown) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
  };
  const base = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath,
    extensionUri: Uri.file(extensionPath),
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    globalStorageUri: Uri.file('/tmp/corpus-review-bench-storage'),
    logUri: Uri.file('/tmp/corpus-review-bench-log'),
    extensionMode: 1,
    asAbsolutePath: (p: string) => `${extensionPath}/${p}`,
  };
  return new Proxy(base as Record<string, unknown>, { get: (t, k: string) => (k in t ? t[k] : inert()) });
}
