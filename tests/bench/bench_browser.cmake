# bench_browser: the lineage browser on a generated 1,000,000-record project
# (open < 1 s, find a subject's records < 20 ms). Label bench.
add_executable(bench_browser ${CMAKE_CURRENT_LIST_DIR}/bench_browser.cpp)
target_link_libraries(bench_browser PRIVATE lethe_ui lethe_strict)
add_test(NAME bench_browser COMMAND bench_browser --records 1000000 --runs 7)
set_tests_properties(bench_browser PROPERTIES LABELS bench TIMEOUT 1200
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OMP_NUM_THREADS=2")
