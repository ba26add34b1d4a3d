// The decision on a finding card: 需修改 / 无需修改 (pressed again: back to 待定) and, once
// decided, a 审核意见 field. Drawn into each card by the findings list (its decorate hook).

import { el } from './dom.js';
import { comment, decide, decisionOf, DECISION_LABEL } from './decisions.js';

export function decorateFinding(li, report, f) {
  const d = decisionOf(report, f);
  const key = f.key;
  li.dataset.key = key;
  li.dataset.decision = d ? d.decision : 'open';
  const box = el('div', 'decision');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', '审核决定');
  for (const value of ['confirmed', 'accepted']) {
    const b = el('button', 'decide', DECISION_LABEL[value]);
    b.type = 'button';
    b.dataset.decision = value;
    b.setAttribute('aria-pressed', String(Boolean(d && d.decision === value)));
    box.appendChild(b);
  }
  if (d) {
    const label = el('label', 'comment');
    label.appendChild(el('span', 'visually-hidden', '审核意见'));
    const input = el('input');
    input.type = 'text';
    input.placeholder = '审核意见（可选）';
    input.value = d.comment;
    input.addEventListener('input', () => comment(report, f, input.value));
    label.appendChild(input);
    box.appendChild(label);
  }
  // The card's own click picks the finding; a decision is no pick.
  box.addEventListener('click', (event) => {
    event.stopPropagation();
    const b = event.target.closest('button.decide');
    if (!b) return;
    const root = li.parentNode ? li.closest('.findings') : null;
    const pressed = b.getAttribute('aria-pressed') === 'true';
    decide(report, f, pressed ? null : b.dataset.decision); // the list is drawn again
    const again = root && Array.from(root.querySelectorAll('.finding')).find((x) => x.dataset.key === key);
    const focus = again && again.querySelector(`button.decide[data-decision="${b.dataset.decision}"]`);
    if (focus) focus.focus();
  });
  box.addEventListener('keydown', (event) => event.stopPropagation());
  li.appendChild(box);
}
