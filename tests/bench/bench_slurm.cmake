# Slurm executor against the local one (issue 14; needs slurm-wlm and munge):
#   bench_slurm [--subset N] [--k K]
add_executable(bench_slurm ${CMAKE_CURRENT_LIST_DIR}/bench_slurm.cpp)
target_link_libraries(bench_slurm PRIVATE engine lethe_strict Qt6::Core ${TORCH_LIBRARIES})
target_compile_definitions(bench_slurm PRIVATE LETHE_CLI_PATH="$<TARGET_FILE:lethe>")
add_dependencies(bench_slurm lethe)
add_test(NAME bench_slurm COMMAND bench_slurm --subset 3000 --k 8)
set_tests_properties(bench_slurm PROPERTIES LABELS bench TIMEOUT 3600)
