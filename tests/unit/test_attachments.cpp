// Photos and evidence before the project keeps them: the size limit, the type from the bytes, images decoded whole (a
// truncated PNG or JPEG is refused), a PDF cut short refused; files stored in pieces, once per content.
#include <filesystem>
#include <fstream>
#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/paths.h"
#include "core/sha256.h"
#include "core/tempdir.h"
#include "gdal/gdal.h"
#include "io/image_check.h"
#include "rules/attachment_checks.h"
#include "rules/limits.h"
#include "store/attachments.h"
#include "store/project.h"
#include "test_images.h"

namespace pw {
namespace {

using ::testing::HasSubstr;

void writeBytes(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

class Attachments : public ::testing::Test {
protected:
  TempDir dir;
  std::string file(const std::string& name) const { return dir.path() + "/" + name; }

  std::string refusedFile(const std::string& path, AttachmentKind kind, const std::string& fragment) {
    try {
      checkAttachmentFile(path, kind, "photo");
      ADD_FAILURE() << "accepted " << path;
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
      EXPECT_THAT(e.what(), HasSubstr(fragment));
      EXPECT_EQ(e.context().file, path);
      return e.context().field;
    }
    return {};
  }
};

}  // namespace

TEST_F(Attachments, CompleteImagesPassAndTruncatedOnesAreRefused) {
  for (const auto& [driver, name] :
       {std::pair{"PNG", "a.png"}, std::pair{"JPEG", "a.jpg"}, std::pair{"GTiff", "a.tif"}, std::pair{"GIF", "a.gif"},
        std::pair{"BMP", "a.bmp"}, std::pair{"WEBP", "a.webp"}}) {
    const std::string whole = test::writeTestImage(file(name), driver);
    EXPECT_FALSE(checkAttachmentFile(file(name), AttachmentKind::Photo, "photo").mime.empty()) << name;
    EXPECT_EQ(checkAttachmentBytes(whole, name, AttachmentKind::Photo, "photo").size,
              static_cast<std::int64_t>(whole.size()));
    // Cut to two thirds, as a failed copy from a phone leaves it.
    const std::string cut = file(std::string("cut-") + name);
    writeBytes(cut, whole.substr(0, whole.size() * 2 / 3));
    EXPECT_EQ(refusedFile(cut, AttachmentKind::Photo, "is not a complete image"), "photo") << name;
    EXPECT_THROW(checkAttachmentBytes(whole.substr(0, whole.size() * 2 / 3), name, AttachmentKind::Photo, "photo"),
                 Error);
  }
  // A PNG header before anything else is no photo either.
  writeBytes(file("fake.png"), std::string("\x89PNG\r\n\x1A\n", 8) + std::string(32, '\0'));
  refusedFile(file("fake.png"), AttachmentKind::Photo, "is not a complete image");
}

TEST_F(Attachments, EachFileIsOfItsKindAndWithinItsSizeLimit) {
  writeBytes(file("notes.txt"), "not a photo");
  refusedFile(file("notes.txt"), AttachmentKind::Photo, "is not a photo (JPEG");
  refusedFile(file("notes.txt"), AttachmentKind::Evidence, "is not a photo or a PDF document");
  writeBytes(file("record.pdf"), "%PDF-1.4\nsigned record\n%%EOF\n");
  refusedFile(file("record.pdf"), AttachmentKind::Photo, "is not a photo (JPEG");
  EXPECT_EQ(checkAttachmentFile(file("record.pdf"), AttachmentKind::Evidence, "evidence").mime, "application/pdf");
  writeBytes(file("cut.pdf"), "%PDF-1.4\nsigned rec");
  refusedFile(file("cut.pdf"), AttachmentKind::Evidence, "is not a complete PDF document");
  writeBytes(file("empty.png"), "");
  refusedFile(file("empty.png"), AttachmentKind::Photo, "is empty");
  // One byte over the limit, refused before anything is decoded (the file is sparse: it costs no disk).
  const std::string big = file("big.jpg");
  writeBytes(big, "\xFF\xD8\xFF");
  std::filesystem::resize_file(big, static_cast<std::uintmax_t>(limits().photoMaxBytes + 1));
  refusedFile(big, AttachmentKind::Photo, "has 31457281 bytes; a photo may have at most 30 MB");
  std::filesystem::resize_file(big, static_cast<std::uintmax_t>(limits().evidenceMaxBytes + 1));
  refusedFile(big, AttachmentKind::Evidence, "an evidence file may have at most 50 MB");
  EXPECT_THROW(checkAttachmentFile(file("missing.png"), AttachmentKind::Photo, "photo"), Error);
}

TEST_F(Attachments, AnImageWithMorePixelsThanTheLimitIsNotDecoded) {
  test::writeTestImage(file("a.png"), "PNG");
  const auto fault = imageFault(file("a.png"), "image/png", "a.png", 64 * 48 - 1);
  ASSERT_TRUE(fault);
  EXPECT_THAT(fault->english(), HasSubstr("a.png has 64 x 48 pixels, more than the 3071"));
  EXPECT_FALSE(imageFault(file("a.png"), "image/png", "a.png", 64 * 48));
}

TEST_F(Attachments, AFileIsStoredInPiecesOncePerContent) {
  auto project = Project::create(file("p.sqlite"), 4549);
  auto& db = project->db();
  const std::string bytes = test::writeTestImage(file("a.png"), "PNG");
  const auto checked = checkAttachmentFile(file("a.png"), AttachmentKind::Photo, "photo");
  const auto id = storeAttachmentFile(db, file("a.png"), checked, "a.png", "admin");
  EXPECT_EQ(readAttachment(db, id), std::make_pair(bytes, std::string("image/png")));
  EXPECT_EQ(db.scalarText("SELECT sha256 FROM attachments WHERE id = " + std::to_string(id)), sha256Hex(bytes));
  EXPECT_EQ(storeAttachmentFile(db, file("a.png"), checked, "copy.png", "admin"), id);
  EXPECT_EQ(storeAttachment(db, bytes, "image/png", "again.png", "admin"), id);
  // A file that changed after its check is refused and nothing is kept.
  test::writeTestImage(file("b.png"), "PNG", 1);
  auto stale = checkAttachmentFile(file("b.png"), AttachmentKind::Photo, "photo");
  stale.size += 10;
  EXPECT_THROW(storeAttachmentFile(db, file("b.png"), stale, "b.png", "admin"), Error);
  EXPECT_EQ(db.scalarInt("SELECT count(*) FROM attachments"), 1);
}

TEST(Sha256, PiecesGiveTheDigestOfTheWhole) {
  std::mt19937 random(7);
  std::string data(300000, '\0');
  for (auto& c : data) c = static_cast<char>(random());
  for (const std::size_t piece : {1u, 3u, 63u, 64u, 65u, 1000u, 65536u}) {
    Sha256 hash;
    for (std::size_t at = 0; at < data.size(); at += piece) hash.update(std::string_view(data).substr(at, piece));
    EXPECT_EQ(hash.hexDigest(), sha256Hex(data)) << piece;
  }
}

}  // namespace pw
