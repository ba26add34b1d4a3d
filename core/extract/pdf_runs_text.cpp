#include "extract/pdf_runs_text.h"

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <vector>

namespace gk::extract {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line, std::size_t most) {
  std::vector<std::string_view> fields;
  while (fields.size() + 1 < most) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) break;
    fields.push_back(line.substr(0, tab));
    line.remove_prefix(tab + 1);
  }
  fields.push_back(line);  // the last field keeps its tabs (a run's text never has any)
  return fields;
}

// A decimal number filling the whole field: [+-]digits[.digits][e[+-]digits], as JavaScript
// and printf's %g write them. Read here rather than by strtod, whose hex, inf and locale cases
// the runs text never has and whose long-double arithmetic would weigh on the wasm. Digits
// past the 18th only move the exponent: positions need a point's hundredth, not 17 digits.
bool number_of(std::string_view field, double& out) {
  std::size_t i = 0;
  const std::size_t n = field.size();
  const bool negative = i < n && field[i] == '-';
  if (i < n && (field[i] == '-' || field[i] == '+')) ++i;
  std::uint64_t mantissa = 0;
  int digits = 0, exponent = 0;
  bool any = false;
  auto take = [&](bool after_point) {
    for (; i < n && field[i] >= '0' && field[i] <= '9'; ++i) {
      any = true;
      if (digits < 18) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(field[i] - '0');
        if (mantissa != 0) ++digits;
        if (after_point) --exponent;
      } else if (!after_point) {
        ++exponent;
      }
    }
  };
  take(false);
  if (i < n && field[i] == '.') {
    ++i;
    take(true);
  }
  if (!any) return false;
  if (i < n && (field[i] == 'e' || field[i] == 'E')) {
    ++i;
    const bool minus = i < n && field[i] == '-';
    if (i < n && (field[i] == '-' || field[i] == '+')) ++i;
    if (i == n) return false;
    int e = 0;
    for (; i < n && field[i] >= '0' && field[i] <= '9'; ++i)
      if (e < 10000) e = e * 10 + (field[i] - '0');
    exponent += minus ? -e : e;
  }
  if (i != n) return false;
  double v = static_cast<double>(mantissa);
  if (mantissa != 0) {
    if (exponent > 308 || exponent < -330) return false;  // beyond a double: no position
    double scale = 1;
    for (int k = exponent < 0 ? -exponent : exponent; k > 0; --k) scale *= 10;
    v = exponent < 0 ? v / scale : v * scale;
  }
  if (!std::isfinite(v)) return false;
  out = negative ? -v : v;
  return true;
}

PdfRuns::Failure failure_named(std::string_view reason) {
  if (reason == "no-text") return PdfRuns::Failure::NoText;
  if (reason == "encrypted") return PdfRuns::Failure::Encrypted;
  return PdfRuns::Failure::Damaged;
}

const char* failure_name(PdfRuns::Failure f) {
  switch (f) {
    case PdfRuns::Failure::NoText: return "no-text";
    case PdfRuns::Failure::Encrypted: return "encrypted";
    default: return "damaged";
  }
}

void read_line(std::string_view line, PdfRuns& out) {
  if (line.empty()) return;
  if (line[0] == 'P') {
    const auto f = split_tabs(line, 3);
    PdfPage p;
    if (f.size() == 3 && number_of(f[1], p.width) && number_of(f[2], p.height)) out.pages.push_back(p);
  } else if (line[0] == 'R') {
    const auto f = split_tabs(line, 8);
    double page = 0;
    PdfRun r;
    if (f.size() != 8 || !number_of(f[1], page) || page < 0 || page >= static_cast<double>(out.pages.size()) ||
        !number_of(f[2], r.x) || !number_of(f[3], r.y) || !number_of(f[4], r.width) || !number_of(f[5], r.height) ||
        !number_of(f[6], r.font_size))
      return;
    r.page = static_cast<std::uint32_t>(page);
    r.text = std::string(f[7]);
    out.runs.push_back(std::move(r));
  } else if (line[0] == 'X') {
    const auto f = split_tabs(line, 3);
    if (f.size() < 2) return;
    out.failure = failure_named(f[1]);
    if (f.size() == 3) out.detail = std::string(f[2]);
  }
}

// A run's text on one line of the runs text.
void append_flat(std::string& out, std::string_view text) {
  for (char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void append_number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  out += buf;
}

}  // namespace

bool is_pdf_runs_text(std::string_view bytes) {
  return bytes.substr(0, kPdfRunsMagic.size()) == kPdfRunsMagic &&
         (bytes.size() == kPdfRunsMagic.size() || bytes[kPdfRunsMagic.size()] == '\n' ||
          bytes[kPdfRunsMagic.size()] == '\r');
}

PdfRuns parse_pdf_runs_text(std::string_view text) {
  PdfRuns out;
  std::size_t at = 0;
  bool first = true;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!first) read_line(line, out);
    first = false;
    at = end + 1;
  }
  if (out.failure != PdfRuns::Failure::None) out.runs.clear();
  return out;
}

std::string write_pdf_runs_text(const PdfRuns& runs) {
  std::string out(kPdfRunsMagic);
  out += '\n';
  for (const PdfPage& p : runs.pages) {
    out += "P\t";
    append_number(out, p.width);
    out += '\t';
    append_number(out, p.height);
    out += '\n';
  }
  if (runs.failure != PdfRuns::Failure::None) {
    out += "X\t";
    out += failure_name(runs.failure);
    out += '\t';
    append_flat(out, runs.detail);
    out += '\n';
    return out;
  }
  for (const PdfRun& r : runs.runs) {
    out += "R\t";
    out += std::to_string(r.page);
    for (double v : {r.x, r.y, r.width, r.height, r.font_size}) {
      out += '\t';
      append_number(out, v);
    }
    out += '\t';
    append_flat(out, r.text);
    out += '\n';
  }
  return out;
}

}  // namespace gk::extract
