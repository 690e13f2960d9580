# Compile flags for PipeWard's own targets only (never for third-party code), GEOS style: an INTERFACE target that
# every project target links privately.
add_library(pw_flags INTERFACE)
target_compile_options(pw_flags INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wmissing-declarations
    -Wno-missing-field-initializers>)
# (designated initialisers that leave members at their defaults are intended, so that warning is off)
if(PW_WARNINGS_AS_ERRORS)
  target_compile_options(pw_flags INTERFACE -Werror)
endif()
if(PW_SANITIZE)
  target_compile_options(pw_flags INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(pw_flags INTERFACE -fsanitize=address,undefined)
endif()
if(PW_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "PW_FUZZ needs clang (libFuzzer): use the fuzz preset")
  endif()
  # Coverage for libFuzzer in every project target; the fuzz binaries link the fuzzer's main (tests/fuzz).
  target_compile_options(pw_flags INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(pw_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
# GEOS only through its reentrant API; Qt without implicit string casts (Tiled's cheap hygiene).
target_compile_definitions(pw_flags INTERFACE GEOS_USE_ONLY_R_API
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)
