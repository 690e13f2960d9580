#include "staged_device.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>

#include "core/output_file.h"

namespace pw::render {
namespace {

class StagedFile {
  Q_DECLARE_TR_FUNCTIONS(StagedFile)
};

}  // namespace

StagedFileDevice::StagedFileDevice(const std::string& path)
    : m_path(path), m_staging({path}), m_file(m_staging.create(path)) {
  open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 StagedFileDevice::writeData(const char* data, qint64 size) {
  if (m_error) return -1;
  try {
    m_file.write(std::string_view(data, static_cast<std::size_t>(size)));
  } catch (const Error& e) {
    m_error = e;  // Qt's writers may not look at the result: commit() will
    setErrorString(QString::fromStdString(e.what()));
    return -1;
  }
  return size;
}

void StagedFileDevice::fail(const QString& reason) {
  if (m_error) return;
  try {
    throwWriteFailed(m_path, reason.toStdString());
  } catch (const Error& e) {
    m_error = e;
  }
}

void StagedFileDevice::commit() {
  close();
  if (m_error) throw *m_error;
  m_file.close();
  m_staging.commit();
}

void savePng(const QImage& image, const std::string& path) {
  StagedFileDevice file(path);
  QImageWriter writer(&file, "png");
  if (image.isNull() || !writer.write(image)) {
    file.fail(StagedFile::tr("the image cannot be encoded as PNG (%1)").arg(writer.errorString()));
  }
  file.commit();
}

}  // namespace pw::render
