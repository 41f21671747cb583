import * as vscode from 'vscode';
import * as path from 'node:path';
import type { AnalysisOptions, RuleSetting } from '../core';
import { Config } from './constants';
import { matchesAnyGlob } from './state/glob';
import { userEntitiesFor } from './userEntities';

export const DEFAULT_CORPUS_FOLDERS = ['seeds'];
export const DEFAULT_EXTENSIONS = ['.txt', '.md'];
/** Never corpus documents: dependencies, VCS data and our own state/report folder. */
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/.corpus-review/**'];
/**
 * Files above this are skipped (issue 11: a 50 MB dump must not stall indexing). News articles and
 * crawled pages are 2–200 kB; 5 MB leaves room for long reports and book chapters.
 */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;

export function corpusFolderPatterns(scope?: vscode.ConfigurationScope): string[] {
  const cfg = vscode.workspace.getConfiguration(Config.section, scope);
  const v = cfg.get<string[]>('corpusFolders', DEFAULT_CORPUS_FOLDERS);
  return Array.isArray(v) && v.length ? v : DEFAULT_CORPUS_FOLDERS;
}

export function includedExtensions(scope?: vscode.ConfigurationScope): string[] {
  const v = vscode.workspace.getConfiguration(Config.section, scope).get<string[]>('includeExtensions', DEFAULT_EXTENSIONS);
  return (Array.isArray(v) && v.length ? v : DEFAULT_EXTENSIONS).map((e) => (e.startsWith('.') ? e : '.' + e).toLowerCase());
}

export function analysisOptions(scope?: vscode.ConfigurationScope): AnalysisOptions {
  const cfg = vscode.workspace.getConfiguration(Config.section, scope);
  return {
    rules: cfg.get<Record<string, RuleSetting>>('rules', {}),
    templateMinCount: cfg.get<number>('templateMinCount', 3),
    // The folder's `.corpus-review/entities.json` (none without a folder scope).
    entities: userEntitiesFor(scope),
  };
}

/** Glob of the documents in one corpus folder pattern, relative to a workspace folder. */
export function corpusGlob(pattern: string, extensions: string[]): string {
  const exts = extensions.map((e) => e.replace(/^\./, ''));
  const folder = pattern.replace(/\\/g, '/').replace(/\/+$/, '');
  return `${folder}/**/*.{${exts.join(',')}}`;
}

/** True when a file belongs to a corpus folder of its workspace folder. */
export function isCorpusDocument(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'vscode-userdata') {
    if (uri.scheme === 'untitled' || uri.scheme === 'git' || uri.scheme === 'output') return false;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  if (!includedExtensions(folder).includes(path.extname(uri.path).toLowerCase())) return false;
  const rel = path.posix.relative(folder.uri.path, uri.path);
  return corpusFolderPatterns(folder).some((p) => matchesFolderPattern(rel, p)) && !matchesAnyGlob(rel, excludeGlobs(folder));
}

/** `seeds` or `data/*` style patterns: the document's relative path must lie under a matching folder. */
export function matchesFolderPattern(relPath: string, pattern: string): boolean {
  const parts = relPath.split('/');
  const pat = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  if (pat.length >= parts.length) return false;
  return pat.every((p, i) => globSegment(p).test(parts[i]));
}

function globSegment(p: string): RegExp {
  if (p === '**') return /.*/;
  return new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
}

/** Exclude globs (relative to each workspace folder), always including our own state folder. */
export function excludeGlobs(scope?: vscode.ConfigurationScope): string[] {
  const v = vscode.workspace.getConfiguration(Config.section, scope).get<string[]>('exclude', DEFAULT_EXCLUDE);
  const globs = Array.isArray(v) ? v.filter((g) => typeof g === 'string' && g.trim()) : DEFAULT_EXCLUDE;
  return globs.includes('**/.corpus-review/**') ? globs : [...globs, '**/.corpus-review/**'];
}

/** Largest file analysed, in bytes (the setting is in MB, 1 MB = 1,000,000 bytes). */
export function maxFileSizeBytes(scope?: vscode.ConfigurationScope): number {
  const mb = vscode.workspace.getConfiguration(Config.section, scope).get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE_MB);
  return Math.round((typeof mb === 'number' && mb > 0 ? mb : DEFAULT_MAX_FILE_SIZE_MB) * 1_000_000);
}

/** Settings whose change means the corpus must be re-indexed. */
export const INDEX_SETTINGS = [Config.corpusFolders, Config.includeExtensions, Config.exclude, Config.maxFileSize, Config.rules, Config.templateMinCount];
