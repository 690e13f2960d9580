#pragma once
// A file written with every step checked: each write (short writes and interruptions retried), the sync to disk and
// the close. A failure throws Error(BadInput) "Cannot write FILE: reason" naming the file the user knows (the
// destination, when this is its stand-in beside it: core/staged_output.h). Honours the fault injection of
// core/write_fault.h.
#include <cstdint>
#include <string>
#include <string_view>

namespace pw {

class OutputFile {
public:
  /// Creates (or empties) `path` for writing; `reportAs` is the file messages name (`path` when empty).
  explicit OutputFile(std::string path, std::string reportAs = {});
  /// Closes without syncing: the file was abandoned and whoever staged it removes it.
  ~OutputFile();
  OutputFile(OutputFile&& other) noexcept;
  OutputFile& operator=(OutputFile&&) = delete;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Appends all the bytes.
  void write(std::string_view bytes);
  /// Syncs the file to disk and closes it.
  void close();

private:
  int m_fd = -1;
  std::string m_path;
  std::string m_reportAs;
};

/// Overwrites bytes of an existing file at `offset` (a field of a header another library wrote), checked likewise.
void patchFile(const std::string& path, std::uint64_t offset, std::string_view bytes, const std::string& reportAs);

/// Syncs an existing file (one a library wrote) to disk, so that a delayed write error surfaces here and not later.
void syncFile(const std::string& path, const std::string& reportAs);

/// Throws Error(BadInput) "Cannot write %1: %2" naming the file and the reason (errno's text, or a given reason).
[[noreturn]] void throwWriteFailed(const std::string& reportAs, int error);
[[noreturn]] void throwWriteFailed(const std::string& reportAs, const std::string& reason);

}  // namespace pw
