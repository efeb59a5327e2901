# Audit-power benchmark (issue 11; plain C++ with torch, no Qt):
#   bench_power [--quick] [--subset N] [--canaries M] [--ks 0,4,8,...] [--json FILE]
# detection (no-op called fail) and false-fail (exact retrain called fail)
# rates of the per-subject verdicts on planted canary subjects and matched
# ordinary ones, per number K of reference models; docs/audit-power.md.
add_executable(bench_power ${CMAKE_CURRENT_LIST_DIR}/bench_power.cpp)
target_link_libraries(bench_power PRIVATE engine lethe_strict ${TORCH_LIBRARIES})
if(LETHE_WITH_TESTS)
  add_test(NAME bench_power_quick COMMAND bench_power --quick)
  set_tests_properties(bench_power_quick PROPERTIES LABELS bench TIMEOUT 900)
endif()
if(NOT LETHE_WITH_UI)
  return() # the GPU machines: no Qt, no plot
endif()
# The plot of docs/audit-power.md: QT_QPA_PLATFORM=offscreen plot_power RESULT.json OUT.png
add_executable(plot_power ${CMAKE_CURRENT_LIST_DIR}/plot_power.cpp)
target_link_libraries(plot_power PRIVATE Qt6::Widgets Qt6::PrintSupport QCustomPlotQt6::QCustomPlotQt6 lethe_strict)
target_include_directories(plot_power PRIVATE ${PROJECT_SOURCE_DIR}/ui)
