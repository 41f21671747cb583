import pkg from '../../package.json';

export const TOOL_NAME = 'corpus-review';
export const TOOL_VERSION: string = pkg.version;
