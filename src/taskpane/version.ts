/**
 * The build's version (package.json), set by webpack's DefinePlugin; "dev"
 * where the code runs unbundled (jest). Shown at the foot of the pane so staff
 * can tell support which build they run.
 */
declare const __BCN_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __BCN_VERSION__ === 'string' ? __BCN_VERSION__ : 'dev';
