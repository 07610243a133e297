/**
 * A domain's name in every form the templates need. The name is the folder under services/ and frontends/, the
 * subgraph's name in the supergraph and the key in DOMAINS: lower-case words joined by hyphens.
 */

/** Names that are already something else in the repository, or that the shell routes itself. */
export const RESERVED = new Set(['gateway', 'shell', 'partner-demo', 'login', 'test', 'shared', 'platform']);

/**
 * @param {string} name
 * @returns {string | null} why the name cannot be a domain, or null when it can
 */
export function invalidName(name) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    return `"${name}" is not a domain name: use lower-case letters, digits and single hyphens, starting with a letter (e.g. inspections-demo)`;
  }
  if (name.length > 30)
    return `"${name}" is too long (at most 30 characters: table and index names must fit PostgreSQL’s 63)`;
  if (RESERVED.has(name)) return `"${name}" is reserved`;
  return null;
}

/**
 * @param {string} name  e.g. `inspections-demo`
 * @param {string} label e.g. `日常检查`
 */
export function nameForms(name, label) {
  const words = name.split('-');
  const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return {
    name,
    Name: pascal,
    nameCamel: pascal[0].toLowerCase() + pascal.slice(1),
    name_snake: words.join('_'),
    NAME: words.join('_').toUpperCase(),
    // The English catalog's stand-in for the Chinese label until someone writes a better one: `Inspections demo`.
    nameWords: name[0].toUpperCase() + words.join(' ').slice(1),
    label,
  };
}

/**
 * Labels are written into domains.ts between single quotes and read back as text by the launcher: no quotes,
 * backslashes or line breaks.
 * @param {string} label
 * @returns {string | null}
 */
export function invalidLabel(label) {
  if (!label.trim()) return 'the label is empty';
  if (/['"`\\\n\r]/.test(label)) return `the label "${label}" may not contain quotes, backslashes or line breaks`;
  if (label.length > 20) return `the label "${label}" is too long for the navigation (at most 20 characters)`;
  return null;
}
