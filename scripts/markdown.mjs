// A small markdown renderer for the rule pages bundled into the web page: ATX headings,
// paragraphs, fenced code blocks, pipe tables, flat lists, block quotes, and inline code,
// bold and links. Only what docs/rules/*.md use; everything else is escaped text.
// Links: `NAME.md` next to the page, `../precision.md` from a rule page and `rules/NAME.md`
// from the precision page become `#doc/NAME` (opened in the page's docs viewer); a link
// anywhere else is kept as text, because the page makes no network request.

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

// Joins a paragraph's source lines: no space between two CJK characters.
function joinLines(lines) {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (text && line && !(CJK.test(text[text.length - 1]) && CJK.test(line[0]))) text += ' ';
    text += line;
  }
  return text;
}

function linkTarget(href) {
  const m = /^(?:\.\/|\.\.\/|rules\/)?([a-z0-9.-]+)\.md(#.*)?$/i.exec(href);
  if (!m) return null;
  return '#doc/' + (m[1] === 'README' ? 'index' : m[1]);
}

// Rule ids written as inline code (`sum.balance`) link to their pages when they are known.
let knownRules = new Set();
let linking = false; // inside a link: no link in a link

export function renderInline(text) {
  let html = '';
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let m;
    if ((m = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest))) {
      const code = m[2].trim();
      html += knownRules.has(code) && !linking
        ? `<a href="#doc/${escapeHtml(code)}"><code>${escapeHtml(code)}</code></a>`
        : `<code>${escapeHtml(code)}</code>`;
    } else if ((m = /^\*\*([\s\S]+?)\*\*/.exec(rest))) {
      html += `<strong>${renderInline(m[1])}</strong>`;
    } else if ((m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest))) {
      const target = linkTarget(m[2]);
      linking = Boolean(target);
      const inner = renderInline(m[1]);
      linking = false;
      html += target ? `<a href="${escapeHtml(target)}">${inner}</a>` : inner;
    } else {
      m = [text[i]];
      html += escapeHtml(text[i]);
    }
    i += m[0].length;
  }
  return html;
}

function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells = [];
  let cur = '';
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && s[i + 1] === '|') { cur += '|'; i++; continue; }
    if (c === '`') inCode = !inCode;
    if (c === '|' && !inCode) { cells.push(cur.trim()); cur = ''; continue; }
    cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

const isTableRule = (line) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;

// source: the markdown; rules: the rule ids whose inline-code mentions become links.
export function renderMarkdown(source, rules) {
  if (rules) knownRules = new Set(rules);
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(`<p>${renderInline(joinLines(para))}</p>`);
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m;
    if (/^\s*$/.test(line)) { flush(); continue; }
    if ((m = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line))) {
      flush();
      const fence = m[1];
      const body = [];
      for (i++; i < lines.length && !lines[i].startsWith(fence); i++) body.push(lines[i]);
      const cls = m[2] ? ` class="lang-${escapeHtml(m[2])}"` : '';
      out.push(`<pre tabindex="0"><code${cls}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    if ((m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line))) {
      flush();
      out.push(`<h${m[1].length}>${renderInline(m[2])}</h${m[1].length}>`);
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && isTableRule(lines[i + 1])) {
      flush();
      const head = splitRow(line);
      const rows = [];
      for (i += 2; i < lines.length && lines[i].includes('|') && lines[i].trim(); i++) rows.push(splitRow(lines[i]));
      i--;
      const cells = (row, tag) => head.map((_, k) => `<${tag}>${renderInline(row[k] || '')}</${tag}>`).join('');
      out.push(`<table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>` +
        rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('') + '</tbody></table>');
      continue;
    }
    if ((m = LIST_ITEM.exec(line))) {
      flush();
      const ordered = /\d/.test(m[1]);
      const items = [];
      while (i < lines.length && (m = LIST_ITEM.exec(lines[i]))) {
        const item = [m[2]];
        // Continuation lines are indented.
        while (i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]) && !LIST_ITEM.test(lines[i + 1])) item.push(lines[++i]);
        items.push(`<li>${renderInline(joinLines(item))}</li>`);
        i++;
      }
      i--;
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.join('')}</${tag}>`);
      continue;
    }
    if ((m = /^>\s?(.*)$/.exec(line))) {
      flush();
      const quoted = [m[1]];
      while (i + 1 < lines.length && (m = /^>\s?(.*)$/.exec(lines[i + 1]))) { quoted.push(m[1]); i++; }
      out.push(`<blockquote>${renderMarkdown(quoted.join('\n'))}</blockquote>`);
      continue;
    }
    para.push(line);
  }
  flush();
  return out.join('\n');
}
