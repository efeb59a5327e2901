# Engine benchmarks (plain C++ with torch; no Qt). Run one with
#   build/test/tests/bench/bench_engine sisa        (or: ctest --preset test -L bench)
add_executable(bench_engine ${CMAKE_CURRENT_LIST_DIR}/bench_engine.cpp)
target_link_libraries(bench_engine PRIVATE engine lethe_strict ${TORCH_LIBRARIES})
target_compile_definitions(bench_engine PRIVATE LETHE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
foreach(b sisa train-speed audit)
  add_test(NAME bench_engine_${b} COMMAND bench_engine ${b})
  set_tests_properties(bench_engine_${b} PROPERTIES LABELS bench TIMEOUT 1800)
endforeach()
# OpenBLAS vs the reference BLAS (the libblas.so.3 alternatives), one command.
add_test(NAME bench_blas COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/bench_blas.sh $<TARGET_FILE:bench_engine>)
set_tests_properties(bench_blas PROPERTIES LABELS bench TIMEOUT 600)
