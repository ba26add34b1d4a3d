#include "rules/text_reuse.h"

#include <unordered_set>

#include "check.h"
#include "shape/prose_runs.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::rules {

using shape::ends_sentence;
using text::Span;

namespace {

// Sentences shorter than this (in code points of their key) are not counted: headings,
// "无。", "详见下表。" are in every report.
constexpr std::size_t kMinKeyLength = 12;

// Punctuation of either width (NFKC has made full-width ASCII punctuation ASCII already).
bool is_punctuation(char32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'));
  return (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20);
}

// The sentence's match key without punctuation, every run of digits one '#'.
std::string sentence_key(std::string_view s) {
  const std::string k = text::match_key(s);
  std::string out;
  out.reserve(k.size());
  bool in_digits = false;
  for (std::size_t i = 0; i < k.size();) {
    const char32_t cp = text::next_code_point(k, i);
    const bool digit = (cp >= '0' && cp <= '9') || (in_digits && (cp == '.' || cp == ','));
    if (digit) {
      if (!in_digits) out += '#';
      in_digits = true;
      continue;
    }
    in_digits = false;
    if (!is_punctuation(cp)) text::append_utf8(out, cp);
  }
  return out;
}

// A short line without a sentence's end is a title, a heading or a label: the same in every
// report, so not counted, and it ends the sentence before it.
bool is_heading(std::string_view paragraph) {
  if (text::more_code_points_than(paragraph, 30)) return false;
  for (std::size_t i = 0; i < paragraph.size();)
    if (ends_sentence(text::next_code_point(paragraph, i))) return false;
  return true;
}

class Splitter {
 public:
  Splitter(const CheckResult& r, std::vector<Sentence>& out) : r_(r), out_(out) {}

  void paragraph(const read::Paragraph& p) {
    const std::string_view t = p.text;
    if (is_heading(t)) {
      finish();
      return;
    }
    std::size_t start = 0;  // of the part of the sentence in this paragraph
    for (std::size_t i = 0; i < t.size();) {
      const char32_t cp = text::next_code_point(t, i);
      if (!ends_sentence(cp)) continue;
      extend(p.span.begin + start, p.span.begin + i);
      finish();
      start = i;
    }
    // The rest runs on into the next paragraph: a line break inside a sentence (text from a
    // PDF) does not end it.
    if (start < t.size()) extend(p.span.begin + start, p.span.begin + t.size());
  }

  void finish() {
    if (open_) {
      std::string key = sentence_key(r_.text.view(span_));
      if (text::more_code_points_than(key, kMinKeyLength - 1)) out_.push_back(Sentence{span_, std::move(key)});
    }
    open_ = false;
  }

 private:
  void extend(std::size_t begin, std::size_t end) {
    if (!open_) span_ = Span{begin, end};
    else span_.end = end;
    open_ = true;
  }

  const CheckResult& r_;
  std::vector<Sentence>& out_;
  Span span_;
  bool open_ = false;
};

}  // namespace

std::vector<Sentence> sentences_of(const CheckResult& r) {
  std::vector<Sentence> out;
  Splitter split(r, out);
  for (const read::Block& b : r.doc.blocks) {
    if (b.kind == read::Block::Kind::Table) split.finish();  // a table ends the sentence before it
    else split.paragraph(r.doc.paragraphs[b.index]);
  }
  split.finish();
  return out;
}

TextReuse measure_reuse(const CheckResult& now, const CheckResult& last) {
  std::unordered_set<std::string> before;
  for (Sentence& s : sentences_of(last)) before.insert(std::move(s.key));
  TextReuse reuse;
  reuse.last_file = last.file;
  reuse.last_year = last.report.year ? *last.report.year : 0;
  for (const Sentence& s : sentences_of(now)) {
    ++reuse.sentences;
    if (before.count(s.key)) reuse.reused.push_back(s.span);
  }
  return reuse;
}

}  // namespace gk::rules
