// One thing gkcheck tells the user: a rule's verdict at a place in the text.
#pragma once
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

// The table cell a finding is about, by the format's ids and labels.
struct CellRef {
  std::string table;
  std::string row;
  std::string column;
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
  std::vector<text::Span> related;  // the other cells that make up the check
};

}  // namespace gk::rules
