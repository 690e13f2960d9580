#pragma once
// What the fuzz targets share. A target feeds one input to the code under test; the code may refuse the input with
// pw::Error (bad input, not found, not permitted): that is the expected outcome for garbage. Anything else is a
// finding, and the target aborts so that libFuzzer (or the corpus replay in ctest) reports it: another exception
// (the CLI would say "Internal error", exit 3), pw::Error of kind Internal, a broken invariant, or what the
// sanitizers see.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "core/error.h"

/// The entry point every target defines, for libFuzzer or for the corpus replay (replay_main.cpp).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace pw::fuzz {

/// The input as text.
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Reports a finding on stderr and aborts.
[[noreturn]] void finding(const char* kind, const char* what);

/// Aborts naming `what` when `condition` is false.
inline void require(bool condition, const char* what) {
  if (!condition) finding("broken invariant", what);
}

/// Runs `body`; pw::Error other than Internal is an accepted refusal, anything else aborts naming it.
template <class F>
void refusalsOnly(F&& body) {
  try {
    body();
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::Internal) finding("pw::Error of kind Internal", e.what());
  } catch (const std::exception& e) {
    finding("an exception other than pw::Error", e.what());
  }
}

/// A folder for the target's files, made once per process and removed at exit.
const std::string& workDir();

}  // namespace pw::fuzz
