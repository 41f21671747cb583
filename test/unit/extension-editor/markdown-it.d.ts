// Minimal typing for the markdown-it renderer the hover-card security tests use.
declare module 'markdown-it' {
  interface Options {
    html?: boolean;
    linkify?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: Options);
    render(src: string): string;
    validateLink: (url: string) => boolean;
  }
}
