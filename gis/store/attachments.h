#pragma once
// Photos and documents kept inside the project, content-addressed: the same bytes are stored once whatever links
// to them (findings, order evidence).
#include <cstdint>
#include <string>
#include <utility>

namespace pw {

namespace sql {
class Database;
}

/// The MIME type of image bytes PipeWard keeps (JPEG, PNG, GIF, BMP, TIFF, WebP), or empty.
std::string imageMimeType(const std::string& bytes);
/// Images and PDF documents (signed records), or empty.
std::string evidenceMimeType(const std::string& bytes);

/// Stores the bytes once (by SHA-256) with their MIME type and returns the attachment id.
std::int64_t storeAttachment(sql::Database& db, const std::string& bytes, const std::string& mime,
                             const std::string& originalName, const std::string& user);
/// The bytes and MIME type of an attachment (NotFound when there is none).
std::pair<std::string, std::string> readAttachment(sql::Database& db, std::int64_t attachmentId);

}  // namespace pw
