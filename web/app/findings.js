// The findings list: grouped by the section of the report they sit in, ordered by
// severity within a group, with counts, severity, rule and certainty filters, and a link to
// each rule's page, in plain Chinese: the rule's name and where the finding is in a user's
// words (line and column are the editor's, the id the rule page's). A suggested fix is one
// card with the broken sums it explains folded under it; a finding to review is marked
// 待核实; those the reviewer marked 无需修改 are listed apart, folded, at the end. The list
// order is the order of next/previous.

import { clear, el } from './dom.js';
import { sectionOf } from './report-facts.js';
import { ruleName } from './rule-names.js';
import {
  countBySeverity, isExplained, reasonsOf, REVIEW_LABEL, SEVERITY_LABEL, SEVERITY_ORDER, SEVERITY_RANK, toReview,
} from './severity.js';

export function createFindingsView(ui, handlers) {
  const filters = { error: true, warning: true, info: true, rule: '', certainOnly: false };
  let findings = [];
  let shown = [];
  let report = null;
  let items = [];       // list index -> its <li> (the findings shown, and the sums folded under a fix: its card)
  let activeItem = null;
  let apartOpen = false; // the 已标记无需修改 group unfolded

  // Marked 无需修改 by the reviewer (decisions.js): listed apart, folded, and not counted.
  const accepted = (f) => Boolean(handlers.accepted && handlers.accepted(report, f));
  // Marked in the text and the tables: every finding the filters keep.
  const marked = (f) => !accepted(f) && filters[f.severity] !== false && (!filters.rule || f.rule === filters.rule) &&
    (!filters.certainOnly || !toReview(f));
  // Listed: a sum a fix explains is listed on its own only when its rule is picked.
  const shows = (f) => marked(f) && (!isExplained(f) || filters.rule === f.rule);

  function renderFilters() {
    const counted = findings.filter((f) => !accepted(f));
    const n = countBySeverity(counted);
    for (const button of ui.filterBar.querySelectorAll('button[data-severity]')) {
      const sev = button.dataset.severity;
      button.setAttribute('aria-pressed', String(filters[sev]));
      button.querySelector('.count').textContent = String(n[sev]);
    }
    const rules = {};
    for (const f of counted) rules[f.rule] = (rules[f.rule] || 0) + 1;
    if (filters.rule && !rules[filters.rule]) filters.rule = '';
    clear(ui.ruleSelect);
    const all = el('option', '', `全部规则（${counted.length}）`);
    all.value = '';
    ui.ruleSelect.appendChild(all);
    const names = Object.keys(rules).map((rule) => ({ rule, name: ruleName(rule) }));
    names.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const { rule, name } of names) {
      const opt = el('option', '', `${name}（${rules[rule]}）`);
      opt.value = rule;
      ui.ruleSelect.appendChild(opt);
    }
    ui.ruleSelect.value = filters.rule;
    ui.certainOnly.setAttribute('aria-pressed', String(filters.certainOnly));
    ui.certainOnly.querySelector('.count').textContent = String(counted.filter((f) => !toReview(f) && !isExplained(f)).length);
  }

  function item(f, index) {
    const li = el('li', 'finding');
    li.dataset.rule = f.rule;
    li.dataset.offset = String(f.offset);
    li.dataset.length = String(f.length);
    li.dataset.severity = f.severity;
    li.dataset.index = String(index);

    const pick = el('button', 'pick');
    pick.type = 'button';
    const head = el('span', 'head');
    head.append(el('span', 'sev', SEVERITY_LABEL[f.severity] || f.severity));
    if (toReview(f)) head.appendChild(el('span', 'review', REVIEW_LABEL));
    head.append(el('span', 'rule-name', ruleName(f.rule)), el('span', 'place', f.place));
    pick.append(head, el('span', 'msg', f.message));
    if (f.expected !== undefined || f.actual !== undefined) {
      const values = el('span', 'values');
      if (f.expected !== undefined) values.append(el('span', 'label', '应为'), el('b', 'expected', f.expected));
      if (f.actual !== undefined) values.append(el('span', 'label', '实为'), el('b', 'actual', f.actual));
      pick.appendChild(values);
    }
    li.appendChild(pick);
    // The broken sums this fix mends: its reasons, folded under it.
    const explained = reasonsOf(f, findings);
    if (explained.length) {
      // A button and a hidden list, not <details>: with a closed <details> in the page,
      // Chromium stops responding when the whole of a long text (800 K characters) is
      // selected in the editor.
      const reasons = el('div', 'reasons');
      const toggle = el('button', 'reasons-toggle', `原因：${explained.length} 处加总不成立`);
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'false');
      const ul = el('ul');
      ul.hidden = true;
      for (const r of explained) {
        const entry = el('li', 'reason', r.message);
        entry.dataset.rule = r.rule;
        ul.appendChild(entry);
      }
      reasons.append(toggle, ul);
      li.appendChild(reasons);
    }

    const doc = el('a', 'doc-link');
    doc.href = '#doc/' + f.rule;
    doc.dataset.rule = f.rule;
    doc.textContent = '规则说明';
    doc.setAttribute('aria-label', `规则说明：${ruleName(f.rule)}`);
    li.appendChild(doc);
    if (handlers.decorate) handlers.decorate(li, report, f);
    return li;
  }

  // The list is built off the document and put in at once (one style and layout pass);
  // items out of view are not laid out (content-visibility in style.css).
  function render(nextReport, nextFindings, active, emptyText) {
    report = nextReport;
    findings = nextFindings;
    renderFilters();
    clear(ui.list);
    items = [];
    activeItem = null;
    const list = document.createDocumentFragment();
    const groups = [];
    const byKey = {};
    findings.forEach((f, index) => {
      if (!shows(f)) return;
      const s = sectionOf(report, f.offset);
      if (!byKey[s.key]) {
        byKey[s.key] = { title: s.title, order: s.order, items: [] };
        groups.push(byKey[s.key]);
      }
      byKey[s.key].items.push({ f, index });
    });
    groups.sort((a, b) => a.order - b.order);
    shown = [];
    groups.forEach((g, gi) => {
      g.items.sort((a, b) => (SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity]) || (a.f.offset - b.f.offset));
      const section = el('section', 'group');
      const id = 'group-' + gi;
      const h = el('h3');
      h.id = id;
      h.appendChild(el('span', 'title', g.title));
      const n = countBySeverity(g.items.map((x) => x.f));
      const counts = el('span', 'counts');
      for (const sev of SEVERITY_ORDER) {
        if (n[sev]) counts.appendChild(el('span', 'count-' + sev, `${SEVERITY_LABEL[sev]} ${n[sev]}`));
      }
      h.appendChild(counts);
      const ol = el('ol', 'items');
      ol.setAttribute('role', 'list');
      ol.setAttribute('aria-labelledby', id);
      for (const x of g.items) {
        const li = item(x.f, x.index);
        items[x.index] = li;
        // A sum folded under this fix selects the fix's card.
        for (const r of reasonsOf(x.f, findings)) if (!shows(r)) items[findings.indexOf(r)] = li;
        ol.appendChild(li);
        shown.push(x.f);
      }
      section.append(h, ol);
      list.appendChild(section);
    });
    const apart = findings.map((f, index) => ({ f, index })).filter((x) => accepted(x.f) && !isExplained(x.f));
    if (apart.length) list.appendChild(acceptedGroup(apart));
    if (shown.length === 0) {
      const hidden = findings.length - apart.length;
      const text = hidden ? `筛选后没有问题（${hidden} 条未显示）` : (apart.length ? '没有待处理的问题' : emptyText);
      if (text) list.appendChild(el('p', 'empty', text));
    }
    ui.list.appendChild(list);
    ui.list.classList.remove('stale');
    markActive(active, false);
    return shown;
  }

  // The findings marked 无需修改, folded under a toggle at the end of the list.
  function acceptedGroup(apart) {
    const section = el('section', 'group accepted-group');
    const h = el('h3');
    const toggle = el('button', 'group-toggle', `已标记无需修改（${apart.length}）`);
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', String(apartOpen));
    h.appendChild(toggle);
    const ol = el('ol', 'items');
    ol.setAttribute('role', 'list');
    ol.hidden = !apartOpen;
    toggle.addEventListener('click', () => {
      apartOpen = !apartOpen;
      toggle.setAttribute('aria-expanded', String(apartOpen));
      ol.hidden = !apartOpen;
    });
    for (const x of apart) {
      const li = item(x.f, x.index);
      items[x.index] = li;
      ol.appendChild(li);
    }
    section.append(h, ol);
    return section;
  }

  function markActive(active, reveal) {
    const index = active ? findings.indexOf(active) : -1;
    const li = index >= 0 ? items[index] || null : null;
    if (activeItem && activeItem !== li) {
      activeItem.classList.remove('active');
      activeItem.firstChild.removeAttribute('aria-current');
    }
    activeItem = li;
    if (!li) return;
    li.classList.add('active');
    li.firstChild.setAttribute('aria-current', 'true'); // its .pick button
    if (reveal) li.scrollIntoView({ block: 'nearest' });
  }

  ui.list.addEventListener('click', (event) => {
    const toggle = event.target.closest('.reasons-toggle');
    if (toggle) {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.nextElementSibling.hidden = !open;
    }
    const doc = event.target.closest('.doc-link');
    if (doc) {
      event.preventDefault();
      handlers.doc(doc.dataset.rule, doc);
      return;
    }
    const li = event.target.closest('.finding');
    if (li) handlers.pick(findings[Number(li.dataset.index)]);
  });
  // Arrow keys move between findings inside the list (Tab leaves it).
  ui.list.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const picks = Array.from(ui.list.querySelectorAll('.pick'));
    const at = picks.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = picks[Math.max(0, Math.min(picks.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    next.focus();
  });
  ui.filterBar.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-severity]');
    if (!button) return;
    filters[button.dataset.severity] = !filters[button.dataset.severity];
    handlers.filter();
  });
  ui.certainOnly.addEventListener('click', () => {
    filters.certainOnly = !filters.certainOnly;
    handlers.filter();
  });
  ui.ruleSelect.addEventListener('change', () => {
    filters.rule = ui.ruleSelect.value;
    handlers.filter();
  });

  return {
    render,
    markActive,
    // The findings shown are those of an older text until the next render.
    markStale() { ui.list.classList.add('stale'); },
    hasFocus: () => ui.list.contains(document.activeElement),
    shows,
    marked,
    shown: () => shown,
    // The finding before/after `active` in list order (wrapping), or the first one.
    step(active, delta) {
      if (shown.length === 0) return null;
      const at = shown.indexOf(active);
      if (at < 0) return delta > 0 ? shown[0] : shown[shown.length - 1];
      return shown[(at + delta + shown.length) % shown.length];
    },
    focusActive() {
      const li = ui.list.querySelector('.finding.active .pick');
      if (li) li.focus({ preventScroll: true });
    },
  };
}
