#pragma once
// Qt's writers (QPdfWriter, QImageWriter) writing through the core's staged, checked files (core/staged_output.h):
// a QIODevice whose every write goes to the stand-in beside the destination and is checked; commit() reports the
// first failure, or syncs the file and moves it into place. The same rules, messages and fault injection as every
// other file PipeWard writes. QtGui only.
#include <optional>
#include <string>

#include <QIODevice>

#include "core/error.h"
#include "core/staged_output.h"

class QImage;

namespace pw::render {

class StagedFileDevice : public QIODevice {
public:
  /// Opens the stand-in of `path` for writing. Throws Error(BadInput) naming `path` when its folder cannot be written.
  explicit StagedFileDevice(const std::string& path);

  /// Marks the file as failed (a writer reported that it could not finish): commit() will throw with this reason.
  void fail(const QString& reason);
  /// Throws the first failure (a write, the writer's own), or syncs and closes the file and moves it into place.
  /// Without commit() nothing reaches the destination.
  void commit();

  bool isSequential() const override { return true; }

protected:
  qint64 readData(char*, qint64) override { return -1; }
  qint64 writeData(const char* data, qint64 size) override;

private:
  std::string m_path;
  StagedOutput m_staging;
  OutputFile m_file;
  std::optional<Error> m_error;
};

/// Saves the image as a PNG file, all or nothing. Throws Error(BadInput) naming the file when it cannot be written.
void savePng(const QImage& image, const std::string& path);

}  // namespace pw::render
