#include "extract/zip_entry.h"

#include <minizip/unzip.h>

#include <cstring>

namespace gk::extract {

namespace {

// minizip reads through these callbacks, so the archive never touches a file system
// (there is none in the browser).
struct MemoryFile {
  std::string_view bytes;
  uLong pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf opaque, const char*, int) { return opaque; }

uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  uLong left = f->pos < f->bytes.size() ? static_cast<uLong>(f->bytes.size() - f->pos) : 0;
  uLong n = size < left ? size : left;
  std::memcpy(buf, f->bytes.data() + f->pos, n);
  f->pos += n;
  return n;
}

uLong ZCALLBACK mem_write(voidpf, voidpf, const void*, uLong) { return 0; }

long ZCALLBACK mem_tell(voidpf, voidpf stream) { return static_cast<long>(static_cast<MemoryFile*>(stream)->pos); }

long ZCALLBACK mem_seek(voidpf, voidpf stream, uLong offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  uLong base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = f->pos;
  else if (origin == ZLIB_FILEFUNC_SEEK_END) base = static_cast<uLong>(f->bytes.size());
  else if (origin != ZLIB_FILEFUNC_SEEK_SET) return -1;
  uLong to = base + offset;
  if (to > f->bytes.size()) return -1;
  f->pos = to;
  return 0;
}

int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

}  // namespace

ZipEntry read_zip_entry(std::string_view zip, const char* name, std::size_t limit) {
  ZipEntry out;
  MemoryFile file{zip, 0};
  zlib_filefunc_def io{mem_open, mem_read, mem_write, mem_tell, mem_seek, mem_close, mem_error, &file};
  unzFile uf = unzOpen2("memory", &io);
  if (uf == nullptr) return out;  // no central directory: not a zip, or cut short
  out.status = ZipEntry::Status::Missing;
  if (unzLocateFile(uf, name, 1) == UNZ_OK) {
    unz_file_info info;
    if (unzGetCurrentFileInfo(uf, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      out.status = ZipEntry::Status::Corrupt;
    } else if (info.flag & 1) {
      out.status = ZipEntry::Status::Encrypted;
    } else if (info.uncompressed_size > limit) {
      out.status = ZipEntry::Status::TooLarge;
    } else if (unzOpenCurrentFile(uf) != UNZ_OK) {
      out.status = ZipEntry::Status::Corrupt;
    } else {
      out.status = ZipEntry::Status::Ok;
      char buf[16384];
      for (;;) {
        int n = unzReadCurrentFile(uf, buf, sizeof buf);
        if (n < 0) { out.status = ZipEntry::Status::Corrupt; break; }
        if (n == 0) break;
        out.data.append(buf, static_cast<std::size_t>(n));
        if (out.data.size() > limit) { out.status = ZipEntry::Status::TooLarge; break; }
      }
      // unzCloseCurrentFile checks the CRC once the whole entry was read.
      if (unzCloseCurrentFile(uf) == UNZ_CRCERROR && out.status == ZipEntry::Status::Ok)
        out.status = ZipEntry::Status::Corrupt;
    }
  }
  unzClose(uf);
  if (out.status != ZipEntry::Status::Ok) out.data.clear();
  return out;
}

}  // namespace gk::extract
