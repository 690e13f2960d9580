#pragma once
// What the finding commands (inspection, defect, misconnection: add | list | edit | delete) share: the project and
// stores they work on, the record named on the command line, the version the user read, and photos to attach.
#include <cstdint>
#include <optional>
#include <string>

#include <QString>
#include <nlohmann/json.hpp>

#include "args.h"

namespace pw {
class FindingsStore;
class Project;
struct ProjectCatalogues;
}  // namespace pw

namespace pw::cli {

struct FindingsContext {
  const ParsedArgs& a;
  Project& project;
  const ProjectCatalogues& catalogues;
  FindingsStore& store;
  std::string user;
  bool json = false;

  /// Prints the text, or the document with --json.
  int done(const QString& text, const nlohmann::json& doc) const;
};

std::optional<std::string> opt(const ParsedArgs& a, const char* name);
/// The version the user read (--version), else the stored one: a stale one makes the core refuse with a conflict.
std::int64_t versionSeen(const ParsedArgs& a, std::int64_t stored);
/// The record's id, the fourth argument.
std::int64_t recordId(const ParsedArgs& a);
/// Stores and links the --photo files to the record (NotFound naming a missing file).
void attachPhotos(FindingsStore& store, const ParsedArgs& a, const std::string& entity, std::int64_t id,
                  const std::string& user);

/// The commands by record kind (cmd_inspections.cpp, cmd_defects.cpp, cmd_misconnections.cpp).
int inspectionCommand(const FindingsContext& c, const std::string& action);
int defectCommand(const FindingsContext& c, const std::string& action);
int misconnectionCommand(const FindingsContext& c, const std::string& action);

}  // namespace pw::cli
