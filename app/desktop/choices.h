#pragma once
// Choices several dialogs and panels offer alike: the project's districts, and the report periods a district office
// asks for.
#include <QDate>
#include <QStringList>

class QComboBox;

namespace pw::desktop {

class ProjectDocument;

/// What a district item carries as its data: its database id, its name, or its code (its name when it has none).
enum class DistrictKey { Id, Name, Code };

/// Appends the open project's districts (by code) to `box`; nothing when no project is open.
void addDistricts(QComboBox* box, ProjectDocument* document, DistrictKey key);

/// This and last month, this and last quarter, this and last year, relative to the project's today (its time zone;
/// PIPEWARD_NOW honoured), as parsePeriod reads them.
QStringList periodChoices(ProjectDocument* document);
/// Today in the open project's time zone (the default zone when none is open).
QDate projectToday(ProjectDocument* document);

}  // namespace pw::desktop
