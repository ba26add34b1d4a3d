#include "bind/outline.h"

#include <algorithm>
#include <cstddef>

namespace gk::bind {

namespace {

// Sections a run of headings must repeat, in order, to be another copy of the report.
constexpr int kCopySections = 3;
constexpr int kSections = 6;      // the outline: 一 to 六
constexpr int kMaxSection = 30;  // a numeral read further is no section

bool in_official_style(const SectionHeading& h) {
  return h.style == NumberStyle::ChineseComma || h.style == NumberStyle::ChineseOther;
}

bool counts_for_copies(const HeadingLine& l) {
  return l.heading.style == NumberStyle::ChineseComma && l.heading.section >= 1 && l.heading.section <= kMaxSection;
}

// Where another copy of the report's sections starts: a heading of a section the current
// copy already has, followed in increasing order by headings that repeat at least
// kCopySections of its sections (a report pasted twice, two reports pasted together).
std::vector<bool> copy_starts(const std::vector<HeadingLine>& lines) {
  std::vector<bool> starts(lines.size(), false);
  unsigned seen = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!counts_for_copies(lines[i])) continue;
    const unsigned bit = 1u << lines[i].heading.section;
    if (seen & bit) {
      int last = 0, repeated = 0;
      for (std::size_t k = i; k < lines.size(); ++k) {
        if (!counts_for_copies(lines[k])) continue;
        if (lines[k].heading.section <= last) break;
        last = lines[k].heading.section;
        if (seen & (1u << last)) ++repeated;
      }
      if (repeated >= kCopySections) {
        starts[i] = true;
        seen = 0;
      }
    }
    seen |= bit;
  }
  return starts;
}

// How surely a line heads its section: its title word for word weighs most, so that
// sub-topics that share a keyword ("二、主动公开") lose to the section's own heading
// ("一、主动公开政府信息情况") whatever their numerals; the section's own numeral adds, and
// so does standing last before the section's table (a sub-topic worded as the section's
// title and numbered as it, under 总体情况, loses to the heading over the table).
double weight(const HeadingLine& l) {
  const SectionHeading& h = l.heading;
  double w = h.exact_title ? 6.0 : (l.keyword ? 2.0 : 1.0) + l.similarity;
  if (h.written == h.section) w += in_official_style(h) ? 2.0 : 1.0;
  if (l.heads_table) w += 3.0;
  return w;
}

// Marks, for each section with a table, the last line naming the section before the table.
void mark_before_tables(std::vector<HeadingLine>& lines, const std::vector<std::size_t>& table_starts) {
  std::vector<std::size_t> last(table_starts.size(), lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t s = static_cast<std::size_t>(lines[i].heading.section);
    if (s == 0 || s >= table_starts.size() || lines[i].heading.span.begin >= table_starts[s]) continue;
    last[s] = i;
  }
  for (std::size_t i : last)
    if (i < lines.size()) lines[i].heads_table = true;
}

// A line left out of the alignment that still plainly heads its section: the section's
// heading out of its place, or written again. "（二）主动公开政府信息情况" under 总体情况 is
// a sub-heading, not section 二 again.
bool plainly_heads(const SectionHeading& h) {
  if (h.section == 0) return false;
  if (in_official_style(h)) return h.exact_title || h.written == h.section;
  return h.style == NumberStyle::None && h.exact_title;
}

// "（二）主动公开政府信息情况" or a caption that is a title word for word, where the copy has a
// heading of that section numbered "二、": a sub-heading or a caption, not a heading.
std::vector<bool> beside_official(const std::vector<HeadingLine>& lines, std::size_t begin, std::size_t end) {
  unsigned official = 0;  // sections with a heading numbered "三、" in the copy
  for (std::size_t i = begin; i < end; ++i)
    if (counts_for_copies(lines[i])) official |= 1u << lines[i].heading.section;
  std::vector<bool> out(end - begin, false);
  for (std::size_t i = begin; i < end; ++i) {
    const SectionHeading& h = lines[i].heading;
    out[i - begin] = !in_official_style(h) && h.section >= 1 && h.section <= kMaxSection && (official & (1u << h.section));
  }
  return out;
}

// The lines [begin, end) that head the sections in increasing order with the greatest
// weight (a weighted longest increasing run over the sections; on a tie, the earlier lines),
// leaving out those `ignored`.
std::vector<bool> align(const std::vector<HeadingLine>& lines, std::size_t begin, std::size_t end,
                        const std::vector<bool>& ignored) {
  const std::size_t n = end - begin;
  std::vector<double> best(n, 0);
  std::vector<std::size_t> parent(n, n);
  std::vector<std::size_t> top(kMaxSection + 1, n);  // the best chain ending at each section
  for (std::size_t i = 0; i < n; ++i) {
    const SectionHeading& h = lines[begin + i].heading;
    if (h.section < 1 || h.section > kMaxSection || ignored[i]) continue;
    std::size_t prev = n;
    for (int s = 1; s < h.section; ++s)
      if (top[s] < n && (prev == n || best[top[s]] > best[prev] || (best[top[s]] == best[prev] && top[s] < prev)))
        prev = top[s];
    best[i] = weight(lines[begin + i]) + (prev < n ? best[prev] : 0);
    parent[i] = prev;
    if (top[h.section] == n || best[i] > best[top[h.section]]) top[h.section] = i;
  }
  std::size_t last = n;
  for (std::size_t t : top)
    if (t < n && (last == n || best[t] > best[last] || (best[t] == best[last] && t < last))) last = t;
  std::vector<bool> chosen(n, false);
  for (std::size_t i = last; i < n; i = parent[i]) chosen[i] = true;
  return chosen;
}

// A heading's numeral as the outline reads it: as written in the official style, else its section's.
int numeral(const SectionHeading& h) { return in_official_style(h) && h.written > 0 ? h.written : h.section; }

// A section's heading whose title was reworded past recognition ("五、存在的问题"): the first
// line in the official style after a section's heading, numbered as the section missing
// between that heading and the next. Taken as that section's heading (section.title says
// how its title differs).
void fill_gaps(std::vector<HeadingLine>& lines, std::size_t begin, std::size_t end, std::vector<bool>& chosen) {
  std::size_t prev = end;  // the last chosen heading
  bool first_after = false;  // no officially numbered line yet since it
  for (std::size_t i = begin; i < end; ++i) {
    SectionHeading& h = lines[i].heading;
    if (chosen[i - begin]) {
      prev = i;
      first_after = true;
      continue;
    }
    if (!in_official_style(h)) continue;
    const bool first = first_after;
    first_after = false;
    if (!first || prev == end || h.written <= lines[prev].heading.section || h.written > kMaxSection) continue;
    std::size_t next = i + 1;
    while (next < end && !chosen[next - begin]) ++next;
    if (next < end ? lines[next].heading.section <= h.written : h.written > kSections) continue;
    if (numeral(lines[prev].heading) + 1 != h.written) continue;  // the numerals before it count up to it
    h.section = h.written;
    h.exact_title = false;
    chosen[i - begin] = true;
    prev = i;
    first_after = true;
  }
}

// Marks the lines under each section numbered as the sections after it: the first line in
// the official style under a section's heading carries the next section's numeral, those
// after it go on counting, and the next section's heading starts the count again (二、 or
// 一、). A list under a section that starts again at 一 is its own; lines that count on into
// the next section's numeral are headings that were not recognised, not sub-topics.
std::vector<bool> numbered_as_sections(const std::vector<HeadingLine>& lines, std::size_t begin, std::size_t end,
                                       const std::vector<bool>& chosen) {
  constexpr int kLastWithSubtopics = 5;  // parts numbered past 六 are not sub-topics of 六
  std::vector<bool> sub(end - begin, false);
  std::vector<std::size_t> run;  // the current run of sub-topics
  int expect = 0;                // the numeral a continuation would carry, 0 when none can follow
  for (std::size_t i = begin; i < end; ++i) {
    const SectionHeading& h = lines[i].heading;
    if (chosen[i - begin]) {
      if (!run.empty() && numeral(h) <= lines[run.back()].heading.written)
        for (std::size_t k : run) sub[k - begin] = true;
      run.clear();
      expect = h.section <= kLastWithSubtopics ? numeral(h) + 1 : 0;
      continue;
    }
    if (!in_official_style(h) || expect == 0) continue;
    if (h.written == expect) {
      run.push_back(i);
      ++expect;
    } else {
      run.clear();  // a list of its own, or a break in the count: no sub-topics here
      expect = 0;
    }
  }
  return sub;
}

}  // namespace

AlignedOutline align_outline(std::vector<HeadingLine> lines, const std::vector<std::size_t>& table_starts) {
  AlignedOutline out;
  mark_before_tables(lines, table_starts);
  const std::vector<bool> starts = copy_starts(lines);
  std::size_t begin = 0;
  while (begin < lines.size()) {
    std::size_t end = begin + 1;
    while (end < lines.size() && !starts[end]) ++end;
    const std::vector<bool> ignored = beside_official(lines, begin, end);
    std::vector<bool> chosen = align(lines, begin, end, ignored);
    fill_gaps(lines, begin, end, chosen);
    const std::vector<bool> sub = numbered_as_sections(lines, begin, end, chosen);
    unsigned headed = 0;  // sections this copy has a heading for
    for (std::size_t i = begin; i < end; ++i)
      if (chosen[i - begin]) headed |= 1u << lines[i].heading.section;
    bool first_of_copy = true;
    int misnumbered = 0;  // in this copy: a report pasted twice does not count its slip twice
    for (std::size_t i = begin; i < end; ++i) {
      SectionHeading h = lines[i].heading;
      if (sub[i - begin]) {
        out.outline.subtopics.push_back(h);
        continue;
      }
      if (ignored[i - begin]) continue;
      if (chosen[i - begin]) {
        h.role = HeadingRole::Section;
        if (h.written > 0 && h.written != h.section) ++misnumbered;
      } else if (plainly_heads(h)) {
        const unsigned bit = 1u << h.section;
        h.role = (headed & bit) ? HeadingRole::Repeated : HeadingRole::Moved;
        headed |= bit;  // a second heading out of place is a repeat of the first
      } else {
        continue;  // a sub-heading, or a line of the body numbered like a section
      }
      h.copy_start = begin > 0 && first_of_copy;
      first_of_copy = false;
      out.headings.push_back(h);
    }
    out.outline.misnumbered_headings = std::max(out.outline.misnumbered_headings, misnumbered);
    begin = end;
  }
  return out;
}

}  // namespace gk::bind
