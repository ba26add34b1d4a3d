// The verdict line at the top: 通过 / 有 N 处错误、M 处提醒, and what was found about the
// report (format, year, issuing body, date); how the file was read (encoding, layout) is in
// the file-information tip beside the file's name.

import { clear, el } from './dom.js';
import { formatLabel, verdictOf } from './report-facts.js';

const LAYOUT_LABEL = {
  'cell-per-line': '每格一行',
  'tab-separated': '制表符分列',
  'pdf-layout': 'PDF 复制（版式）',
  'pdf-raw': 'PDF 复制（阅读顺序）',
  plain: '纯文本',
};

function layoutLabel(layout) {
  if (!layout) return '—';
  const markdown = layout.indexOf('markdown') === 0;
  const base = markdown ? layout.replace(/^markdown\+?/, '') || 'plain' : layout;
  const label = LAYOUT_LABEL[base] || base;
  return markdown ? 'Markdown，' + label : label;
}

// info: {button, tip}: the ⓘ beside the file name and its tooltip.
export function createVerdictView(verdictEl, metaEl, info) {
  return {
    render(report, text, encoding) {
      renderSummary(verdictEl, metaEl, report, text);
      const facts = report ? `编码：${encoding || '—'}\n版式：${layoutLabel(report.layout)}` : '';
      info.tip.textContent = facts;
      info.button.title = facts;
      info.button.hidden = !facts || text.trim() === '';
    },
  };
}

// report: one entry of the JSON "reports" array (or null before the first check).
function renderSummary(verdictEl, metaEl, report, text) {
  verdictEl.className = 'verdict';
  clear(metaEl);
  if (!report) {
    verdictEl.textContent = '正在检查…';
    return;
  }
  const v = verdictOf(report);
  verdictEl.dataset.errors = String(v.n.error);
  verdictEl.dataset.warnings = String(v.n.warning);
  verdictEl.dataset.notes = String(v.n.warning + v.n.info);
  if (text.trim() === '') {
    verdictEl.textContent = '请粘贴、输入或打开一份年度报告';
    return;
  }
  verdictEl.textContent = v.text + (v.n.info ? `，另有 ${v.n.info} 条提示` : '');
  verdictEl.classList.add(v.cls);
  const facts = [
    ['格式', formatLabel(report.format), 'format'],
    ['年度', report.year ? `${report.year} 年` : '未识别', 'year'],
    ['发布机关', report.body || '未识别', 'body'],
    ['成文日期', report.date || '未识别', 'date'],
  ];
  for (const fact of facts) {
    const row = el('div');
    row.dataset.fact = fact[2];
    row.append(el('dt', '', fact[0]), el('dd', '', fact[1]));
    metaEl.appendChild(row);
  }
}
