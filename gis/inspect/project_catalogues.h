#pragma once
// The catalogues a project uses (project_meta defect_catalogue / misconnection_catalogue; CJJ 181-2012 and
// T/CECS 758-2020 unless the project names others).
#include "inspect/catalogue.h"

namespace pw {

class Project;

struct ProjectCatalogues {
  DefectCatalogue defects;
  MisconnectionCatalogue misconnections;
};

ProjectCatalogues loadProjectCatalogues(Project& project);

constexpr const char* kDefaultDefectCatalogue = "cjj181-2012";
constexpr const char* kDefaultMisconnectionCatalogue = "tcecs758-2020";

}  // namespace pw
