// js-yaml arrives with ESLint (@eslint/eslintrc); the Markdown exporter's test reads front matter back with
// it, as a YAML 1.2 parser like Obsidian's would. Only load() is used.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
