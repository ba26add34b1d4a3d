// Rows a layout split over lines, joined into one row before binding. A row label that
// wrapped shows as a row of label text alone ("（二）部分公开（区分处理的，只"), the rest of it
// as a row or a line of its own ("计这一情形，不计其他情形）"), and the values as a row of
// their own or under the rest of the label; the values may also come first, the rest of
// the label after them. Each piece alone would bind as nothing (or as a stray row of
// values), so the pieces are put back together here, whatever layout wrote them.
#include <utility>

#include "read/document_builder.h"
#include "read/reader.h"
#include "text/cell_value.h"
#include "text/enumerator.h"
#include "text/utf8.h"

namespace gk::read {

using text::contains, text::count_code_points, text::EnumLevel, text::parse_cell_value, text::parse_label,
    text::SourceText, text::ValueKind;

namespace {

// The rest of a wrapped label is short: the longest official label wraps in two or three.
constexpr std::size_t kMaxPieceCodePoints = 24;
// The longest official row label, with room for a variant's words.
constexpr std::size_t kMaxLabelCodePoints = 40;
// Lines a label wraps over, after its first.
constexpr std::size_t kMaxPieceLines = 3;
// A label row names one row (its label, or its group's and its own).
constexpr std::size_t kMaxLabelCells = 2;

bool is_value(std::string_view s) {
  ValueKind k = parse_cell_value(s).kind;
  return k == ValueKind::Number || k == ValueKind::Placeholder || k == ValueKind::TooLarge;
}

// Text that can be the rest of a label: short, not numbered, no sentence or note
// punctuation ("单位：件" is a note, not a label's end).
bool is_piece_text(std::string_view s) {
  if (s.empty() || looks_numbered(s) || count_code_points(s) > kMaxPieceCodePoints) return false;
  for (std::string_view p : {"。", "；", "：", ":", "！", "？"})
    if (contains(s, p)) return false;
  return !is_value(s);
}

// A row label's enumerator ("（二）", "2.", "一、"), not any bracket ("（本列数据的勾稽关系…）").
bool is_numbered(std::string_view s) { return parse_label(s).level != EnumLevel::None; }

enum class Shape {
  Other,
  Label,           // numbered label text, no values: a label whose values come later
  Piece,           // one short text cell that is not numbered: the rest of a label
  Values,          // values and no text
  ContinuedValues, // text that is not numbered, then values: a label's rest with its values
  LabeledValues,   // a numbered label and its values
};

struct RowFacts {
  Shape shape = Shape::Other;
  std::size_t last_label = 0;  // index of the last text cell before the first value
};

RowFacts facts_of(const Row& row) {
  std::size_t texts = 0, first_text = row.cells.size(), first_value = row.cells.size();
  RowFacts f;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    std::string_view s = row.cells[i].text;
    if (s.empty()) continue;
    if (is_value(s)) {
      if (first_value == row.cells.size()) first_value = i;
      continue;
    }
    ++texts;
    if (first_text == row.cells.size()) first_text = i;
    if (first_value == row.cells.size()) f.last_label = i;
  }
  if (texts == 0) {
    f.shape = first_value < row.cells.size() ? Shape::Values : Shape::Other;
    return f;
  }
  const std::string_view first = row.cells[first_text].text;
  // A row label's enumerator ("（二）", "2.", "一、"), not any bracket ("（本列数据的勾稽关系…）").
  const bool numbered = is_numbered(first);
  if (first_value == row.cells.size()) {
    if (numbered && texts <= kMaxLabelCells) f.shape = Shape::Label;
    else if (texts == 1 && is_piece_text(first)) f.shape = Shape::Piece;
    return f;
  }
  if (first_text > first_value) return f;  // text after the values only: not a label
  f.shape = numbered ? Shape::LabeledValues : is_piece_text(first) ? Shape::ContinuedValues : Shape::Other;
  return f;
}

class Joiner {
 public:
  Joiner(Document& in, const SourceText& text, const HeadingWords& headings)
      : in_(in), headings_(headings), builder_(text, in.layout) {}

  Document run() {
    const std::vector<Block>& blocks = in_.blocks;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind == Block::Kind::Table) {
        for (Row& row : in_.tables[blocks[b].index].rows) add_row(std::move(row));
        continue;
      }
      const Paragraph& p = in_.paragraphs[blocks[b].index];
      // A line between a table's rows, or between its last row and a heading, may be the
      // rest of a label the writer broke there.
      const bool between_rows = builder_.table_open() && b + 1 < blocks.size() &&
                                (blocks[b + 1].kind == Block::Kind::Table ||
                                 is_numbered(in_.paragraphs[blocks[b + 1].index].text));
      if (between_rows && p.heading_level == 0 && is_piece_text(p.text) && take_piece(nullptr, &p)) continue;
      settle_piece(is_numbered(p.text));  // a heading after the table ends the last row's label too
      if (builder_.table_open() && is_label_line(p) && values_follow(b + 1)) {
        // A label written without its row's separators, its values on the row after it.
        Row label;
        label.cells.push_back(Cell{p.span, p.text});
        update_row_span(label);
        builder_.table().rows.push_back(std::move(label));
        last_ = Shape::Label;
        last_label_ = 0;
        continue;
      }
      builder_.add(p);
      last_ = Shape::Other;
    }
    put_back_piece();
    Document out = builder_.finish();
    out.markdown = in_.markdown;
    return out;
  }

 private:
  // A numbered line short enough for a row label, no sentence, naming no section.
  bool is_label_line(const Paragraph& p) const {
    if (p.heading_level > 0 || count_code_points(p.text) > kMaxLabelCodePoints) return false;
    for (std::string_view end : {"。", "；", "！", "？"})
      if (contains(p.text, end)) return false;
    const text::LabelParts label = parse_label(p.text);
    return label.level != EnumLevel::None && !names_section(label, headings_);
  }

  // Whether the blocks from `b` on are a row of values, after at most a few lines that
  // can be the rest of a label.
  bool values_follow(std::size_t b) const {
    const std::vector<Block>& blocks = in_.blocks;
    for (std::size_t pieces = 0; b < blocks.size() && pieces <= kMaxPieceLines; ++b, ++pieces) {
      if (blocks[b].kind == Block::Kind::Table) {
        const Table& t = in_.tables[blocks[b].index];
        const Shape s = t.rows.empty() ? Shape::Other : facts_of(t.rows.front()).shape;
        return s == Shape::Values || s == Shape::ContinuedValues;
      }
      const Paragraph& p = in_.paragraphs[blocks[b].index];
      if (p.heading_level > 0 || !is_piece_text(p.text)) return false;
    }
    return false;
  }

  Row* last_row() { return builder_.table_open() ? &builder_.table().rows.back() : nullptr; }

  // A piece after a label row is the rest of that label. After a row of values it is
  // only when a numbered row or heading follows (the next label, the next section): a
  // line of text under the last row may as well be a header or a note of its own.
  bool take_piece(Row* row, const Paragraph* paragraph) {
    if (last_row() == nullptr || piece_waits_) return false;
    if (last_ == Shape::Label) {
      join_piece(row != nullptr ? row->cells[facts_of(*row).last_label] : Cell{paragraph->span, paragraph->text});
      return true;
    }
    if (last_ != Shape::LabeledValues) return false;
    piece_waits_ = true;
    if (row != nullptr) waiting_row_ = std::move(*row);
    else waiting_paragraph_ = *paragraph;
    waiting_is_row_ = row != nullptr;
    return true;
  }

  void join_piece(const Cell& piece) {
    Row* last = last_row();
    last->cells.insert(last->cells.begin() + static_cast<std::ptrdiff_t>(last_label_ + 1), piece);
    ++last_label_;
    update_row_span(*last);
  }

  // The waiting piece joins the label before it (a numbered row follows) or goes back
  // where it was.
  void settle_piece(bool join) {
    if (!piece_waits_) return;
    piece_waits_ = false;
    if (join) {
      join_piece(waiting_is_row_ ? waiting_row_.cells[facts_of(waiting_row_).last_label]
                                 : Cell{waiting_paragraph_.span, waiting_paragraph_.text});
      return;
    }
    if (waiting_is_row_) {
      builder_.table().rows.push_back(std::move(waiting_row_));
      last_ = Shape::Piece;
    } else {
      builder_.add(waiting_paragraph_);
      last_ = Shape::Other;
    }
  }
  void put_back_piece() { settle_piece(false); }

  void add_row(Row&& row) {
    const RowFacts f = facts_of(row);
    settle_piece(f.shape == Shape::Label || f.shape == Shape::LabeledValues);
    Row* last = last_row();
    if (last != nullptr && last_ == Shape::Label && (f.shape == Shape::Values || f.shape == Shape::ContinuedValues)) {
      // The label's values: after its label cells (blanks after them are the label's
      // layout), the values row as written (its blanks before a rest of the label too).
      last->cells.resize(last_label_ + 1);
      std::size_t from = 0;
      if (f.shape == Shape::ContinuedValues)
        while (row.cells[from].text.empty()) ++from;
      for (std::size_t i = from; i < row.cells.size(); ++i) last->cells.push_back(row.cells[i]);
      last_label_ = f.shape == Shape::ContinuedValues ? last_label_ + 1 + f.last_label - from : last_label_;
      update_row_span(*last);
      last_ = Shape::LabeledValues;
      return;
    }
    if (f.shape == Shape::Piece && take_piece(&row, nullptr)) return;
    builder_.table().rows.push_back(std::move(row));
    last_ = f.shape;
    last_label_ = f.last_label;
  }

  Document& in_;
  const HeadingWords& headings_;
  DocumentBuilder builder_;
  Shape last_ = Shape::Other;   // the shape of the last row written (Other after a paragraph)
  std::size_t last_label_ = 0;  // its last label cell
  bool piece_waits_ = false;    // a piece after a row of values, until the next row tells
  bool waiting_is_row_ = false;
  Row waiting_row_;
  Paragraph waiting_paragraph_;
};

}  // namespace

Document join_wrapped_rows(Document doc, const SourceText& text, const HeadingWords& headings) {
  if (doc.tables.empty()) return doc;
  return Joiner(doc, text, headings).run();
}

}  // namespace gk::read
