#include "store/attachments.h"

#include <fstream>
#include <span>

#include "core/clock.h"
#include "core/error.h"
#include "core/open_databases.h"
#include "core/sha256.h"
#include "store/project.h"
#include "store/sqlite.h"

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

std::string evidenceMimeType(const std::string& bytes) {
  if (auto image = imageMimeType(bytes); !image.empty()) return image;
  if (bytes.rfind("%PDF-", 0) == 0) return "application/pdf";
  return {};
}

std::int64_t storeAttachment(sql::Database& db, const std::string& bytes, const std::string& mime,
                             const std::string& originalName, const std::string& user) {
  const std::string sha = sha256Hex(bytes);
  auto existing = db.prepare("SELECT id FROM attachments WHERE sha256 = ?");
  existing.bind(1, sha);
  if (existing.step()) return existing.int64(0);
  auto st = db.prepare(
      "INSERT INTO attachments (sha256, mime, size, original_name, data, created_by, created_at) VALUES (?, ?, ?, ?, "
      "?, ?, ?)");
  st.bind(1, sha).bind(2, mime).bind(3, static_cast<std::int64_t>(bytes.size())).bind(4, originalName);
  st.bindBlobRef(5, std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));  // not copied
  st.bind(6, user).bind(7, nowIso()).run();
  return db.lastInsertRowid();
}

std::int64_t storeAttachmentFile(sql::Database& db, const std::string& path, const CheckedAttachment& file,
                                 const std::string& originalName, const std::string& user) {
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  std::string piece(kPiece, '\0');
  auto changed = [&] { throwBadInput(PW_TR("%1 changed while it was being read; try again"), {path}, {.file = path}); };
  // Each pass reads the file in pieces and hands them on: the hash, then the blob in the project.
  refuseOpenDatabase(path);  // a stream closed on a project file would drop SQLite's locks on it
  auto pass = [&](auto&& consume) {
    std::ifstream in(path, std::ios::binary);
    Sha256 hash;
    std::int64_t offset = 0;
    while (in) {
      in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
      const auto got = static_cast<std::int64_t>(in.gcount());
      if (got == 0) break;
      if (offset + got > file.size) changed();
      const std::string_view view(piece.data(), static_cast<std::size_t>(got));
      hash.update(view);
      consume(view, offset);
      offset += got;
    }
    if (offset != file.size) changed();
    return hash.hexDigest();
  };
  sql::TransactionIfNeeded scope(db);
  const std::string sha = pass([](std::string_view, std::int64_t) {});
  auto existing = db.prepare("SELECT id FROM attachments WHERE sha256 = ?");
  existing.bind(1, sha);
  if (existing.step()) return existing.int64(0);
  auto st = db.prepare(
      "INSERT INTO attachments (sha256, mime, size, original_name, data, created_by, created_at) "
      "VALUES (?, ?, ?, ?, zeroblob(?), ?, ?)");
  st.bind(1, sha).bind(2, file.mime).bind(3, file.size).bind(4, originalName).bind(5, file.size);
  st.bind(6, user).bind(7, nowIso()).run();
  const auto id = db.lastInsertRowid();
  {
    sql::BlobWriter blob(db, "attachments", "data", id);  // closed before the commit
    if (pass([&](std::string_view bytes, std::int64_t offset) { blob.write(bytes, offset); }) != sha) changed();
  }
  scope.commit();
  return id;
}

std::pair<std::string, std::string> readAttachment(Project& project, std::int64_t attachmentId) {
  return readAttachment(project.db(), attachmentId);
}

std::pair<std::string, std::string> readAttachment(sql::Database& db, std::int64_t attachmentId) {
  auto st = db.prepare("SELECT data, mime FROM attachments WHERE id = ?");
  st.bind(1, attachmentId);
  if (!st.step()) throw Error(ErrorKind::NotFound, PW_TR("There is no attachment %1"), {std::to_string(attachmentId)});
  const auto data = st.blob(0);
  return {std::string(reinterpret_cast<const char*>(data.data()), data.size()), st.text(1)};
}

}  // namespace pw
