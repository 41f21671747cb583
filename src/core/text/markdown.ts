/**
 * Escape untrusted document text for a Markdown hover, tooltip or report: HTML-significant characters
 * become entities and every character Markdown could interpret is backslash-escaped, so links, images,
 * command URIs and tags in a document show as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, ' ');
}
