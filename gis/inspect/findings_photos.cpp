// FindingsStore: photos, stored once by content (SHA-256) inside the project file.
#include <cstdio>

#include "core/clock.h"
#include "core/error.h"
#include "inspect/findings.h"
#include "rules/attachment_checks.h"
#include "store/attachments.h"
#include "store/project.h"

namespace pw {

std::int64_t FindingsStore::addPhoto(const std::string& bytes, const std::string& originalName,
                                     const std::string& user) {
  requireCreate(user, std::nullopt);
  const auto checked = checkAttachmentBytes(bytes, originalName, AttachmentKind::Photo, "photo");
  return storeAttachment(m_project.db(), bytes, checked.mime, originalName, user);
}

std::int64_t FindingsStore::addPhotoFile(const std::string& path, const std::string& originalName,
                                         const std::string& user) {
  requireCreate(user, std::nullopt);
  const auto checked = checkAttachmentFile(path, AttachmentKind::Photo, "photo");
  return storeAttachmentFile(m_project.db(), path, checked, originalName, user);
}

void FindingsStore::linkPhoto(const std::string& entity, std::int64_t entityId, std::int64_t attachmentId,
                              const std::string& user) {
  auto& db = m_project.db();
  auto st = db.prepare(
      "INSERT OR IGNORE INTO attachment_links (entity, entity_id, attachment_id, position) VALUES (?, ?, ?, "
      "(SELECT count(*) FROM attachment_links WHERE entity = ?1 AND entity_id = ?2))");
  st.bind(1, entity).bind(2, entityId).bind(3, attachmentId).run();
  if (db.changes() > 0)
    audit(user, entity, entityId, "update", {}, R"({"photo_added":)" + std::to_string(attachmentId) + "}");
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
  return readAttachment(m_project.db(), attachmentId);
}

}  // namespace pw
