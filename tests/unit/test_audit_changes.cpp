// The history of a record shows what each change changed, field by field.
#include <gtest/gtest.h>

#include "report/audit_changes.h"

using namespace pw;

namespace {
AuditEntry entry(const std::string& before, const std::string& after) {
  AuditEntry e;
  e.before = before;
  e.after = after;
  return e;
}
}  // namespace

TEST(AuditChanges, AnEditListsOnlyTheFieldsThatChanged) {
  const auto changes = changedFields(entry(R"({"grade":3,"code":"PL","distance_m":12.0,"version":1})",
                                           R"({"grade":4,"code":"PL","distance_m":12.5,"version":2})"));
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].field, "distance_m");  // nlohmann orders keys alphabetically
  EXPECT_EQ(changes[0].before, "12.0");
  EXPECT_EQ(changes[0].after, "12.5");
  EXPECT_EQ(changes[1].field, "grade");
  EXPECT_EQ(changes[1].before, "3");
  EXPECT_EQ(changes[1].after, "4");
}

TEST(AuditChanges, ACreationListsEveryFieldAndADeletionWhatWasThere) {
  const auto created = changedFields(entry("", R"({"assignee":"一队","state":"draft"})"));
  ASSERT_EQ(created.size(), 2u);
  EXPECT_EQ(created[0].field, "assignee");
  EXPECT_EQ(created[0].before, "");
  EXPECT_EQ(created[0].after, "一队");  // text without quotes
  const auto deleted = changedFields(entry(R"({"status":"confirmed"})", ""));
  ASSERT_EQ(deleted.size(), 1u);
  EXPECT_EQ(deleted[0].before, "confirmed");
  EXPECT_EQ(deleted[0].after, "");
}

TEST(AuditChanges, UnreadableJsonIsShownRawNotLost) {
  const auto changes = changedFields(entry("{broken", R"({"a":1})"));
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].field, "record");
  EXPECT_EQ(changes[0].before, "{broken");
}
