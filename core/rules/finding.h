// One thing gkcheck tells the user: a rule's verdict at a place in the text.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "text/cell_value.h"
#include "text/source_text.h"

namespace gk::rules {

enum class Severity { Error, Warning, Info };

const char* severity_name(Severity s);

// Whether a reviewer can act on a finding as it stands (arithmetic on cells read cleanly, a
// required section truly absent) or should look first (read through a shifted row or a
// guessed alignment, a pattern in running text).
enum class Certainty { Certain, Review };

const char* certainty_name(Certainty c);

// A reviewer's decision on a finding (decide/decisions.h): none yet; 需修改 (it stands); 无需
// 修改 (accepted or a false alarm: it leaves the counts and the exit status).
enum class Decision { Open, Confirmed, Accepted };

const char* decision_name(Decision d);  // "open", "confirmed", "accepted"

// The table cell a finding is about, by the format's ids and labels.
struct CellRef {
  std::string table;
  std::string row;
  std::string column;
};

// A suggested fix and the broken identities it explains share an id (1, 2, … in a report):
// the reviewer sees the cell to change with the broken sums folded under it, tools see both.
struct FixLink {
  unsigned id = 0;
  bool is_fix = false;  // the fix itself (sum.suggested-fix), not a finding it explains
};

struct Finding {
  std::string rule;
  Severity severity = Severity::Error;
  Certainty certainty = Certainty::Certain;
  std::string message;  // Chinese, names the row/column and the expected and actual values
  text::Span span;      // where it is, in the decoded text
  std::optional<text::Quantity> expected;
  std::optional<text::Quantity> actual;
  std::optional<CellRef> cell;
  // The section (1..6) a finding is about when its span cannot be in it (a missing section); 0 otherwise.
  int section = 0;
  std::vector<text::Span> related;  // the other cells that make up the check
  std::optional<FixLink> fix;
  // On a summary of a rule's findings past the first few (rules/finding_limit.h): how many
  // findings it stands for, itself included; 0 on every other finding.
  std::size_t summarised = 0;
  Decision decision = Decision::Open;
  std::string comment;  // the reviewer's, with the decision
};

// Whether a finding counts: a finding marked 无需修改 is listed apart and counts for nothing.
inline bool counts(const Finding& f) { return f.decision != Decision::Accepted; }

}  // namespace gk::rules
