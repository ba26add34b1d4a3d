# Writes a C++ source holding every format JSON file as a string, so the formats travel
# inside the native binary and the wasm module alike. Run with -DOUT=<file.cpp> -DDIR=<folder of *.json>
set(body "// Generated from core/formats/*.json by embed_formats.cmake. Do not edit.\n#include \"formats/embedded_formats.h\"\nnamespace gk {\nconst char* const kEmbeddedFormats[] = {\n")
file(GLOB files "${DIR}/*.json")
list(SORT files)
set(count 0)
foreach(f IN LISTS files)
  file(READ "${f}" content)
  string(APPEND body "R\"gkformat(${content})gkformat\",\n")
  math(EXPR count "${count} + 1")
endforeach()
string(APPEND body "};\nconst std::size_t kEmbeddedFormatCount = ${count};\n}  // namespace gk\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
