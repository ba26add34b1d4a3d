#include "input/recognize.h"

#include <string>

#include "text/ascii.h"
#include "text/utf8.h"

namespace gk::input {

using text::ifind, text::starts_with;

namespace {

// Word and WPS store a password-protected .docx as an OLE container whose directory names
// the streams EncryptionInfo and EncryptedPackage (in UTF-16LE).
bool ole_is_encrypted_package(std::string_view b) {
  static const std::string name = [] {
    std::string n;
    for (char c : std::string_view("EncryptionInfo")) { n += c; n += '\0'; }
    return n;
  }();
  return b.find(name) != std::string_view::npos;
}

}  // namespace

BinaryKind sniff_magic(std::string_view b) {
  if (starts_with(b, "%PDF")) return BinaryKind::Pdf;
  if (starts_with(b, std::string_view("PK\x03\x04", 4))) return BinaryKind::Zip;
  if (starts_with(b, std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
    return ole_is_encrypted_package(b) ? BinaryKind::EncryptedDocx : BinaryKind::OleDoc;
  if (starts_with(b, "\x89PNG") || starts_with(b, "\xFF\xD8\xFF") || starts_with(b, "GIF8"))
    return BinaryKind::Image;
  if (starts_with(b, "\x1F\x8B") || starts_with(b, "7z\xBC\xAF") || starts_with(b, "Rar!")) return BinaryKind::Other;
  return BinaryKind::None;
}

bool looks_like_html(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  if (i >= s.size() || s[i] != '<') return false;
  std::string_view head = s.substr(i, 1024);
  for (std::string_view tag : {"<!doctype html", "<html", "<table", "<meta"})
    if (ifind(head, tag) != std::string_view::npos) return true;
  return false;
}

}  // namespace gk::input
