#pragma once
// Where an export is written: a hidden folder beside the output, renamed into place only when every file is
// complete, so that a failure, a cancel or a killed process never leaves a half-written file at the output path.
#include <string>
#include <vector>

namespace pw {

class ExportStaging {
 public:
  /// `setPaths`: every file that belongs to the output (the main file first, then the sidecars it may have). Throws
  /// Error(BadInput) when the folder does not exist or cannot be written, the output is a folder or the project
  /// itself, or (without `overwrite`) any file of the set exists already.
  ExportStaging(std::vector<std::string> setPaths, bool overwrite, const std::string& projectPath);
  /// Removes the hidden folder and whatever is left in it.
  ~ExportStaging();
  ExportStaging(const ExportStaging&) = delete;
  ExportStaging& operator=(const ExportStaging&) = delete;

  /// The temporary path standing for a final path of the set.
  std::string staged(const std::string& finalPath) const;
  /// Moves the staged files into place (the main file last), removes files of the set the new export did not
  /// write (an old .cpg, say), and returns the final paths written, the main file first.
  std::vector<std::string> commit();

 private:
  std::vector<std::string> m_set;
  std::string m_folder;
  std::string m_temp;
};

}  // namespace pw
