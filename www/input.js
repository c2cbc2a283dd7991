// Getting an article in: a file (.txt, .md, .html) dropped or opened,
// and pasting from web pages that offer only HTML. Markup is always turned
// into plain text here; it never reaches the page as markup. DOMParser
// builds an inert document: its scripts do not run, its images do not load.

// The page requires Trusted Types (see the CSP in index.html). HTML from a
// file or the clipboard goes through this policy to one place only: the
// DOMParser below, whose document is detached and never shown; its text is
// all that is kept.
const inert = globalThis.trustedTypes?.createPolicy('inert-html', { createHTML: (html) => html });

// Elements whose text is not article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'X-STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'NAV', 'FORM']);
// Elements that end a paragraph (a blank line) or a line.
const PARAGRAPH = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'FIGURE', 'FIGCAPTION', 'PRE', 'HR', 'DL']);
const LINE = new Set(['BR', 'LI', 'TR', 'DT', 'DD']);

/**
 * The text of an HTML document or fragment, with a blank line between
 * paragraphs (textContent alone would run "<p>One.</p><p>Two.</p>" into
 * "One.Two.") and without scripts, styles or navigation.
 */
export function htmlToText(html) {
  // The parsed document shares the page's CSP, which refuses inline styles
  // (and says so in the console): style elements and attributes are
  // renamed first, so they are plain, ignored markup.
  const unstyled = html.replace(/<(\/?)style\b/gi, '<$1x-style').replace(/(\s)style(\s*=)/gi, '$1x-style$2');
  const doc = new DOMParser().parseFromString(inert ? inert.createHTML(unstyled) : unstyled, 'text/html');
  const root = doc.querySelector('article') ?? doc.body;
  const out = [];
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(child.nodeValue.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === 'BR') {
          out.push('\n');
          continue;
        }
        if (tag === 'IMG') {
          // An image carries no article text (its alt is a description).
          continue;
        }
        walk(child);
        if (PARAGRAPH.has(tag)) out.push('\n\n');
        else if (LINE.has(tag)) out.push('\n');
      }
    }
  };
  if (root) walk(root);
  return out
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of a Markdown file: headings, emphasis, links, images, code
 * fences and block quote marks removed; the words (and quotation marks)
 * kept. Not a Markdown parser: enough that the analysis reads prose.
 */
export function markdownToText(md) {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^```.*$/gm, '')
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}([-*+]|\d+[.)])\s+/gm, '')
    .replace(/^ {0,3}([-*_])(\s*\1){2,}\s*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Which reader a file needs, from its name and type: 'html', 'md' or 'text'; null for other files. */
export function fileKind(file) {
  const name = file.name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'md';
  if (/\.(txt|text)$/.test(name) || file.type.startsWith('text/') || file.type === '') return 'text';
  return null;
}

/** The plain text of a dropped or opened file; rejects for files that are not text. */
export async function readFile(file) {
  const kind = fileKind(file);
  if (!kind) throw new Error(`${file.name} is not a text, Markdown or HTML file`);
  const raw = await file.text();
  if (kind === 'html') return htmlToText(raw);
  if (kind === 'md') return markdownToText(raw);
  return raw.replace(/\r\n?/g, '\n');
}

/**
 * Pastes into the text box. A paste with plain text is left to the browser
 * (a textarea keeps the text, never the markup), unless the text box would
 * then hold `large` characters or more: that text goes to `onLarge(text)`
 * instead, because the browser lays out a textarea's whole content at once
 * and 1 MB in one would freeze the page for about a second. A paste that
 * offers only HTML (some web apps put no plain text on the clipboard) is
 * inserted as its text.
 */
export function wirePaste(textarea, large, onLarge) {
  textarea.addEventListener('paste', (e) => {
    const data = e.clipboardData;
    if (!data) return;
    let text;
    if (data.types.includes('text/plain')) text = data.getData('text/plain');
    else if (data.types.includes('text/html')) text = htmlToText(data.getData('text/html'));
    else return;
    const { value, selectionStart: from, selectionEnd: to } = textarea;
    if (value.length - (to - from) + text.length >= large) {
      e.preventDefault();
      // (A textarea would have turned CR LF into LF; so does this.)
      const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
      onLarge(value.slice(0, from) + lf + value.slice(to));
    } else if (!data.types.includes('text/plain')) {
      e.preventDefault();
      textarea.setRangeText(text, from, to, 'end');
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
}

/** Files dropped anywhere on the page go to `onFile(file)`; `zone` shows it can take them. */
export function wireDrop(zone, onFile) {
  const hasFiles = (e) => e.dataTransfer?.types.includes('Files');
  let depth = 0;
  addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth += 1;
    zone.classList.add('dropping');
  });
  addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove('dropping');
  });
  addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  addEventListener('drop', (e) => {
    depth = 0;
    zone.classList.remove('dropping');
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    // Also keeps the browser from opening the file in place of the page.
    e.preventDefault();
    onFile(file);
  });
}
