// Shaping the running text, the stage after binding that the text rules read: the
// report's paragraphs (never table cells) joined into runs within each section, in the
// NFKC view (full-width digits and punctuation become ASCII) with every byte still knowing
// the source byte it came from.
//
// Text extracted from a PDF has one paragraph per printed line, cut anywhere, even between
// a number and its unit ("行政复议 351" / "件，其中…"). Runs join such lines back together,
// so sentences are told apart by their punctuation, not by line ends.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "bind/sections.h"
#include "read/document.h"
#include "shape/counts.h"
#include "text/normalize.h"
#include "text/source_text.h"

namespace gk::shape {

// A run of running text: paragraphs joined, in their NFKC view.
struct ProseRun {
  std::string text;                 // NFKC of the joined paragraphs
  std::vector<std::size_t> origin;  // for each byte of text: the source byte it came from
  int section = 0;                  // the official section (1..6) of the heading above it, 0 before any
  std::size_t heading = 0;          // index into Report::sections + 1, 0 before any heading
};

// What the shaping pass hands the running text to, and which of it the reader wants.
class ProseReader {
 public:
  struct Wanted {
    bool sentence_runs = false;
    bool paragraph_runs = false;
    bool paragraphs = false;
  };

  virtual ~ProseReader() = default;
  // A sentence run and every count in it (counts.h).
  virtual void sentence_run(const ProseRun& run, const std::vector<Count>& counts) = 0;
  virtual void paragraph_run(const ProseRun& run) = 0;
  // A paragraph of the document (headings and page numbers too) in its NFKC view.
  virtual void paragraph(const read::Paragraph& paragraph, const text::NormalizedText& nfkc) = 0;
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
// Every paragraph of the document (headings and page numbers too) is handed on in its NFKC
// view, in text order. The reader is handed only what it wants.
void shape_prose(const text::SourceText& text, const read::Document& doc, const std::vector<bind::SectionHeading>& sections,
                 ProseReader::Wanted wanted, ProseReader& reader);

// The source span of the run's bytes [b, e).
text::Span source_span(const text::SourceText& text, const ProseRun& run, std::size_t b, std::size_t e);
// The same for any NFKC view with its origin map (text/normalize.h).
text::Span source_span(const text::SourceText& text, const std::vector<std::size_t>& origin, std::size_t b, std::size_t e);

// True for 。！？；and their ASCII forms (the NFKC view has made ！？；ASCII).
bool ends_sentence(char32_t cp);

}  // namespace gk::shape
