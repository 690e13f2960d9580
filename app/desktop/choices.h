#pragma once
// Choices several dialogs and panels offer alike: the project's districts, and the report periods a district office
// asks for.
#include <QStringList>

class QComboBox;

namespace pw::desktop {

class ProjectDocument;

/// What a district item carries as its data: its database id, its name, or its code (its name when it has none).
enum class DistrictKey { Id, Name, Code };

/// Appends the open project's districts (by code) to `box`; nothing when no project is open.
void addDistricts(QComboBox* box, ProjectDocument* document, DistrictKey key);

/// This and last month, this and last quarter, this and last year, relative to today (PIPEWARD_NOW honoured), as
/// parsePeriod reads them.
QStringList periodChoices();

}  // namespace pw::desktop
