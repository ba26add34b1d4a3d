# Runs the gkcheck CLI and checks its exit status (and, optionally, that stderr and stdout
# match regular expressions). Used by tests/CMakeLists.txt:
#   cmake -DGKCHECK=... -DARGS="a|b" -DEXPECTED_STATUS=N [-DEXPECTED_STDERR=regex]
#         [-DEXPECTED_STDOUT=regex] -P run_cli.cmake
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${GKCHECK} ${ARGS}
                RESULT_VARIABLE status
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT "${status}" STREQUAL "${EXPECTED_STATUS}")
  message(FATAL_ERROR "gkcheck ${ARGS}: exit status ${status}, expected ${EXPECTED_STATUS}\n"
                      "stdout:\n${out}\nstderr:\n${err}")
endif()
if(EXPECTED_STDERR AND NOT err MATCHES "${EXPECTED_STDERR}")
  message(FATAL_ERROR "gkcheck ${ARGS}: stderr does not match '${EXPECTED_STDERR}':\n${err}")
endif()
if(EXPECTED_STDOUT AND NOT out MATCHES "${EXPECTED_STDOUT}")
  message(FATAL_ERROR "gkcheck ${ARGS}: stdout does not match '${EXPECTED_STDOUT}':\n${out}")
endif()
message(STATUS "gkcheck ${ARGS}: exit status ${status} as expected")
