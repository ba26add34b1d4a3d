#include "input/input.h"

#include <utility>

#include "decode/decode.h"
#include "extract/extract.h"
#include "extract/pdf_runs_text.h"
#include "input/recognize.h"
#include "text/utf8.h"

namespace gk::input {

using decode::decode, decode::decode_as_utf8, decode::decode_as_utf8_owned, decode::decode_by_meta_charset,
    decode::decode_owned, decode::Decoded;
using extract::extract_docx, extract::extract_html, extract::extract_pdf, extract::Extraction,
    extract::is_pdf_runs_text, extract::parse_pdf_runs_text, extract::PdfRuns;
using read::Document, read::ExtractedTables, read::HeadingWords, read::read_document, read::read_extracted;
using text::kUtf8Bom, text::SourceText, text::starts_with;

namespace {

Input refused(BinaryKind kind) {
  Input in;
  in.facts.binary = kind;
  return in;
}

Input from_text(Decoded d) {
  Input in;
  in.facts.encoding = std::move(d.encoding);
  in.facts.bom = d.bom;
  in.facts.replacements = std::move(d.replacements);
  in.text = std::move(d.text);
  return in;
}

std::vector<std::size_t> replacement_offsets(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t i = text.find("\xEF\xBF\xBD"); i != std::string::npos; i = text.find("\xEF\xBF\xBD", i + 3))
    out.push_back(i);
  return out;
}

// The decoded page gives way to the text extracted from it. A U+FFFD the decoding wrote is
// looked up again in the extracted text, where it now sits.
Input from_html(Decoded page) {
  Input in;
  in.facts.input = InputKind::Html;
  in.facts.encoding = std::move(page.encoding);
  in.facts.bom = page.bom;
  Extraction e = extract_html(page.text);
  page.text = std::string();
  if (e.failure != Extraction::Failure::None) {
    in.facts.binary = BinaryKind::Corrupt;
    in.facts.problem = std::move(e.problem);
    return in;
  }
  if (!page.replacements.empty() || !e.replacements.empty()) in.facts.replacements = replacement_offsets(e.text);
  in.text = std::move(e.text);
  in.tables = std::move(e.tables);
  return in;
}

Input from_docx(std::string_view bytes) {
  Extraction e = extract_docx(bytes);
  Input in;
  in.facts.input = InputKind::Docx;
  switch (e.failure) {
    case Extraction::Failure::None:
      in.facts.encoding = "UTF-8";
      in.facts.replacements = std::move(e.replacements);
      in.text = std::move(e.text);
      in.tables = std::move(e.tables);
      return in;
    case Extraction::Failure::NotDocx:
      in.facts.binary = BinaryKind::Zip;
      in.facts.input = InputKind::Text;
      break;
    case Extraction::Failure::Encrypted: in.facts.binary = BinaryKind::EncryptedDocx; break;
    case Extraction::Failure::Corrupt: in.facts.binary = BinaryKind::Corrupt; break;
  }
  in.facts.problem = std::move(e.problem);
  return in;
}

// A PDF's runs text: the text rebuilt from its runs, or why there is none.
Input from_pdf_runs(std::string_view bytes) {
  const PdfRuns runs = parse_pdf_runs_text(bytes);
  Input in;
  in.facts.input = InputKind::Pdf;
  switch (runs.failure) {
    case PdfRuns::Failure::None: break;
    case PdfRuns::Failure::NoText: in.facts.binary = BinaryKind::PdfNoText; return in;
    case PdfRuns::Failure::Encrypted: in.facts.binary = BinaryKind::PdfEncrypted; return in;
    case PdfRuns::Failure::Damaged:
      in.facts.binary = BinaryKind::PdfDamaged;
      in.facts.problem = runs.detail;
      return in;
  }
  Extraction e = extract_pdf(runs, in.pdf_runs);
  // No text on any page: a scan, whatever the PDF library said.
  if (e.text.find_first_not_of(" \n") == std::string::npos) {
    in.facts.binary = BinaryKind::PdfNoText;
    in.pdf_runs.clear();
    return in;
  }
  in.facts.encoding = "UTF-8";
  in.facts.replacements = std::move(e.replacements);
  in.text = std::move(e.text);
  in.tables = std::move(e.tables);
  return in;
}

// Bytes whose first bytes named no file kind, decoded: a page, text, or not text at all.
Input from_decoded(Decoded d) {
  if (d.not_text) return refused(BinaryKind::Other);
  if (looks_like_html(d.text)) return from_html(std::move(d));
  return from_text(std::move(d));
}

}  // namespace

Input read_bytes(std::string_view bytes) {
  if (is_pdf_runs_text(bytes)) return from_pdf_runs(bytes);
  const BinaryKind magic = sniff_magic(bytes);
  if (magic == BinaryKind::Zip) return from_docx(bytes);  // the extractor tells a .docx from other zips
  if (magic != BinaryKind::None) return refused(magic);
  if (looks_like_html(bytes))
    if (std::optional<Decoded> page = decode_by_meta_charset(bytes)) return from_html(std::move(*page));
  return from_decoded(decode(bytes));
}

Input read_owned_bytes(std::string&& bytes) {
  // Files and pages are read from a view of the bytes; text, the common case (a 10 MB
  // paste), is decoded from the bytes taken over.
  if (is_pdf_runs_text(bytes) || sniff_magic(bytes) != BinaryKind::None || looks_like_html(bytes)) {
    Input in = read_bytes(bytes);
    bytes = std::string();  // freed before the check goes on
    return in;
  }
  return from_decoded(decode_owned(std::move(bytes)));
}

Input read_utf8_text(std::string_view utf8) {
  // A byte order mark pasted with the text is not part of it.
  if (starts_with(utf8, kUtf8Bom)) utf8.remove_prefix(kUtf8Bom.size());
  return from_text(decode_as_utf8(utf8));
}

Input read_owned_utf8_text(std::string&& utf8) {
  if (starts_with(utf8, kUtf8Bom)) return read_utf8_text(utf8);
  return from_text(decode_as_utf8_owned(std::move(utf8)));
}

Input read_html_utf8(std::string_view utf8) {
  if (starts_with(utf8, kUtf8Bom)) utf8.remove_prefix(kUtf8Bom.size());
  return from_html(decode_as_utf8(utf8));
}

Document read_input_document(const SourceText& text, const ExtractedTables& tables, const HeadingWords& headings) {
  // A page or .docx without table rows is running text, read as any text is (a PDF's text
  // pasted into a page, a markdown table).
  if (tables.rows.empty()) return read_document(text, headings);
  return read_extracted(text, tables, headings);
}

const char* input_kind_name(InputKind kind) {
  static const char* const kNames[] = {"text", "html", "docx", "pdf"};  // in InputKind's order
  return kNames[static_cast<int>(kind)];
}

}  // namespace gk::input
