// What the text.* rules share: the report's running text (its paragraphs, never table
// cells) joined into runs within each section, in the NFKC view (full-width digits and
// punctuation become ASCII) with every byte still knowing the source byte it came from.
//
// Text extracted from a PDF has one paragraph per printed line, cut anywhere, even between
// a number and its unit ("行政复议 351" / "件，其中…"). Runs join such lines back together,
// so sentences are told apart by their punctuation, not by line ends.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "text/normalize.h"

namespace gk {

struct TextRun {
  std::string text;                 // NFKC of the joined paragraphs
  std::vector<std::size_t> origin;  // for each byte of text: the source byte it came from
  int section = 0;                  // the official section (1..6) of the heading above it, 0 before any
  std::size_t heading = 0;          // index into Report::sections + 1, 0 before any heading
};

// The runs of the whole document in text order, one at a time: only the run being read is
// in memory (the runs of a whole document, with a source offset per byte, are several times
// its size). Page-number lines ("-3-", "- 3 -", "第3页") are left out; linear in the size of
// the document. Two splits come in the one pass, each sentence run, then the paragraph runs
// it holds:
// - a sentence run ends at a heading, a table, and before a paragraph that opens with an
//   enumerator (（二）, 2、, 二是): for the sentence rules;
// - a paragraph run also ends after a paragraph whose last character ends a sentence
//   (。！？；): what a reader sees as paragraphs, even when a PDF cut them into lines.
// `every` is handed every paragraph of the document (headings and page numbers too) in its
// NFKC view, in text order. Any visitor may be empty.
void for_each_text_run(const CheckContext& ctx, const std::function<void(const TextRun&)>& sentences,
                       const std::function<void(const TextRun&)>& paragraphs,
                       const std::function<void(const Paragraph&, const NormalizedText&)>& every);

// The source span of the run's bytes [b, e).
Span source_span(const SourceText& text, const TextRun& run, std::size_t b, std::size_t e);
// The same for any NFKC view with its origin map (text/normalize.h).
Span source_span(const SourceText& text, const std::vector<std::size_t>& origin, std::size_t b, std::size_t e);

// True for 。！？；and their ASCII forms (the NFKC view has made ！？；ASCII).
bool ends_sentence(char32_t cp);

// The code point at or before byte i of s (s valid UTF-8); 0 at the ends.
char32_t code_point_at(std::string_view s, std::size_t i);
char32_t code_point_before(std::string_view s, std::size_t i);
// Byte offset of the code point before byte i.
std::size_t previous_boundary(std::string_view s, std::size_t i);

// A number written in Arabic digits with its counting unit: "55 条", "3119件".
struct Count {
  std::int64_t value = 0;
  std::string unit;            // one of 条 件 篇 个 次 项 场 期 家 人 起 宗, or 人次 场次 件次
  std::size_t begin = 0;       // the digits, as bytes of the run
  std::size_t end = 0;
  std::size_t unit_end = 0;    // past the unit
  bool approximate = false;    // 约、近、超过 before it, 余、多 after it: not an exact figure
  bool change = false;         // 增加、减少、同比… before it: a change, not a count
};

// Every count of the run, in order. Ordinals (第 3 次), decimals, numbers glued to Latin
// letters or to - . / : (telephone numbers, URLs, page numbers) and units that are not
// counting units (个工作日, 个月, 个百分点) are left out.
std::vector<Count> find_counts(const TextRun& run, const SourceText& source);

// A Chinese numeral from 一 to 九十九 at byte i of s; its value and byte length, or 0.
int chinese_number_at(std::string_view s, std::size_t i, std::size_t* length);

// The numbering a paragraph opens with.
enum class EnumStyle { None, ShiList, ParenChinese, ArabicComma, ChineseComma, ParenArabic, ArabicDot };

struct Enumerator {
  EnumStyle style = EnumStyle::None;
  int value = 0;
  std::size_t length = 0;  // bytes of the enumerator ("（二）", "2、", "二是")
};

// The enumerator at the start of s (an NFKC view), if any. "（一）项" (a quoted article
// number) does not count.
Enumerator leading_enumerator(std::string_view s);

// "二是", "（三）", "4、" for a style and value.
std::string enumerator_text(EnumStyle style, int value);

}  // namespace gk
