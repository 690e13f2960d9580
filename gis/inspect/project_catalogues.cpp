#include "inspect/project_catalogues.h"

#include "store/project.h"

namespace pw {

ProjectCatalogues loadProjectCatalogues(Project& project) {
  return {DefectCatalogue::loadById(project.meta("defect_catalogue").value_or(kDefaultDefectCatalogue)),
          MisconnectionCatalogue::loadById(
              project.meta("misconnection_catalogue").value_or(kDefaultMisconnectionCatalogue))};
}

}  // namespace pw
