// Text copied out of a PDF: table rows are lines that end in numbers; their labels may
// wrap over the lines before them (and, in -layout text, after them), page numbers such
// as "-3-" fall between rows, and vertical headers ("三、本年度办理结果") leave one
// character a line. Label pieces are kept as separate cells in reading order; the binder
// joins the cells of a label.
//
// -layout keeps the page's columns: a piece's column tells which label it continues.
// -raw keeps reading order only: pieces go to the next row.
#include <algorithm>
#include <string>
#include <vector>

#include "read/document_builder.h"
#include "read/reader.h"
#include "text/cell_value.h"
#include "text/enumerator.h"
#include "text/utf8.h"

namespace gk::read {

using text::contains, text::count_code_points, text::EnumLevel, text::is_blank, text::LabelParts,
    text::next_code_point, text::parse_cell_value, text::parse_label, text::SourceText, text::Span,
    text::ValueKind;

namespace {

// Pieces this many columns apart or less are in the same column of the page.
constexpr std::size_t kColumnTolerance = 3;
// A gap of this many blanks separates two pieces of a -layout line.
constexpr std::size_t kPieceGap = 2;
// Label fragments waiting for their row; older ones are plain text.
constexpr std::size_t kMaxPending = 16;
// Lines under a row that continue its labels (-layout); more are text of their own. Each
// continuation costs the length of the row, so without a bound a label wrapped over
// thousands of lines would be quadratic.
constexpr std::size_t kMaxContinuationLines = 16;
// Longer label text with sentence punctuation is prose, not a table label.
constexpr std::size_t kProseCodePoints = 26;
// The longest official row label, with room for a variant's words.
constexpr std::size_t kMaxLabelCodePoints = 40;
// Words after "一、" that make a line a heading rather than a vertical header's debris.
constexpr std::size_t kMinHeadingWords = 4;
// Numbers that make a word among them a bad value rather than label text.
constexpr std::size_t kMinNumbersAmongWords = 3;
// A row with a single value has a short label ("行政许可 9487"); a sentence that ends in a
// number does not.
constexpr std::size_t kSingleValueLabelCodePoints = 16;

struct Token {
  Span span;
  std::size_t column = 0;  // in code points from the line start
  std::size_t width = 0;   // code points
};

struct Piece {
  Span span;
  std::size_t column = 0;
};

struct LineParts {
  std::vector<Piece> labels;
  std::vector<Token> values;
  std::size_t label_code_points = 0;
  bool prose = false;
};

std::vector<Token> tokenize(const SourceText& text, Span line) {
  std::vector<Token> out;
  std::string_view v = text.str();
  std::size_t i = line.begin, column = 0;
  Token cur;
  bool in_token = false;
  while (i < line.end) {
    std::size_t at = i;
    char32_t cp = next_code_point(v, i);
    if (is_blank(cp)) {
      if (in_token) out.push_back(cur);
      in_token = false;
    } else {
      if (!in_token) cur = Token{{at, at}, column, 0};
      in_token = true;
      cur.span.end = i;
      ++cur.width;
    }
    ++column;
  }
  if (in_token) out.push_back(cur);
  return out;
}

bool is_page_number(const SourceText& text, const std::vector<Token>& tokens) {
  // "-3-", "- 3 -", "— 3 —", "第 3 页"
  std::string joined;
  for (const Token& t : tokens) joined += text.view(t.span);
  if (joined.empty() || joined.size() > 16) return false;
  static const std::string_view kDashes[] = {"-", "－", "—", "–"};
  std::string_view j = joined;
  auto strip = [&](bool front) {
    for (std::string_view d : kDashes) {
      if (front && j.substr(0, d.size()) == d) { j.remove_prefix(d.size()); return true; }
      if (!front && j.size() >= d.size() && j.substr(j.size() - d.size()) == d) { j.remove_suffix(d.size()); return true; }
    }
    return false;
  };
  bool dashed = strip(true) && strip(false);
  if (!dashed) {
    if (j.substr(0, 3) != "第" || j.size() < 6 || j.substr(j.size() - 3) != "页") return false;
    j = j.substr(3, j.size() - 6);
  }
  if (j.empty()) return false;
  for (char c : j)
    if (c < '0' || c > '9') return false;
  return true;
}

bool starts_enumerated(std::string_view s) { return looks_numbered(s); }

bool ends_sentence(std::string_view s) {
  return contains(s, "。") || contains(s, "；") || contains(s, "！") || contains(s, "？");
}

LineParts split_line(const SourceText& text, const std::vector<Token>& tokens, bool columns) {
  LineParts parts;
  // Trailing numbers (and placeholders among them) are the values. A word among them (or
  // last) is a bad value, not label text, when numbers clearly dominate what follows the
  // label ("8.属于行政查询事项 105 若干 0 0 0 0 0").
  std::vector<ValueKind> kinds;
  for (const Token& t : tokens) kinds.push_back(parse_cell_value(text.view(t.span)).kind);
  auto numeric = [&](std::size_t i) { return kinds[i] == ValueKind::Number || kinds[i] == ValueKind::Placeholder; };
  std::size_t first_value = tokens.size();
  bool any_number = false;
  while (first_value > 0 && numeric(first_value - 1)) {
    any_number = any_number || kinds[first_value - 1] == ValueKind::Number;
    --first_value;
  }
  if (!any_number) first_value = tokens.size();
  for (std::size_t i = 1; i < first_value; ++i) {
    if (kinds[i] != ValueKind::Number || numeric(i - 1)) continue;
    std::size_t numbers = 0;
    for (std::size_t j = i; j < tokens.size(); ++j) numbers += numeric(j);
    std::size_t region = tokens.size() - i;
    if (numbers >= kMinNumbersAmongWords && numbers * 10 >= region * 7) first_value = i;
    break;
  }
  parts.values.assign(tokens.begin() + static_cast<std::ptrdiff_t>(first_value), tokens.end());
  for (std::size_t i = 0; i < first_value; ++i) {
    const Token& t = tokens[i];
    parts.label_code_points += t.width;
    // A new enumerator starts a new piece: "（四）无法提供 1.本机关不掌握相关政府信息".
    bool joins = !parts.labels.empty() && !starts_enumerated(text.view(t.span)) &&
                 (!columns || t.column < tokens[i - 1].column + tokens[i - 1].width + kPieceGap);
    if (joins) parts.labels.back().span.end = t.span.end;
    else parts.labels.push_back({t.span, columns ? t.column : 0});
  }
  for (const Piece& p : parts.labels) {
    std::string_view s = text.view(p.span);
    if (ends_sentence(s)) parts.prose = true;
    if (parts.label_code_points >= kProseCodePoints && (contains(s, "，") || contains(s, ",")))
      parts.prose = true;
  }
  // A numbered label on a line of its own, its values on the next ("（二）部分公开（区分处理
  // 的，只计这一情形，不计其他情形）"), has commas but no sentence end.
  if (parts.prose && parts.values.empty() && parts.labels.size() == 1 &&
      parts.label_code_points <= kMaxLabelCodePoints && starts_enumerated(text.view(parts.labels[0].span)) &&
      !ends_sentence(text.view(parts.labels[0].span)))
    parts.prose = false;
  return parts;
}

// A section heading ("四、政府信息公开行政复议、行政诉讼情况", also "3、收到和处理…") is never
// a label fragment: "一、"-style lines of some length, and lines numbered otherwise whose
// words name the section of that number (`headings`).
bool looks_like_heading(const SourceText& text, const LineParts& parts, const HeadingWords& headings) {
  if (parts.labels.empty() || !parts.values.empty()) return false;
  std::string joined;
  for (const Piece& p : parts.labels) joined += text.view(p.span);
  LabelParts label = parse_label(joined);
  if (label.level == EnumLevel::None || label.words.find_first_of("0123456789") != std::string::npos) return false;
  if (label.level == EnumLevel::Top) return count_code_points(label.words) >= kMinHeadingWords;
  return names_section(label, headings);
}

struct PendingLine {
  Span line;
  std::vector<Piece> pieces;
};

class PdfTextReader {
 public:
  PdfTextReader(const SourceText& text, Layout mode, const HeadingWords& headings)
      : text_(text), headings_(headings), columns_(mode == Layout::PdfLayout), builder_(text, mode) {}

  Document run() {
    for (std::size_t n = 1; n <= text_.line_count(); ++n) line(text_.line_span(n));
    flush_pending();
    return builder_.finish();
  }

 private:
  void line(Span line) {
    std::vector<Token> tokens = tokenize(text_, line);
    if (tokens.empty()) {
      continuing_ = false;
      return;
    }
    if (is_page_number(text_, tokens)) return;
    LineParts parts = split_line(text_, tokens, columns_);
    if (parts.prose || looks_like_heading(text_, parts, headings_)) {
      flush_pending();
      builder_.paragraph(line);
      continuing_ = false;
      return;
    }
    bool row = !parts.values.empty() &&
               (parts.values.size() >= 2 || !pending_.empty() ||
                (!parts.labels.empty() && parts.label_code_points <= kSingleValueLabelCodePoints));
    if (row) {
      add_row(parts);
      return;
    }
    if (continuing_ && continue_row(parts)) return;
    continuing_ = false;
    pending_.push_back({line, parts.labels});
    for (const Token& t : parts.values) pending_.back().pieces.push_back({t.span, t.column});
    if (pending_.size() > kMaxPending) {
      builder_.paragraph(pending_.front().line);
      pending_.erase(pending_.begin());
    }
  }

  // Fragments that no row took are text.
  void flush_pending() {
    for (const PendingLine& p : pending_) builder_.paragraph(p.line);
    pending_.clear();
  }

  void add_row(const LineParts& parts) {
    // Pending pieces gather by column; a cluster above a label piece that does not start
    // a new enumerator is the start of that label.
    struct Cluster {
      std::size_t column;
      std::vector<Piece> pieces;
      bool used = false;
    };
    std::vector<Cluster> clusters;
    for (const PendingLine& p : pending_) {
      for (const Piece& piece : p.pieces) {
        Cluster* home = nullptr;
        for (Cluster& c : clusters)
          if (near(c.column, piece.column)) home = &c;
        if (home == nullptr) {
          clusters.push_back({piece.column, {}});
          home = &clusters.back();
        }
        home->pieces.push_back(piece);
      }
    }
    pending_.clear();
    std::vector<std::pair<Piece, bool>> ordered;  // piece, is one of this row's own labels
    std::vector<std::vector<Piece>> before(parts.labels.size());
    for (std::size_t i = 0; i < parts.labels.size(); ++i) {
      if (starts_enumerated(text_.view(parts.labels[i].span))) continue;
      for (Cluster& c : clusters) {
        if (c.used || !near(c.column, parts.labels[i].column)) continue;
        before[i] = c.pieces;
        c.used = true;
        break;
      }
    }
    std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) { return a.column < b.column; });
    for (const Cluster& c : clusters)
      if (!c.used)
        for (const Piece& p : c.pieces) ordered.push_back({p, false});
    for (std::size_t i = 0; i < parts.labels.size(); ++i) {
      for (const Piece& p : before[i]) ordered.push_back({p, false});
      ordered.push_back({parts.labels[i], true});
    }

    Row row;
    last_columns_.clear();
    for (const auto& [piece, own] : ordered) {
      row.cells.push_back(make_cell(text_, piece.span));
      last_columns_.push_back(piece.column);
    }
    for (const Token& t : parts.values) {
      row.cells.push_back(make_cell(text_, t.span));
      last_columns_.push_back(kNoColumn);
    }
    update_row_span(row);
    builder_.table().rows.push_back(std::move(row));
    continuing_ = columns_;
    continuations_ = 0;
  }

  // -layout only: a fragment right under a row, in the column of one of its labels, is the
  // rest of that label ("（二）部分公开（…只计这一情" / values / "形，不计其他情形）").
  bool continue_row(const LineParts& parts) {
    if (!builder_.table_open() || parts.labels.empty() || !parts.values.empty()) return false;
    if (continuations_ >= kMaxContinuationLines) return false;
    Row& row = builder_.table().rows.back();
    std::vector<std::size_t> at;
    for (const Piece& p : parts.labels) {
      if (starts_enumerated(text_.view(p.span))) return false;
      std::size_t found = kNoColumn;
      for (std::size_t c = 0; c < last_columns_.size(); ++c)
        if (last_columns_[c] != kNoColumn && near(last_columns_[c], p.column)) found = c;
      if (found == kNoColumn) return false;
      at.push_back(found);
    }
    for (std::size_t i = parts.labels.size(); i-- > 0;) {
      std::size_t pos = at[i] + 1;
      while (pos < last_columns_.size() && last_columns_[pos] == parts.labels[i].column) ++pos;
      row.cells.insert(row.cells.begin() + static_cast<std::ptrdiff_t>(pos), make_cell(text_, parts.labels[i].span));
      last_columns_.insert(last_columns_.begin() + static_cast<std::ptrdiff_t>(pos), parts.labels[i].column);
    }
    update_row_span(row);
    ++continuations_;
    return true;
  }

  static bool near(std::size_t a, std::size_t b) { return (a > b ? a - b : b - a) <= kColumnTolerance; }

  static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
  const SourceText& text_;
  const HeadingWords& headings_;
  bool columns_;
  DocumentBuilder builder_;
  std::vector<PendingLine> pending_;
  std::vector<std::size_t> last_columns_;  // column of each cell of the last row
  bool continuing_ = false;
  std::size_t continuations_ = 0;  // lines continue_row has added to the last row
};

}  // namespace

Document read_pdf_text(const SourceText& text, Layout mode, const HeadingWords& headings) {
  return PdfTextReader(text, mode, headings).run();
}

}  // namespace gk::read
