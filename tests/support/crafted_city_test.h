#pragma once
// The fixture of tests that record findings and orders on a crafted city: the project in a temporary folder, the
// catalogues, and the stores the test works through. The test sets the clock (PIPEWARD_NOW); it is cleared after.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/tempdir.h"
#include "crafted_city.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "orders/orders.h"
#include "store/project.h"

namespace pw::test {

class CraftedCityTest : public ::testing::Test {
protected:
  TempDir dir;
  std::unique_ptr<Project> project;
  ProjectCatalogues catalogues{DefectCatalogue::loadById("cjj181-2012"),
                               MisconnectionCatalogue::loadById("tcecs758-2020")};
  std::unique_ptr<FindingsStore> findings;
  std::unique_ptr<OrderStore> orders;
  std::map<std::string, std::int64_t> district;  ///< code -> id

  /// Imports `city` into the project `projectFile` of the test's folder, adds `users` (as admin) and opens the
  /// findings and order stores on it.
  void importCity(const CraftedCity& city, const std::vector<CraftedUser>& users,
                  const std::string& projectFile = "p.sqlite") {
    auto imported = importCraftedCity(dir.path(), city, projectFile);
    project = std::move(imported.project);
    district = std::move(imported.districts);
    addUsers(*project, users);
    findings = std::make_unique<FindingsStore>(*project, catalogues.defects, catalogues.misconnections);
    orders = std::make_unique<OrderStore>(*project, catalogues);
  }

  void TearDown() override { unsetenv("PIPEWARD_NOW"); }
};

}  // namespace pw::test
