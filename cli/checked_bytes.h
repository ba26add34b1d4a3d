// What the CLI checks for a file: a PDF's runs text (read natively, as the page's pdf.js
// worker writes it for the page), any other file's own bytes.
#pragma once
#include <string>

namespace gk::cli {

// Whether the bytes are a PDF, as the core's input stage tells one (they start %PDF).
bool is_pdf(const std::string& bytes);

// The bytes to hand to gk::check_bytes: the runs text of a PDF, other bytes unchanged.
std::string checked_bytes(std::string bytes);

}  // namespace gk::cli
