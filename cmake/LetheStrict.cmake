# One INTERFACE target carries the warnings and the Qt strictness flags that
# every Lethe target shares.
add_library(lethe_strict INTERFACE)
target_compile_options(lethe_strict INTERFACE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
# Warnings as errors: on in CI (scripts/test.sh), off by default so that a
# newer compiler's new warning does not stop a user's build.
option(LETHE_WERROR "Treat warnings as errors" OFF)
if(LETHE_WERROR)
  target_compile_options(lethe_strict INTERFACE -Werror)
endif()
target_compile_definitions(lethe_strict INTERFACE
  QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT)
