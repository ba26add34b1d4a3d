// Under LeakSanitizer (the ASan run of scripts/test.sh), the leak poppler's first document
// leaves in fontconfig, whose configuration poppler loads once and never frees: not ours,
// 288 bytes once a process. Only the tests read PDFs in their own process; the CLI reads
// them in a child that ends with _exit, where no leak check runs.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
