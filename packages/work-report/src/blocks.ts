/**
 * The summary as the bureau edits it: plain text, one block per line, shaped like its documents. Lines before the
 * first part heading are the title; "一、…" is a part heading; "(一)…。" opens a section whose first sentence is its
 * lead; every other line is a paragraph. The same reading gives the Markdown and the Word file, so what the bureau
 * typed is what it downloads.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'section'; lead: string; text: string }
  | { kind: 'paragraph'; text: string };

const HEADING = /^[一二三四五六七八九十]+、/;
const SECTION = /^[((][一二三四五六七八九十]+[))]/;

export function parseSummary(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  let inTitle = true;
  for (const line of lines) {
    if (HEADING.test(line)) {
      inTitle = false;
      blocks.push({ kind: 'heading', text: line });
    } else if (SECTION.test(line)) {
      inTitle = false;
      const end = line.indexOf('。');
      const lead = end >= 0 ? line.slice(0, end + 1) : line;
      blocks.push({ kind: 'section', lead, text: line.slice(lead.length) });
    } else if (inTitle) {
      blocks.push({ kind: 'title', text: line });
    } else {
      blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

export function blocksToText(blocks: readonly Block[]): string {
  return `${blocks.map((b) => (b.kind === 'section' ? b.lead + b.text : b.text)).join('\n')}\n`;
}

/** Markdown: the title as one level-1 heading, parts as level 2, section leads in bold. */
export function toMarkdown(text: string): string {
  const blocks = parseSummary(text);
  const title = blocks.filter((b) => b.kind === 'title').map((b) => b.text);
  const out: string[] = title.length ? [`# ${title.join(' ')}`] : [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`## ${escapeMarkdown(block.text)}`);
    else if (block.kind === 'section') out.push(`**${escapeMarkdown(block.lead)}**${escapeMarkdown(block.text)}`);
    else if (block.kind === 'paragraph') out.push(escapeMarkdown(block.text));
  }
  return `${out.join('\n\n')}\n`;
}

/** Characters that would make Markdown of a plain sentence (the bureau's text has no markup of its own). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');
