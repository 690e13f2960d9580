#pragma once
// Photos and documents kept inside the project, content-addressed: the same bytes are stored once whatever links
// to them (findings, order evidence). Every file is checked before it is kept (rules/attachment_checks.h): its size
// against schemas/catalogues/limits.json, its type from its bytes, an image by decoding it whole, a PDF by its end.
// A file is read in pieces and written into the project in pieces, never held in memory whole.
#include <cstdint>
#include <string>
#include <utility>

namespace pw {

class Project;
namespace sql {
class Database;
}

/// The MIME type of image bytes PipeWard keeps (JPEG, PNG, GIF, BMP, TIFF, WebP), or empty.
std::string imageMimeType(const std::string& bytes);
/// Images and PDF documents (signed records), or empty.
std::string evidenceMimeType(const std::string& bytes);

/// What a file is kept as: a photo of a finding, or evidence of an order step (a photo or a PDF).
enum class AttachmentKind { Photo, Evidence };

/// A file that passed the checks (rules/attachment_checks.h).
struct CheckedAttachment {
  std::string mime;
  std::int64_t size = 0;
};

/// Stores the bytes once (by SHA-256) with their MIME type and returns the attachment id.
std::int64_t storeAttachment(sql::Database& db, const std::string& bytes, const std::string& mime,
                             const std::string& originalName, const std::string& user);
/// Stores a checked file once (by SHA-256), streaming it from disk into the project. Throws BadInput when the file
/// changed since it was checked. Returns the attachment id.
std::int64_t storeAttachmentFile(sql::Database& db, const std::string& path, const CheckedAttachment& file,
                                 const std::string& originalName, const std::string& user);
/// The bytes and MIME type of an attachment (NotFound when there is none).
std::pair<std::string, std::string> readAttachment(sql::Database& db, std::int64_t attachmentId);
std::pair<std::string, std::string> readAttachment(Project& project, std::int64_t attachmentId);

}  // namespace pw
