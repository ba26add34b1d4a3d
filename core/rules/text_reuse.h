// How much of a report's running text is last year's: its sentences, normalised (blanks,
// punctuation and quotes left out, every run of digits one placeholder, so that a sentence
// with only its figures updated still counts), looked up among last year's. Tables and short
// sentences (headings, "无。") are left out: every report shares them.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "text/source_text.h"

namespace gk {
struct CheckResult;
}

namespace gk::rules {

struct TextReuse {
  std::string last_file;  // last year's report
  int last_year = 0;
  std::size_t sentences = 0;          // this year's sentences counted
  std::vector<text::Span> reused;     // those found in last year's, in text order
  double share() const { return sentences == 0 ? 0.0 : static_cast<double>(reused.size()) / sentences; }
};

struct Sentence {
  text::Span span;
  std::string key;  // normalised as above
};

// The sentences of a report's paragraphs long enough to count, in text order.
std::vector<Sentence> sentences_of(const CheckResult& r);

// This year's text measured against last year's.
TextReuse measure_reuse(const CheckResult& now, const CheckResult& last);

}  // namespace gk::rules
