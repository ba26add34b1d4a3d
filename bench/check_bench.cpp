// Native benchmarks of the whole check as the CLI and the page run it: bytes decoded,
// read, bound and checked, and the JSON written (gk::check_bytes + gk::output::to_json: seed/,
// doc/); and, for each seed, the check alone (gk::check_bytes: check/), which issue 6's
// "decoded, parsed and checked" figure reads.
//   gkcheck_bench --inputs DIR [Google Benchmark flags]
// DIR holds the documents bench/make_inputs.mjs writes (doc-1mb.txt, doc-10mb.txt,
// report-100kb.txt); the seeds come from tests/corpus/seeds. scripts/bench.sh runs this
// with repetitions and reads the medians.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "check.h"
#include "output/json_output.h"

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    std::cerr << "gkcheck_bench: cannot read " << p << "\n";
    std::exit(2);
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_and_write(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    auto result = gk::check_bytes(bytes, "bench.txt");
    std::string json = gk::output::to_json({result.get()}, gk::output::JsonText::Ascii);  // as the page receives it
    benchmark::DoNotOptimize(json.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes.size()));
}

void check_only(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    auto result = gk::check_bytes(bytes, "bench.txt");
    benchmark::DoNotOptimize(result.get());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes.size()));
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path inputs;
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--inputs") == 0 && i + 1 < argc) inputs = argv[++i];
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_argc, rest.data());

  // Each input is read once and kept alive for the benchmarks that use it.
  static std::vector<std::string> held;
  held.reserve(16);
  std::vector<std::filesystem::path> seeds;
  for (const auto& e : std::filesystem::directory_iterator(GKCHECK_CORPUS_DIR "/seeds"))
    if (e.path().extension() == ".txt") seeds.push_back(e.path());
  std::sort(seeds.begin(), seeds.end());
  for (const auto& p : seeds) {
    held.push_back(read_file(p));
    const std::string& bytes = held.back();
    benchmark::RegisterBenchmark(("seed/" + p.stem().string()).c_str(),
                                 [&bytes](benchmark::State& s) { check_and_write(s, bytes); })
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(("check/" + p.stem().string()).c_str(),
                                 [&bytes](benchmark::State& s) { check_only(s, bytes); })
        ->Unit(benchmark::kMicrosecond);
  }
  if (!inputs.empty()) {
    for (const char* name : {"report-100kb.txt", "doc-1mb.txt", "doc-10mb.txt"}) {
      held.push_back(read_file(inputs / name));
      const std::string& bytes = held.back();
      benchmark::RegisterBenchmark(("doc/" + std::filesystem::path(name).stem().string()).c_str(),
                                   [&bytes](benchmark::State& s) { check_and_write(s, bytes); })
          ->Unit(benchmark::kMillisecond);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
