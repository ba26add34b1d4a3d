#!/usr/bin/env bash
# Builds the libraries the .docx reader uses, for WebAssembly, from Debian's source packages
# (orig tarball + Debian's patches, unpacked by dpkg-source):
#   zlib        inflate, and contrib/minizip's unzip.c/ioapi.c for reading the zip container
#   expat       XML parser for word/document.xml
# Cached outside the checkout like ICU (scripts/build-icu-wasm.sh), keyed by this script's
# content, so a second build on the same machine reuses it.
#
# Prints the install prefix (include/ and lib/) on its last line of stdout.
set -euo pipefail

ZLIB=(zlib 1.2.13.dfsg)
EXPAT=(expat 2.5.0)
CFLAGS=(-Oz -w)

cache_root="${GKCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gkcheck}"
key="$(sha256sum "$0" | cut -c1-12)"
prefix="$cache_root/deps-wasm-$key"

if [ -f "$prefix/.complete" ]; then
  echo "[deps-wasm] cached at $prefix" >&2
  echo "$prefix"
  exit 0
fi

export NODE_PATH=/usr/share/nodejs
src_root="$cache_root/deps-src"
mkdir -p "$src_root"

ensure_deb_src() {
  if ! grep -rqs "deb-src\|Types:.*deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ ; then
    echo "[deps-wasm] adding a deb-src entry for Debian's source packages" >&2
    cat > /etc/apt/sources.list.d/gkcheck-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -qq >&2
  fi
}

# unpack NAME VERSION: Debian's source package NAME (upstream VERSION) unpacked with its
# patches applied into $src_root/NAME-VERSION; prints that folder.
unpack() {
  local name="$1" version="$2" dir="$src_root/$1-$2"
  if [ ! -f "$dir/.unpacked" ]; then
    local dl="$src_root/$name.download"
    rm -rf "$dir"
    # A download cut short leaves a .dsc without its tarballs: fetch again then.
    if ! { ls "$dl"/*.dsc >/dev/null 2>&1 && dpkg-source --no-check -x "$(ls "$dl"/*.dsc | head -n 1)" "$dir" >&2; }; then
      rm -rf "$dl" "$dir"
      mkdir -p "$dl"
      ensure_deb_src
      echo "[deps-wasm] downloading Debian's $name source package" >&2
      (cd "$dl" && apt-get source --download-only -qq "$name" >&2)
      dpkg-source --no-check -x "$(ls "$dl"/*.dsc | head -n 1)" "$dir" >&2
    fi
    touch "$dir/.unpacked"
  fi
  echo "$dir"
}

zlib_src="$(unpack "${ZLIB[@]}")"
expat_src="$(unpack "${EXPAT[@]}")"

build="$prefix.build"
rm -rf "$build" "$prefix"
mkdir -p "$build/zlib" "$build/expat" "$prefix/lib" "$prefix/include/minizip"
jobs="$(nproc)"

# compile OUTDIR FLAGS... -- FILES...: each file to OUTDIR/name.o, in parallel.
compile() {
  local out="$1"; shift
  local flags=()
  while [ "$1" != "--" ]; do flags+=("$1"); shift; done
  shift
  printf '%s\n' "$@" | xargs -P "$jobs" -I{} sh -c 'emcc "$@" -c "$0" -o "'"$out"'/$(basename "$0" .c).o"' {} "${flags[@]}"
}

echo "[deps-wasm] compiling zlib and minizip" >&2
zlib_files=()
for f in adler32 crc32 inffast inflate inftrees uncompr zutil; do zlib_files+=("$zlib_src/$f.c"); done
compile "$build/zlib" "${CFLAGS[@]}" -- "${zlib_files[@]}"
compile "$build/zlib" "${CFLAGS[@]}" -I "$zlib_src" -DNOCRYPT -DNOUNCRYPT -DUSE_FILE32API -- \
  "$zlib_src/contrib/minizip/unzip.c" "$zlib_src/contrib/minizip/ioapi.c"
emar rcs "$prefix/lib/libz.a" "$build"/zlib/{adler32,crc32,inffast,inflate,inftrees,uncompr,zutil}.o
emar rcs "$prefix/lib/libminizip.a" "$build"/zlib/{unzip,ioapi}.o
cp "$zlib_src"/zlib.h "$zlib_src"/zconf.h "$prefix/include/"
cp "$zlib_src"/contrib/minizip/{unzip.h,ioapi.h,crypt.h} "$prefix/include/minizip/"

echo "[deps-wasm] compiling expat" >&2
# What expat's configure would find here; no entropy source is needed: the parser hashes
# only the names of the one document it reads.
cat > "$build/expat/expat_config.h" <<'CFG'
#define BYTEORDER 1234
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define XML_CONTEXT_BYTES 1024
#define XML_DTD 1
#define XML_NS 1
#define XML_POOR_ENTROPY 1
#define PACKAGE "expat"
CFG
compile "$build/expat" "${CFLAGS[@]}" -DHAVE_EXPAT_CONFIG_H -I "$build/expat" -I "$expat_src/expat/lib" -- \
  "$expat_src/expat/lib/xmlparse.c" "$expat_src/expat/lib/xmlrole.c" "$expat_src/expat/lib/xmltok.c"
emar rcs "$prefix/lib/libexpat.a" "$build"/expat/*.o
cp "$expat_src"/expat/lib/{expat.h,expat_external.h} "$prefix/include/"

rm -rf "$build"
touch "$prefix/.complete"
echo "[deps-wasm] built at $prefix" >&2
echo "$prefix"
