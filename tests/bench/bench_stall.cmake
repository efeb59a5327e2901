# bench_stall: the longest event-loop stall while a SISA forget runs from the
# main window on the 10,000-image demo (target < 50 ms). Label bench.
add_executable(bench_stall ${CMAKE_CURRENT_LIST_DIR}/bench_stall.cpp)
target_link_libraries(bench_stall PRIVATE lethe_ui lethe_strict Qt6::Test)
add_test(NAME bench_stall COMMAND bench_stall --subset 10000)
set_tests_properties(bench_stall PROPERTIES LABELS bench TIMEOUT 1800
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;OMP_NUM_THREADS=2")
