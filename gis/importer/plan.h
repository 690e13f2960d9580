#pragma once
// Planning an import: what a source holds, which role it plays, which profile maps its fields, which encoding and
// CRS apply. Nothing is written; the import wizard shows a plan, lets the user adjust it, then runs it.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/profile.h"
#include "io/source.h"

namespace pw {

class Project;

struct ImportOptions {
  std::optional<Role> role;       ///< --as; detected from the geometry when empty
  std::string profile;            ///< profile name or .json path; detected from field names when empty
  std::string encoding;           ///< --encoding
  std::optional<int> assumeEpsg;  ///< --assume-crs
  double endTolerance = 1.0;      ///< metres between a pipe end and its manhole before it is reported
  std::string user;               ///< who imports (attribution)
};

struct ImportPlan {
  std::string path;
  Role role = Role::Pipes;
  Message roleReason;
  std::shared_ptr<VectorSource> source;
  Profile profile;
  Message profileReason;
  std::map<std::string, int> bound;  ///< canonical field -> source field index (the wizard may change it)
  ImportOptions options;

  const LayerMapping& mapping() const { return profile.layers.at(role); }
  /// Source field name bound to a canonical field, or empty.
  std::string sourceField(const std::string& canonical) const;
};

/// Plans one source. `crsHint` is the project CRS (or that of a source planned before), used to recognise
/// Gauss-Kruger coordinates without zone prefix. Throws Error(BadInput) for anything that makes it unusable.
ImportPlan planImport(const std::string& path, const ImportOptions& options, int crsHint);

/// Plans several sources in order, each hinted by the project CRS or by the CRS found for the ones before.
std::vector<ImportPlan> planImports(const std::vector<std::string>& paths, const ImportOptions& options,
                                    int projectEpsg);

/// Chooses a profile for the role and field names: the named one, or the best-matching usable one.
/// Throws Error(BadInput) listing the fields found and what each profile lacks when none fits.
void chooseProfile(ImportPlan& plan, const std::vector<Profile>& profiles);

/// Checks that a (possibly user-edited) binding has every required field. Throws Error(BadInput) otherwise.
void validateBinding(const ImportPlan& plan);

}  // namespace pw
