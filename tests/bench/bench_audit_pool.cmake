# Audit and reference-pool benchmark (issue 5; plain C++ with torch, no Qt):
#   bench_audit_pool [--subset N] [--k K]
# audit cost (threshold attacks with intervals; with a pool: + LiRA / RMIA)
# against one forward pass, and the pool's cost against K trainings.
add_executable(bench_audit_pool ${CMAKE_CURRENT_LIST_DIR}/bench_audit_pool.cpp)
target_link_libraries(bench_audit_pool PRIVATE engine lethe_strict ${TORCH_LIBRARIES})
add_test(NAME bench_audit_pool COMMAND bench_audit_pool --subset 3000 --k 4)
set_tests_properties(bench_audit_pool PROPERTIES LABELS bench TIMEOUT 1800)
