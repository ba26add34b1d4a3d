// The right pane: verdict, report facts and the list of findings.

const SEVERITY_LABEL = { error: '错误', warning: '提醒', info: '提示' };

const LAYOUT_LABEL = {
  'cell-per-line': '每格一行',
  'tab-separated': '制表符分列',
  plain: '纯文本',
};

function layoutLabel(layout) {
  if (!layout) return '—';
  const markdown = layout.startsWith('markdown');
  const base = markdown ? layout.replace(/^markdown\+?/, '') || 'plain' : layout;
  const label = LAYOUT_LABEL[base] || base;
  return markdown ? 'Markdown，' + label : label;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// report: one entry of the JSON "reports" array (or null before the first check).
// encoding: what to show as the text's encoding (a dropped file's, else the report's).
function renderSummary(verdictEl, metaEl, report, text, encoding) {
  verdictEl.className = 'verdict';
  metaEl.replaceChildren();
  if (!report) {
    verdictEl.textContent = '—';
    return;
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const notes = report.findings.length - errors;
  verdictEl.dataset.errors = String(errors);
  verdictEl.dataset.notes = String(notes);
  if (text.trim() === '') {
    verdictEl.textContent = '请粘贴、输入或打开一份年度报告';
  } else if (errors || notes) {
    verdictEl.textContent = `有 ${errors} 处错误、${notes} 处提醒`;
    verdictEl.classList.add(errors ? 'fail' : 'warn');
  } else if (!report.format) {
    verdictEl.textContent = '未识别出年度报告的表格，未做核对';
    verdictEl.classList.add('warn');
  } else {
    verdictEl.textContent = '通过';
    verdictEl.classList.add('pass');
  }
  const facts = [
    ['格式', report.format ? `${report.format} 年版` : '未识别'],
    ['年度', report.year ? `${report.year} 年` : '未识别'],
    ['编码', encoding || '—'],
    ['版式', layoutLabel(report.layout)],
  ];
  for (const [name, value] of facts) {
    const row = el('div');
    row.append(el('dt', '', name), el('dd', '', value));
    metaEl.appendChild(row);
  }
}

function renderFindings(listEl, findings, active, emptyText) {
  listEl.replaceChildren();
  findings.forEach((f, index) => {
    const item = el('li', 'finding');
    item.dataset.rule = f.rule;
    item.dataset.offset = String(f.offset);
    item.dataset.length = String(f.length);
    item.dataset.severity = f.severity;
    item.dataset.index = String(index);

    const button = el('button');
    button.type = 'button';
    button.appendChild(el('span', 'msg', f.message));
    const where = el('span', 'where');
    where.append(
      el('span', 'sev', SEVERITY_LABEL[f.severity] || f.severity),
      el('span', '', `第${f.line}行第${f.column}列`),
      el('span', 'rule', f.rule));
    if (f.expected !== undefined || f.actual !== undefined) {
      const parts = [];
      if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
      if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
      where.appendChild(el('span', 'values', parts.join('，')));
    }
    button.appendChild(where);
    item.appendChild(button);
    listEl.appendChild(item);
  });
  if (findings.length === 0 && emptyText) listEl.appendChild(el('li', 'empty', emptyText));
  markActive(listEl, active, findings, false);
}

function markActive(listEl, active, findings, reveal) {
  const index = active ? findings.indexOf(active) : -1;
  for (const item of listEl.querySelectorAll('.finding')) {
    const on = Number(item.dataset.index) === index;
    item.classList.toggle('active', on);
    if (on) item.firstChild.setAttribute('aria-current', 'true');
    else item.firstChild.removeAttribute('aria-current');
    if (on && reveal) item.scrollIntoView({ block: 'nearest' });
  }
}
