import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const PLACEHOLDER = /__(name_snake|nameCamel|nameWords|Name|NAME|name|label|subgraphPort|remotePort|timestamp)__/g;

/**
 * Fills the placeholders of a template's text or file name. Placeholders are written so that a template stays
 * valid TypeScript (`__Name__Record` is an identifier), which keeps the templates linted like the code they become.
 * @param {string} text
 * @param {Record<string, string | number>} values
 */
export function fill(text, values) {
  return text.replace(PLACEHOLDER, (whole, key) => {
    if (values[key] === undefined) throw new Error(`no value for the placeholder ${whole}`);
    return String(values[key]);
  });
}

/** `_package.json` keeps pnpm and turbo from taking a template for a workspace package. */
const targetName = (name) => (name === '_package.json' ? 'package.json' : name);

/**
 * Copies a template folder to `target`, filling placeholders in file names and contents.
 * @param {string} templateDir
 * @param {string} target
 * @param {Record<string, string | number>} values
 * @returns {string[]} the files written, relative to `target`
 */
export function renderTemplate(templateDir, target, values) {
  const written = [];
  const walk = (from, to) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from).sort()) {
      const source = join(from, entry);
      const destination = join(to, fill(targetName(entry), values));
      if (statSync(source).isDirectory()) walk(source, destination);
      else {
        writeFileSync(destination, fill(readFileSync(source, 'utf8'), values));
        written.push(relative(target, destination));
      }
    }
  };
  walk(templateDir, target);
  return written;
}

/** MikroORM's migration class names: `Migration` + the UTC time, to the second. */
export function migrationTimestamp(date = new Date()) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
