#include "rules/attachment_checks.h"

#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/open_databases.h"
#include "io/image_check.h"
#include "rules/limits.h"

namespace pw {
namespace {

constexpr std::size_t kHead = 64;       // enough bytes to tell the type
constexpr std::size_t kPdfTail = 1024;  // a PDF's %%EOF lies in its last kilobyte

std::int64_t limitOf(AttachmentKind kind) {
  return kind == AttachmentKind::Photo ? limits().photoMaxBytes : limits().evidenceMaxBytes;
}

std::string megabytes(std::int64_t bytes) { return formatNumber(static_cast<double>(bytes) / (1024.0 * 1024.0), 1); }

void requireSize(std::int64_t size, const std::string& name, AttachmentKind kind, const std::string& field) {
  if (size > limitOf(kind)) {
    throwBadInput(
        kind == AttachmentKind::Photo
            ? PW_TR("%1 has %2 bytes; a photo may have at most %3 MB (schemas/catalogues/limits.json)")
            : PW_TR("%1 has %2 bytes; an evidence file may have at most %3 MB (schemas/catalogues/limits.json)"),
        {name, std::to_string(size), megabytes(limitOf(kind))},
        {.file = name, .field = field, .value = std::to_string(size)});
  }
  if (size == 0) throwBadInput(PW_TR("%1 is empty"), {name}, {.file = name, .field = field});
}

std::string requireType(const std::string& head, const std::string& name, AttachmentKind kind,
                        const std::string& field) {
  const std::string mime = kind == AttachmentKind::Photo ? imageMimeType(head) : evidenceMimeType(head);
  if (mime.empty()) {
    throwBadInput(kind == AttachmentKind::Photo ? PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)")
                                                : PW_TR("%1 is not a photo or a PDF document"),
                  {name}, {.file = name, .field = field});
  }
  return mime;
}

void requirePdfEnd(const std::string& tail, const std::string& name, const std::string& field) {
  if (tail.find("%%EOF") == std::string::npos) {
    throwBadInput(PW_TR("%1 is not a complete PDF document (it does not end with %%EOF); it may have been cut short "
                        "while copying"),
                  {name}, {.file = name, .field = field});
  }
}

void requireImage(const std::optional<Message>& fault, const std::string& name, const std::string& field) {
  if (fault) throwBadInput(fault->text, fault->args, {.file = name, .field = field});
}

}  // namespace

CheckedAttachment checkAttachmentFile(const std::string& path, AttachmentKind kind, const std::string& field) {
  refuseOpenDatabase(path);  // a stream closed on a project file would drop SQLite's locks on it
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw Error(ErrorKind::NotFound, PW_TR("The file %1 does not exist"), {path}, {.file = path, .field = field});
  }
  CheckedAttachment c;
  c.size = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
  requireSize(c.size, path, kind, field);
  std::ifstream in(path, std::ios::binary);
  std::string head(kHead, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  c.mime = requireType(head, path, kind, field);
  if (c.mime == "application/pdf") {
    const auto tailSize = std::min<std::int64_t>(c.size, kPdfTail);
    std::string tail(static_cast<std::size_t>(tailSize), '\0');
    in.clear();
    in.seekg(c.size - tailSize);
    in.read(tail.data(), tailSize);
    requirePdfEnd(tail, path, field);
  } else {
    requireImage(imageFault(path, c.mime, path, limits().imageMaxPixels), path, field);
  }
  return c;
}

CheckedAttachment checkAttachmentBytes(const std::string& bytes, const std::string& name, AttachmentKind kind,
                                       const std::string& field) {
  CheckedAttachment c;
  c.size = static_cast<std::int64_t>(bytes.size());
  requireSize(c.size, name, kind, field);
  c.mime = requireType(bytes.substr(0, kHead), name, kind, field);
  if (c.mime == "application/pdf") {
    requirePdfEnd(bytes.substr(bytes.size() - std::min(bytes.size(), kPdfTail)), name, field);
  } else {
    requireImage(imageBytesFault(bytes, c.mime, name, limits().imageMaxPixels), name, field);
  }
  return c;
}

}  // namespace pw
