#!/usr/bin/env bash
# Builds the slice of ICU 72 that gkcheck needs (converters, NFKC, charset detection) for
# WebAssembly from Debian's source package, with a data file trimmed to the items we use.
# The result is cached outside the checkout, keyed by ICU version and this script's content,
# so a second build on the same machine reuses it.
#
# Prints the install prefix (include/ and lib/) on its last line of stdout.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
ICU_VERSION=72.1
ICU_MAJOR=72
# Data items: GB18030 converter (also reads GBK), converter aliases, NFKC tables.
DATA_ITEMS=(gb18030.cnv cnvalias.icu nfkc.nrm)
# UCONFIG_ONLY_HTML_CONVERSION: the converter registry keeps the table-based (MBCS, which
# GB18030 is), UTF-8/16, Latin-1, ASCII and ISO-2022 converters and leaves out UTF-32, UTF-7,
# SCSU, BOCU-1, LMBCS, HZ, ISCII, IMAP and COMPOUND_TEXT, none of which gkcheck reads.
CFLAGS_ICU=(-Oz -std=c++17 -DU_STATIC_IMPLEMENTATION -DU_USING_ICU_NAMESPACE=0
            -DUCONFIG_NO_FILE_IO=0 -DU_HAVE_STRTOD_L=0 -DUCONFIG_ONLY_HTML_CONVERSION=1 -fno-exceptions -w)

cache_root="${GKCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gkcheck}"
key="$(sha256sum "$0" | cut -c1-12)"
prefix="$cache_root/icu-$ICU_VERSION-wasm-$key"

if [ -f "$prefix/.complete" ]; then
  echo "[icu-wasm] cached at $prefix" >&2
  echo "$prefix"
  exit 0
fi

export NODE_PATH=/usr/share/nodejs
work="$cache_root/icu-src-$ICU_VERSION"
mkdir -p "$work"

# 1. Source: Debian's icu source package (needs a deb-src entry).
if [ ! -f "$work/icu_$ICU_VERSION.orig.tar.gz" ]; then
  if ! grep -rqs "deb-src\|Types:.*deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ ; then
    echo "[icu-wasm] adding a deb-src entry for Debian's source packages" >&2
    cat > /etc/apt/sources.list.d/gkcheck-deb-src.sources <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -qq >&2
  fi
  echo "[icu-wasm] downloading Debian's icu source package" >&2
  (cd "$work" && apt-get source --download-only -qq "icu=$ICU_VERSION-3+deb12u1" >&2 \
     || apt-get source --download-only -qq icu >&2)
fi
if [ ! -d "$work/icu/source" ]; then
  echo "[icu-wasm] unpacking" >&2
  tar -xzf "$work/icu_$ICU_VERSION.orig.tar.gz" -C "$work"
fi
src="$work/icu/source"

build="$prefix.build"
rm -rf "$build" "$prefix"
mkdir -p "$build/common" "$build/i18n" "$prefix/lib" "$prefix/include/unicode"

# 2. Compile: all of common, and the charset detector from i18n.
export build src
export CFLAGS_ICU_STR="${CFLAGS_ICU[*]}"
jobs="$(nproc)"
echo "[icu-wasm] compiling ICU common ($(ls "$src"/common/*.cpp | wc -l) files, $jobs jobs; about 2 minutes)" >&2
ls "$src"/common/*.cpp | xargs -P "$jobs" -I{} bash -c \
  'em++ $CFLAGS_ICU_STR -DU_COMMON_IMPLEMENTATION -I "$src/common" -c {} -o "$build/common/$(basename {} .cpp).o"'
echo "[icu-wasm] compiling the charset detector" >&2
for f in csdetect csmatch csr2022 csrecog csrmbcs csrsbcs csrucode csrutf8 inputext ucsdet ucln_in; do
  echo "$src/i18n/$f.cpp"
done | xargs -P "$jobs" -I{} bash -c \
  'em++ $CFLAGS_ICU_STR -DU_I18N_IMPLEMENTATION -I "$src/common" -I "$src/i18n" -c {} -o "$build/i18n/$(basename {} .cpp).o"'

emar rcs "$prefix/lib/libicuuc.a" "$build"/common/*.o
emar rcs "$prefix/lib/libicui18n.a" "$build"/i18n/*.o

# 3. Data: extract only the items we use from the full data file and repack them.
echo "[icu-wasm] packing data: ${DATA_ITEMS[*]}" >&2
mkdir -p "$build/data/items"
printf '%s\n' "${DATA_ITEMS[@]}" > "$build/data/list.txt"
icupkg -d "$build/data/items" -x "$build/data/list.txt" "$src/data/in/icudt${ICU_MAJOR}l.dat"
(cd "$build/data" && icupkg -s items -a list.txt new "icudt${ICU_MAJOR}l.dat")
(cd "$build/data" && genccode "icudt${ICU_MAJOR}l.dat")
# genccode names the array after the file (icudt72l_dat); ICU's loader looks for icudt72_dat.
sed -i "s/icudt${ICU_MAJOR}l_dat/icudt${ICU_MAJOR}_dat/g" "$build/data/icudt${ICU_MAJOR}l_dat.c"
emcc -Oz -I "$src/common" -c "$build/data/icudt${ICU_MAJOR}l_dat.c" -o "$build/data/icudata.o"
emar rcs "$prefix/lib/libicudata.a" "$build/data/icudata.o"

# 4. Headers.
cp "$src"/common/unicode/*.h "$prefix/include/unicode/"
cp "$src"/i18n/unicode/*.h "$prefix/include/unicode/"

rm -rf "$build"
touch "$prefix/.complete"
echo "[icu-wasm] built at $prefix" >&2
echo "$prefix"
