// The Embind binding: the browser and Node get the same JSON the CLI prints.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "check.h"
#include "input/input.h"
#include "input/refusal.h"
#include "output/json_output.h"
#include "output/json_writer.h"

namespace {

std::string bytes_of(const emscripten::val& array) {
  const std::size_t n = array["length"].as<std::size_t>();
  std::string bytes(n, '\0');
  // Copy straight from the JS typed array into wasm memory.
  emscripten::val view(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(&bytes[0])));
  view.call<void>("set", array);
  return bytes;
}

// The JSON handed to JavaScript as a string decoded straight from wasm memory: returning a
// std::string would make Embind copy it into a second buffer first. The JSON is all ASCII
// (JsonText::Ascii), which TextDecoder turns into a string at memcpy speed.
emscripten::val as_js_string(const std::string& json) {
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  return decoder.call<emscripten::val>(
      "decode", emscripten::val(emscripten::typed_memory_view(json.size(), reinterpret_cast<const unsigned char*>(json.data()))));
}

emscripten::val json_of(const gk::CheckResult& r) {
  return as_js_string(gk::output::to_json({&r}, gk::output::JsonText::Ascii));
}

// check(text): text the page already holds (a JS string, handed over as UTF-8).
// Taken by value and handed over, so the text is held once in wasm memory.
emscripten::val check(std::string text) { return json_of(*gk::check_owned_text(std::move(text), "<input>")); }

// checkHtml(html): the clipboard's text/html (a JS string): read as a page, its tables with
// their merged cells; the JSON's "text" is the text the findings point into.
emscripten::val check_html(const std::string& html) { return json_of(*gk::check_html(html, "<input>")); }

// checkBytes(Uint8Array): a file's bytes in any supported encoding, an HTML page or a .docx.
emscripten::val check_bytes(const emscripten::val& array) {
  return json_of(*gk::check_owned_bytes(bytes_of(array), "<input>"));
}

// checkFile(Uint8Array, name): as checkBytes, reporting under the given file name.
emscripten::val check_file(const emscripten::val& array, const std::string& name) {
  return json_of(*gk::check_owned_bytes(bytes_of(array), name));
}

// checkFiles([name…], [Uint8Array…]): several reports at once, as the CLI checks several
// files: one JSON document, with the checks across reports (cross.carry-over).
emscripten::val check_files(const emscripten::val& names, const emscripten::val& arrays) {
  const std::size_t n = names["length"].as<std::size_t>();
  std::vector<std::unique_ptr<gk::CheckResult>> results;
  for (std::size_t i = 0; i < n; ++i)
    results.push_back(gk::check_owned_bytes(bytes_of(arrays[i]), names[i].as<std::string>()));
  std::vector<gk::CheckResult*> all;
  std::vector<const gk::CheckResult*> view;
  for (const auto& r : results) {
    all.push_back(r.get());
    view.push_back(r.get());
  }
  gk::check_across(all);
  return as_js_string(gk::output::to_json(view, gk::output::JsonText::Ascii));
}

// decodeBytes(Uint8Array): {"text", "encoding", "bom", "binary", "input", "message"} so the
// page can show a dropped file's text (for a page or .docx: the text extracted from it)
// before checking it, or say why it cannot be read (message: input.unreadable's advice).
std::string decode_bytes(const emscripten::val& array) {
  const gk::input::Input in = gk::input::read_owned_bytes(bytes_of(array));
  const gk::input::InputFacts& f = in.facts;
  std::string out;
  gk::output::JsonWriter j(out, gk::output::JsonText::Ascii);
  j.begin_object();
  j.field("text", in.text);
  j.field("encoding", f.encoding);
  j.field("bom", f.bom);
  j.field("binary", f.binary != gk::input::BinaryKind::None);
  j.field("input", gk::input::input_kind_name(f.input));
  if (f.binary != gk::input::BinaryKind::None) {
    j.field("message", gk::input::refusal_message(f));
  }
  j.end_object();
  j.flush();
  return out;
}

}  // namespace

EMSCRIPTEN_BINDINGS(gkcheck) {
  emscripten::function("check", &check);
  emscripten::function("checkHtml", &check_html);
  emscripten::function("checkBytes", &check_bytes);
  emscripten::function("checkFile", &check_file);
  emscripten::function("checkFiles", &check_files);
  emscripten::function("decodeBytes", &decode_bytes);
}
