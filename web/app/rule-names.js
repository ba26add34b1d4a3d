// Each rule's plain-Chinese name (core/rules/rules.json's "name", written in at build time):
// what cards, filters, the print and the CSV show; the id only in the rule pages and the JSON.
import names from 'gkcheck:rule-names';

export function ruleName(id) {
  return Object.prototype.hasOwnProperty.call(names, id) ? names[id] : id;
}
