// FindingsStore: photos, stored once by content (SHA-256) inside the project file.
#include <cstdio>

#include "core/clock.h"
#include "core/error.h"
#include "core/sha256.h"
#include "inspect/findings.h"
#include "store/project.h"

namespace pw {

std::string imageMimeType(const std::string& b) {
  auto starts = [&](std::string_view magic, std::size_t at = 0) {
    return b.size() >= at + magic.size() && std::string_view(b).substr(at, magic.size()) == magic;
  };
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("\x89PNG\r\n\x1A\n")) return "image/png";
  if (starts("GIF87a") || starts("GIF89a")) return "image/gif";
  if (starts("BM") && b.size() > 26) return "image/bmp";
  if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4))) return "image/tiff";
  if (starts("RIFF") && starts("WEBP", 8)) return "image/webp";
  return {};
}

std::int64_t FindingsStore::addPhoto(const std::string& bytes, const std::string& originalName, const std::string& user) {
  requireCreate(user, std::nullopt);
  const std::string mime = imageMimeType(bytes);
  if (mime.empty()) {
    throwBadInput(PW_TR("%1 is not a photo (JPEG, PNG, GIF, BMP, TIFF or WebP)"), {originalName},
                  {.file = originalName, .field = "photo"});
  }
  const std::string sha = sha256Hex(bytes);
  auto& db = m_project.db();
  auto existing = db.prepare("SELECT id FROM attachments WHERE sha256 = ?");
  existing.bind(1, sha);
  if (existing.step()) return existing.int64(0);
  auto st = db.prepare(
      "INSERT INTO attachments (sha256, mime, size, original_name, data, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  st.bind(1, sha).bind(2, mime).bind(3, static_cast<std::int64_t>(bytes.size())).bind(4, originalName);
  st.bindBlob(5, std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
  st.bind(6, user).bind(7, nowIso()).run();
  return db.lastInsertRowid();
}

void FindingsStore::linkPhoto(const std::string& entity, std::int64_t entityId, std::int64_t attachmentId,
                              const std::string& user) {
  auto& db = m_project.db();
  auto st = db.prepare(
      "INSERT OR IGNORE INTO attachment_links (entity, entity_id, attachment_id, position) VALUES (?, ?, ?, "
      "(SELECT count(*) FROM attachment_links WHERE entity = ?1 AND entity_id = ?2))");
  st.bind(1, entity).bind(2, entityId).bind(3, attachmentId).run();
  if (db.changes() > 0) audit(user, entity, entityId, "update", {}, R"({"photo_added":)" + std::to_string(attachmentId) + "}");
}

std::vector<std::int64_t> FindingsStore::photosOf(const std::string& entity, std::int64_t entityId) {
  std::vector<std::int64_t> out;
  auto st = m_project.db().prepare(
      "SELECT attachment_id FROM attachment_links WHERE entity = ? AND entity_id = ? ORDER BY position");
  st.bind(1, entity).bind(2, entityId);
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

std::pair<std::string, std::string> FindingsStore::photo(std::int64_t attachmentId) {
  auto st = m_project.db().prepare("SELECT data, mime FROM attachments WHERE id = ?");
  st.bind(1, attachmentId);
  if (!st.step()) throw Error(ErrorKind::NotFound, PW_TR("There is no photo %1"), {std::to_string(attachmentId)});
  const auto data = st.blob(0);
  return {std::string(reinterpret_cast<const char*>(data.data()), data.size()), st.text(1)};
}

}  // namespace pw
