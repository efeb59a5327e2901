# One INTERFACE target carries the warnings and the Qt strictness flags that
# every Lethe target shares.
add_library(lethe_strict INTERFACE)
target_compile_options(lethe_strict INTERFACE -Wall -Wextra -Wno-unused-parameter)
target_compile_definitions(lethe_strict INTERFACE
  QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT)
