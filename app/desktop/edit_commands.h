#pragma once
// Undoable edits of findings. Each function performs the edit at once through the core's FindingsStore (validated,
// attributed to the document's user, audited, one transaction), throwing pw::Error and changing nothing when the
// edit is refused; then it pushes a command whose undo writes the inverse (a deleted record comes back with its id
// and photos). Undo and redo are checked against the record's version like any other edit: if someone else changed
// the record in the meantime the step is refused with a message and dropped from the stack.
#include <cstdint>

#include "findings_dialogs.h"

namespace pw::desktop {

class ProjectDocument;

std::int64_t addDefect(ProjectDocument& document, const DefectDraft& draft);
void editDefect(ProjectDocument& document, const DefectRecord& after);
void deleteDefect(ProjectDocument& document, std::int64_t id);

std::int64_t addMisconnection(ProjectDocument& document, const MisconnectionDraft& draft);
void editMisconnection(ProjectDocument& document, const MisconnectionRecord& after);
void deleteMisconnection(ProjectDocument& document, std::int64_t id);

}  // namespace pw::desktop
