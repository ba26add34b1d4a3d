#include "extract/pdf_table_rows.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "text/cell_value.h"
#include "text/enumerator.h"
#include "text/utf8.h"

namespace gk::extract {

using text::count_code_points, text::EnumLevel, text::parse_cell_value, text::parse_label, text::ValueKind;

namespace {

// A label's next line lies at most this many text sizes below the one above it.
constexpr double kWrapGap = 1.5;
// Lines of a header that is looked for again on the next page.
constexpr std::size_t kMaxHeaderLines = 12;
// Slots of a rebuilt table per piece in it, at most.
constexpr std::size_t kMaxGridPerPiece = 64;
// Lines a label wraps over above its values.
constexpr std::size_t kMaxLabelLines = 4;
// A glyph set upright stands in line under the one above it within this many text sizes.
constexpr double kInLine = 0.5;
// A label sits on a line of values when this part of its height overlaps the line's.
constexpr double kOnLine = 0.5;

std::string piece_text(const PdfPiece& p, const PdfRuns& runs) {
  std::string s;
  for (std::size_t id : p.runs) s += runs.runs[id].text;
  return s;
}

bool is_value(const std::string& s) {
  const ValueKind k = parse_cell_value(s).kind;
  return k == ValueKind::Number || k == ValueKind::Placeholder || k == ValueKind::TooLarge;
}

struct Interval {
  double left, right;
};

// Intervals that overlap merged, left to right.
std::vector<Interval> merged(std::vector<Interval> v, double slack) {
  std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) { return a.left < b.left; });
  std::vector<Interval> out;
  for (const Interval& i : v) {
    if (!out.empty() && i.left <= out.back().right + slack) out.back().right = std::max(out.back().right, i.right);
    else out.push_back(i);
  }
  return out;
}

// The column (of disjoint ones, left to right) that holds x, else the nearest.
std::size_t column_of(const std::vector<Interval>& cols, double x) {
  const auto it = std::lower_bound(cols.begin(), cols.end(), x, [](const Interval& c, double v) { return c.right < v; });
  const std::size_t at = static_cast<std::size_t>(it - cols.begin());
  if (at == cols.size()) return cols.size() - 1;
  if (at > 0 && x < cols[at].left && x - cols[at - 1].right < cols[at].left - x) return at - 1;
  return at;
}

struct Label {
  const PdfPiece* piece;
  std::size_t line;  // index into the table's lines
  std::size_t column = 0;
};

class Builder {
 public:
  Builder(const PdfTable& t, const std::vector<PdfLine>& lines, const PdfRuns& runs)
      : table_(t), lines_(lines), runs_(runs) {}

  std::vector<PdfRow> build() {
    const std::size_t n = table_.lines.size();
    std::vector<std::vector<bool>> value(n);
    std::size_t first_values = n;
    for (std::size_t i = 0; i < n; ++i) {
      for (const PdfPiece& p : line(i).pieces) value[i].push_back(is_value(piece_text(p, runs_)));
      if (first_values == n && std::count(value[i].begin(), value[i].end(), true) > 0) first_values = i;
    }
    std::vector<PdfRow> rows;
    if (first_values == n) {
      for (std::size_t i = 0; i < n; ++i) rows.push_back(plain_row(line(i)));
      return rows;
    }

    // The value columns, and where the labels end.
    std::vector<Interval> values;
    std::vector<std::size_t> value_lines;
    double size = 0;
    for (std::size_t i = first_values; i < n; ++i) {
      bool any = false;
      for (std::size_t k = 0; k < value[i].size(); ++k)
        if (value[i][k]) {
          values.push_back({line(i).pieces[k].left, line(i).pieces[k].right});
          any = true;
        }
      if (any) value_lines.push_back(i);
      size = std::max(size, line(i).size);
    }
    std::vector<Interval> vcols = merged(values, 0);
    const double labels_end = vcols.front().left;
    // The header ends above the first label's lines: lines of one piece left of the values
    // right above the first values are its label's first lines.
    std::size_t body = first_values;
    while (body > 0 && line(body - 1).pieces.size() == 1 && line(body - 1).pieces[0].right <= labels_end &&
           first_values - body < kMaxLabelLines)
      --body;
    for (std::size_t i = 0; i < body; ++i) rows.push_back(plain_row(line(i)));
    // A header cell over the values that no value lies under, nor near (a header's text
    // may start left of its values): a column blank in every row.
    for (std::size_t i = 0; i < body; ++i)
      for (const PdfPiece& p : line(i).pieces) {
        if (p.left < labels_end) continue;
        bool over = false;
        const double near = line(i).size;  // the header's size: values may be set larger
        for (const Interval& c : vcols) over = over || (p.left < c.right + near && p.right > c.left - near);
        if (!over) values.push_back({p.left, p.right});
      }
    vcols = merged(values, 0);

    // The label pieces and their columns (by where they start).
    std::vector<Label> labels;
    for (std::size_t i = body; i < n; ++i)
      for (std::size_t k = 0; k < value[i].size(); ++k)
        if (!value[i][k]) labels.push_back({&line(i).pieces[k], i});
    std::vector<Interval> starts;
    for (const Label& l : labels) starts.push_back({l.piece->left, l.piece->left});
    const std::vector<Interval> lcols = merged(starts, size);
    for (Label& l : labels) l.column = column_of(lcols, l.piece->left);

    // Labels joined into cells, column by column, top to bottom (the table's lines are in
    // reading order: pages, then top to bottom).
    std::stable_sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.column < b.column; });
    // A grid far larger than the pieces in it (values scattered over thousands of columns)
    // is no table: its lines are written as they are.
    if ((lcols.size() + vcols.size()) * value_lines.size() > kMaxGridPerPiece * (labels.size() + values.size()) + 4096) {
      for (std::size_t i = body; i < n; ++i) rows.push_back(plain_row(line(i)));
      return rows;
    }
    std::vector<std::vector<PdfCell>> cells(value_lines.size(), std::vector<PdfCell>(lcols.size() + vcols.size()));
    std::size_t i = 0;
    while (i < labels.size()) {
      PdfCell cell;
      cell.pieces.push_back(labels[i].piece);
      std::size_t on = on_line(labels[i], value_lines);
      const std::size_t first = i;
      std::size_t last = i++;
      while (i < labels.size() && labels[i].column == labels[last].column && continues(labels[last], labels[i], on, value_lines)) {
        if (on == kNone) on = on_line(labels[i], value_lines);
        cell.pieces.push_back(labels[i].piece);
        last = i++;
      }
      const std::size_t row = on != kNone ? on : nearest(labels[first].line, labels[last].line, value_lines);
      PdfCell& slot = cells[row][labels[last].column];
      if (slot.pieces.empty()) slot = std::move(cell);
      else slot.pieces.insert(slot.pieces.end(), cell.pieces.begin(), cell.pieces.end());
    }
    for (std::size_t r = 0; r < value_lines.size(); ++r) {
      const PdfLine& l = line(value_lines[r]);
      for (std::size_t k = 0; k < l.pieces.size(); ++k)
        if (value[value_lines[r]][k])
          cells[r][lcols.size() + column_of(vcols, (l.pieces[k].left + l.pieces[k].right) / 2)].pieces.push_back(&l.pieces[k]);
      // A label reaching over the label columns right of it spans them.
      for (std::size_t c = 0; c < lcols.size(); ++c) {
        if (cells[r][c].pieces.empty()) continue;
        double right = 0;
        for (const PdfPiece* p : cells[r][c].pieces) right = std::max(right, p->right);
        for (std::size_t d = c + 1; d < lcols.size() && cells[r][d].pieces.empty() && right > lcols[d].left; ++d)
          cells[r][d].continues = true;
      }
      rows.push_back(PdfRow{std::move(cells[r])});
    }
    return rows;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  const PdfLine& line(std::size_t i) const { return lines_[table_.lines[i]]; }

  PdfRow plain_row(const PdfLine& l) const {
    PdfRow row;
    for (const PdfPiece& p : l.pieces) row.cells.push_back(PdfCell{{&p}, false});
    return row;
  }

  // The row (index into value_lines) whose values the label sits beside, else kNone.
  std::size_t on_line(const Label& l, const std::vector<std::size_t>& value_lines) const {
    const PdfLine& own = line(l.line);
    const double height = std::max(own.bottom - own.top, 1e-9);
    // The value lines are in the table's order: the few around the label's place.
    const std::size_t at = place(value_lines, l.line);
    for (std::size_t r = at >= 2 ? at - 2 : 0; r < std::min(value_lines.size(), at + 2); ++r) {
      const PdfLine& v = line(value_lines[r]);
      if (v.page != own.page) continue;
      if (value_lines[r] == l.line) return r;
      const double overlap = std::min(own.bottom, v.bottom) - std::max(own.top, v.top);
      if (overlap >= kOnLine * height) return r;
    }
    return kNone;
  }

  // Whether label b goes on the cell label a ends: close below it (or first on the next
  // page), no enumerator of its own, and not beside another row's values (a glyph set
  // upright may be).
  bool continues(const Label& a, const Label& b, std::size_t on, const std::vector<std::size_t>& value_lines) const {
    const PdfLine& la = line(a.line);
    const PdfLine& lb = line(b.line);
    if (lb.page == la.page && lb.top - la.bottom > kWrapGap * std::max(la.size, lb.size)) return false;
    if (lb.page != la.page && lb.page != la.page + 1) return false;
    const std::string text = piece_text(*b.piece, runs_);
    if (parse_label(text).level != EnumLevel::None) return false;
    // A glyph set upright (a lone glyph, or a box taller than wide) goes on the label
    // it stands in line under (an upright label's glyphs, a wrapped label's last glyph); a
    // lone glyph elsewhere starts a label of its own column (an upright group label beside
    // a row's label).
    if (count_code_points(text) <= 1 || b.piece->right - b.piece->left < lb.bottom - lb.top) {
      const double tolerance = kInLine * lb.size;
      if (std::abs(b.piece->left - a.piece->left) <= tolerance ||
          std::abs(b.piece->left + b.piece->right - a.piece->left - a.piece->right) <= 2 * tolerance)
        return true;
      if (count_code_points(text) <= 1) return false;
    }
    const std::size_t other = on_line(b, value_lines);
    return on == kNone || other == kNone || other == on;
  }

  // Where line i falls among the value lines (the first at or after it).
  static std::size_t place(const std::vector<std::size_t>& value_lines, std::size_t i) {
    return static_cast<std::size_t>(std::lower_bound(value_lines.begin(), value_lines.end(), i) - value_lines.begin());
  }

  // The row whose values lie nearest the middle of the cell (lines first..last), on its page.
  std::size_t nearest(std::size_t first, std::size_t last, const std::vector<std::size_t>& value_lines) const {
    const PdfLine* top = &line(first);
    const double middle = (top->top + line(last).bottom) / 2;
    std::size_t best = std::min(place(value_lines, first), value_lines.size() - 1);
    double best_distance = 1e300;
    // The value lines around the cell: those above it and below it on its page are nearest.
    const std::size_t from = place(value_lines, first), to = place(value_lines, last);
    for (std::size_t r = from >= 1 ? from - 1 : 0; r < std::min(value_lines.size(), to + 1); ++r) {
      const PdfLine& v = line(value_lines[r]);
      const double d = v.page == top->page ? std::abs((v.top + v.bottom) / 2 - middle) : 1e299;
      if (d < best_distance) {
        best_distance = d;
        best = r;
      }
    }
    return best;
  }

  const PdfTable& table_;
  const std::vector<PdfLine>& lines_;
  const PdfRuns& runs_;
};

}  // namespace

std::vector<PdfRow> table_rows(const PdfTable& table, const std::vector<PdfLine>& lines, const PdfRuns& runs) {
  // Tables one under another (表二's four) are one run of lines: each starts where a line
  // of cells without values, some over the values' columns (a header, not a row's labels),
  // follows lines of values, with the lines without values right before it (its caption,
  // its header's first lines).
  // A header printed again at the top of the next page (a <thead>) is left out: the table
  // goes on.
  std::vector<PdfRow> rows;
  PdfTable part;
  bool had_values = false;
  double values_left = 0;  // where the values of `part` start
  std::size_t singles = 0;  // lines without values at the end of `part`
  std::vector<std::string> header;  // the texts of `part`'s lines above its first values
  for (std::size_t j = 0; j < table.lines.size(); ++j) {
    const std::size_t i = table.lines[j];
    const PdfLine& l = lines[i];
    if (had_values && !header.empty() && j + header.size() <= table.lines.size() &&
        lines[table.lines[j + header.size() - 1]].page != lines[table.lines[j - 1]].page) {
      std::size_t k = 0;
      while (k < header.size() && line_text(lines[table.lines[j + k]], runs) == header[k]) ++k;
      if (k == header.size()) {
        j += k - 1;
        continue;
      }
    }
    bool values = false, over_values = false;
    for (const PdfPiece& p : l.pieces) {
      const bool v = is_value(piece_text(p, runs));
      if (v) values_left = had_values || values ? std::min(values_left, p.left) : p.left;
      values = values || v;
      over_values = over_values || (had_values && p.right > values_left);
    }
    // A row's labels whose values sit between their lines (the next line, overlapping
    // this one) are no header.
    bool beside_values = false;
    if (j + 1 < table.lines.size()) {
      const PdfLine& next = lines[table.lines[j + 1]];
      if (next.page == l.page && next.top < l.bottom)
        for (const PdfPiece& p : next.pieces) beside_values = beside_values || is_value(piece_text(p, runs));
    }
    if (had_values && !values && l.pieces.size() >= 2 && over_values && !beside_values) {
      PdfTable next;
      next.lines.assign(part.lines.end() - static_cast<std::ptrdiff_t>(singles), part.lines.end());
      part.lines.resize(part.lines.size() - singles);
      for (PdfRow& r : Builder(part, lines, runs).build()) rows.push_back(std::move(r));
      part = std::move(next);
      had_values = false;
      header.clear();
      for (std::size_t h : part.lines) header.push_back(line_text(lines[h], runs));
    }
    part.lines.push_back(i);
    if (!had_values && !values && header.size() < kMaxHeaderLines) header.push_back(line_text(l, runs));
    had_values = had_values || values;
    singles = values ? 0 : singles + 1;
  }
  for (PdfRow& r : Builder(part, lines, runs).build()) rows.push_back(std::move(r));
  return rows;
}

}  // namespace gk::extract
