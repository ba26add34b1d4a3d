// The Catch2 runner for gkcheck_tests; the test cases live in one file per topic.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
