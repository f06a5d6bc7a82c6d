# Runs one libFuzzer target for a bounded time (ctest, label fuzz):
#   cmake -DFUZZER=path -DSEEDS=dir -DWORK=dir -DSECONDS=20 -P RunFuzzer.cmake
# The committed seeds in SEEDS are only read; what the fuzzer finds goes to WORK (build tree).
# Fails when the target crashes, leaks, hangs on one input or trips a sanitizer; the input
# that did it is saved beside WORK as crash-*, leak-* or timeout-* and named in the output.
foreach(variable FUZZER SEEDS WORK SECONDS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "RunFuzzer.cmake: ${variable} is not set")
    endif()
endforeach()
file(MAKE_DIRECTORY ${WORK})
# SUPPRESSIONS (optional): LeakSanitizer suppressions for a library that is not ours; its leaks are
# told apart by the library's function in the allocation's stack, so malloc stacks are unwound
# in full (slower, but a fast unwind stops in the uninstrumented library).
if(DEFINED SUPPRESSIONS)
    set(ENV{LSAN_OPTIONS} "suppressions=${SUPPRESSIONS}")
    set(ENV{ASAN_OPTIONS} "fast_unwind_on_malloc=0")
endif()
execute_process(
    COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048
            -print_final_stats=1 -artifact_prefix=${WORK}- ${WORK} ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a failing input (exit ${result}): see above")
endif()
