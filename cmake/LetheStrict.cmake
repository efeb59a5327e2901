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

# Sanitizers for Lethe's own code (the asan preset: address,undefined).
# LibTorch, Qt and SQLite are not instrumented; ASan still checks every
# access our code makes, also into their memory. UBSan stops at the first
# finding, so a clean run means none.
set(LETHE_SANITIZE "" CACHE STRING "Sanitizers for Lethe targets, e.g. address,undefined")
if(LETHE_SANITIZE)
  target_compile_options(lethe_strict INTERFACE -fsanitize=${LETHE_SANITIZE} -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(lethe_strict INTERFACE -fsanitize=${LETHE_SANITIZE})
endif()
