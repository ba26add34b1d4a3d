#!/usr/bin/env bash
# Builds the slice of ICU 72 that gkcheck needs (converters, NFKC, charset detection) for
# WebAssembly from Debian's source package, with a data file trimmed to the items we use.
# The result is cached outside the checkout, keyed by ICU version and the content of this
# script and the two it runs, so a second build on the same machine reuses it.
#
# Prints the install prefix (include/ and lib/) on its last line of stdout.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
ICU_VERSION=72.1
ICU_MAJOR=72
# Data items: GB18030 converter (also reads GBK), converter aliases, NFKC tables. The first
# two are rebuilt smaller in step 3.
DATA_ITEMS=(gb18030.cnv cnvalias.icu nfkc.nrm)
# UCONFIG_ONLY_HTML_CONVERSION: the converter registry keeps the table-based (MBCS, which
# GB18030 is), UTF-8/16, Latin-1, ASCII and ISO-2022 converters and leaves out UTF-32, UTF-7,
# SCSU, BOCU-1, LMBCS, HZ, ISCII, IMAP and COMPOUND_TEXT, none of which gkcheck reads.
CFLAGS_ICU=(-Oz -std=c++17 -DU_STATIC_IMPLEMENTATION -DU_USING_ICU_NAMESPACE=0
            -DUCONFIG_NO_FILE_IO=0 -DU_HAVE_STRTOD_L=0 -DUCONFIG_ONLY_HTML_CONVERSION=1 -fno-exceptions -w)

cache_root="${GKCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gkcheck}"
key="$(cat "$0" "$here/cnv-to-ucm.py" "$here/check-cnv.cpp" | sha256sum | cut -c1-12)"
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
# gb18030.cnv without its fromUnicode tables (makeconv --small; 227 KB -> 95 KB): gkcheck only
# converts from GB18030, and ICU builds those tables itself should the converter ever convert
# to it. Debian's source package has the compiled .cnv only, so its .ucm source is written
# from it (cnv-to-ucm.py), and the rebuilt converter is checked against the original on
# every byte sequence and code point (check-cnv.cpp, natively with the system's ICU).
echo "[icu-wasm] rebuilding gb18030.cnv with makeconv --small" >&2
mkdir -p "$build/data/small" "$build/data/check"
python3 "$here/cnv-to-ucm.py" "$build/data/items/gb18030.cnv" "$build/data/gb18030.ucm"
makeconv --small -d "$build/data/small" "$build/data/gb18030.ucm"
echo gb18030.cnv > "$build/data/check/list.txt"
icupkg -s "$build/data/items" -a "$build/data/check/list.txt" new "$build/data/check/original.dat"
icupkg -s "$build/data/small" -a "$build/data/check/list.txt" new "$build/data/check/small.dat"
g++ -O2 -std=c++17 "$here/check-cnv.cpp" -o "$build/data/check/check-cnv" $(pkg-config --cflags --libs icu-uc)
"$build/data/check/check-cnv" "$build/data/check/original" "$build/data/check/small" gb18030
cp "$build/data/small/gb18030.cnv" "$build/data/items/gb18030.cnv"
# cnvalias.icu for the converters gkcheck opens by name (64 KB -> 320 bytes): without an
# entry, "GB18030" would not find gb18030.cnv.
cat > "$build/data/convrtrs.txt" <<'ALIASES'
{ IANA MIME }
UTF-8 { IANA* MIME* }
UTF-16BE { IANA* MIME* }
UTF-16LE { IANA* MIME* }
gb18030 GB18030 { IANA* MIME* }
ALIASES
gencnval -d "$build/data/items" "$build/data/convrtrs.txt"
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
