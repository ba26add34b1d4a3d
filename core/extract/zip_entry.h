// Reads one member of a zip archive held in memory (minizip over zlib's inflate).
#pragma once
#include <string>
#include <string_view>

namespace gk::extract {

struct ZipEntry {
  enum class Status { Ok, NotZip, Missing, Encrypted, TooLarge, Corrupt } status = Status::NotZip;
  std::string data;
};

// The bytes of `name` in the archive `zip`; `limit` caps the inflated size (zip bombs).
ZipEntry read_zip_entry(std::string_view zip, const char* name, std::size_t limit);

}  // namespace gk::extract
