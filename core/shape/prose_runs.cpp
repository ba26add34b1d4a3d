#include "shape/prose_runs.h"

#include <cctype>

#include "shape/enumerators.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace gk::shape {

using bind::SectionHeading;
using read::Block, read::Document, read::Paragraph;
using text::append_utf8, text::code_point_at, text::code_point_before, text::is_blank, text::next_code_point,
    text::normalize_into, text::NormalizedText, text::SourceText, text::Span, text::utf8_length;

namespace {

bool is_ascii_alnum(char32_t cp) { return cp < 0x80 && std::isalnum(static_cast<int>(cp)); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "-3-", "- 3 -", "—3—", "3", "第3页", "第 3 页 共 6 页".
bool is_page_number(std::string_view s) {
  constexpr std::size_t kLongest = 40;  // bytes, blanks left out
  std::string k;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = next_code_point(s, i);
    if (is_blank(cp)) continue;
    append_utf8(k, cp);
    if (k.size() > kLongest) return false;  // running text: decided after a few characters
  }
  if (k.empty()) return false;
  std::string_view v(k);
  auto strip = [&](std::string_view dash) {
    while (v.size() >= dash.size() && v.substr(0, dash.size()) == dash) v.remove_prefix(dash.size());
    while (v.size() >= dash.size() && v.substr(v.size() - dash.size()) == dash) v.remove_suffix(dash.size());
  };
  for (std::string_view dash : {"-", "—", "–", "~"}) strip(dash);
  auto all_digits = [](std::string_view d) {
    if (d.empty() || d.size() > 4) return false;
    for (char c : d)
      if (!is_digit(c)) return false;
    return true;
  };
  if (all_digits(v)) return true;
  // 第N页 (共M页)
  const std::string_view di = "第", ye = "页", gong = "共";
  if (v.substr(0, di.size()) != di) return false;
  v.remove_prefix(di.size());
  std::size_t d = 0;
  while (d < v.size() && is_digit(v[d])) ++d;
  if (d == 0 || v.substr(d, ye.size()) != ye) return false;
  v.remove_prefix(d + ye.size());
  if (v.empty()) return true;
  if (v.substr(0, gong.size()) != gong) return false;
  v.remove_prefix(gong.size());
  d = 0;
  while (d < v.size() && is_digit(v[d])) ++d;
  return d > 0 && v.substr(d) == ye;
}

}  // namespace

bool ends_sentence(char32_t cp) {
  return cp == U'。' || cp == '!' || cp == '?' || cp == ';' || cp == U'！' || cp == U'？' || cp == U'；';
}

void shape_prose(const SourceText& text, const Document& doc, const std::vector<SectionHeading>& sections,
                 ProseReader::Wanted wanted, ProseReader& reader) {
  std::size_t next_head = 0;
  int section = 0;
  std::size_t heading = 0;
  bool open = false;
  bool ended_sentence = false;
  ProseRun r;  // the sentence run being built, handed on when the next one starts
  bool have = false;
  // Where in r a paragraph run starts: the sentence run's own start, and each paragraph
  // joined to it after one that ended a sentence (a paragraph run starts afresh there).
  std::vector<std::size_t> paragraph_starts;
  ProseRun piece;  // one paragraph run, copied out of r
  NormalizedText n;  // each paragraph's view, in buffers reused from one to the next
  std::vector<Count> counts;  // the sentence run's
  auto hand_on = [&] {
    if (!have) return;
    if (wanted.sentence_runs) {
      counts = find_counts(r, text);
      reader.sentence_run(r, counts);
    }
    if (!wanted.paragraph_runs) return;
    piece.section = r.section;
    piece.heading = r.heading;
    for (std::size_t k = 0; k < paragraph_starts.size(); ++k) {
      std::size_t b = paragraph_starts[k];
      std::size_t e = k + 1 < paragraph_starts.size() ? paragraph_starts[k + 1] : r.text.size();
      // A blank put between Latin words across the join belongs to no paragraph run.
      if (k + 1 < paragraph_starts.size() && e > b && r.text[e - 1] == ' ' && e - 1 > b &&
          r.origin[e - 1] == r.origin[e]) {
        --e;
      }
      piece.text.assign(r.text, b, e - b);
      piece.origin.assign(r.origin.begin() + static_cast<std::ptrdiff_t>(b), r.origin.begin() + static_cast<std::ptrdiff_t>(e));
      reader.paragraph_run(piece);
    }
  };
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    while (next_head < sections.size() && sections[next_head].block < b) ++next_head;
    const Block& block = doc.blocks[b];
    const bool is_heading = next_head < sections.size() && sections[next_head].block == b;
    if (is_heading) {
      section = sections[next_head].section;
      heading = ++next_head;
      open = false;
    }
    if (block.kind == Block::Kind::Table) {
      open = false;
      continue;
    }
    if (is_heading && !wanted.paragraphs) continue;
    const Paragraph& p = doc.paragraphs[block.index];
    normalize_into(n, text.view(p.span), p.span.begin);
    if (wanted.paragraphs) reader.paragraph(p, n);
    if (is_heading || n.text.empty() || is_page_number(n.text)) continue;
    bool fresh = !open || leading_enumerator(n.text).style != EnumStyle::None;
    if (fresh) {
      hand_on();
      r.text.clear();
      r.origin.clear();
      paragraph_starts.clear();
      r.section = section;
      r.heading = heading;
      have = true;
      open = true;
    }
    // Latin words or numbers on both sides of a line end stay apart.
    if (!fresh && is_ascii_alnum(code_point_before(r.text, r.text.size())) && is_ascii_alnum(code_point_at(n.text, 0))) {
      r.text += ' ';
      r.origin.push_back(p.span.begin);
    }
    if (fresh || ended_sentence) paragraph_starts.push_back(r.text.size());
    r.text += n.text;
    r.origin.insert(r.origin.end(), n.origin.begin(), n.origin.end());
    ended_sentence = ends_sentence(code_point_before(n.text, n.text.size()));
  }
  hand_on();
}

Span source_span(const SourceText& text, const std::vector<std::size_t>& origin, std::size_t b, std::size_t e) {
  if (e <= b || e > origin.size()) return {};
  std::size_t last = origin[e - 1];
  const std::string& s = text.str();
  std::size_t end = last < s.size() ? last + utf8_length(static_cast<unsigned char>(s[last])) : last;
  return {origin[b], std::min(end, s.size())};
}

Span source_span(const SourceText& text, const ProseRun& run, std::size_t b, std::size_t e) {
  return source_span(text, run.origin, b, e);
}

}  // namespace gk::shape
