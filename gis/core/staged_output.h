#pragma once
// Where every file PipeWard writes for a user is made (exports, reports, images, evidence, profiles): in a hidden
// folder beside the destination, each file checked as it is written (core/output_file.h) or, when a library wrote it,
// checked by its writer; commit() syncs them to disk and only then renames them into place. A failure, a cancel or a
// killed process never leaves a half-written file at the destination, and an existing file there stays as it was
// until the new one is complete.
//
//   StagedOutput out({"/data/pipes.shp", "/data/pipes.dbf", "/data/pipes.fields.csv"}, {.overwrite = false});
//   gdalWritesTo(out.staged("/data/pipes.shp"));          // a library writes the stand-in
//   OutputFile sidecar = out.create("/data/pipes.fields.csv");
//   sidecar.write(text);
//   sidecar.close();
//   out.commit();                                         // everything in place, or an Error and nothing moved
#include <string>
#include <string_view>
#include <vector>

#include "core/output_file.h"

namespace pw {

struct StagedOutputOptions {
  bool overwrite = true;    ///< replace existing files of the set (once the new ones are complete)
  std::string projectPath;  ///< a project file that must never be overwritten by the output
};

class StagedOutput {
public:
  /// `setPaths`: every file that belongs to the output, the main file first, then the sidecars it may have. Throws
  /// Error(BadInput) when the folder does not exist or cannot be written, the output is a folder or the project
  /// itself, or (without `overwrite`) any file of the set exists already.
  explicit StagedOutput(std::vector<std::string> setPaths, StagedOutputOptions options = {});
  /// Removes the hidden folder and whatever is left in it.
  ~StagedOutput();
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;

  /// The main file (the first of the set).
  const std::string& path() const { return m_set.front(); }
  /// The temporary path standing for a final path of the set.
  std::string staged(const std::string& finalPath) const;
  /// A checked file at the stand-in of `finalPath`, whose messages name `finalPath`.
  OutputFile create(const std::string& finalPath) const;
  /// Syncs every staged file to disk, then moves them into place (the main file last), removes files of the set the
  /// new output did not write (an old .cpg, say) and the hidden folder, syncs the folder, and returns the final paths
  /// written, the main file first. Throws Error(BadInput) naming the file when a step fails; nothing has moved when a
  /// sync fails.
  std::vector<std::string> commit();

private:
  std::vector<std::string> m_set;
  std::string m_folder;
  std::string m_temp;
};

/// Writes `bytes` to `path` all or nothing through a StagedOutput: an existing file is replaced only when the new
/// one is complete on disk.
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace pw
