#include "edit_commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoCommand>
#include <type_traits>

#include "core/error.h"
#include "core/paths.h"
#include "i18n.h"
#include "project_document.h"
#include "store/project.h"

namespace pw::desktop {
namespace {

QString trc(const char* text) { return QCoreApplication::translate("pw::desktop::EditCommands", text); }

// How each kind of finding is read and written; the commands below are written once for both.
struct DefectKind {
  using Record = DefectRecord;
  static constexpr const char* entity = "defect";
  static Record get(FindingsStore& s, std::int64_t id) {
    auto r = s.defect(id);
    if (!r) throw Error(ErrorKind::NotFound, PW_TR("There is no defect %1"), {std::to_string(id)});
    return *r;
  }
  static std::int64_t add(FindingsStore& s, const Record& r, const std::string& u) { return s.addDefect(r, u); }
  static void update(FindingsStore& s, const Record& r, const std::string& u) { s.updateDefect(r, u); }
  static void remove(FindingsStore& s, std::int64_t id, std::int64_t v, const std::string& u) {
    s.deleteDefect(id, v, u);
  }
};

struct MisconnectionKind {
  using Record = MisconnectionRecord;
  static constexpr const char* entity = "misconnection";
  static Record get(FindingsStore& s, std::int64_t id) {
    auto r = s.misconnection(id);
    if (!r) throw Error(ErrorKind::NotFound, PW_TR("There is no misconnection point %1"), {std::to_string(id)});
    return *r;
  }
  static std::int64_t add(FindingsStore& s, const Record& r, const std::string& u) { return s.addMisconnection(r, u); }
  static void update(FindingsStore& s, const Record& r, const std::string& u) { s.updateMisconnection(r, u); }
  static void remove(FindingsStore& s, std::int64_t id, std::int64_t v, const std::string& u) {
    s.deleteMisconnection(id, v, u);
  }
};

/// A finished edit on the undo stack: the push does not repeat it; undo and redo run in one transaction each, and a
/// step the store refuses drops the command with a message.
class FindingsCommand : public QUndoCommand {
public:
  FindingsCommand(ProjectDocument& document, const QString& text) : QUndoCommand(text), m_document(document) {}

  /// Performs the edit in one transaction (throws pw::Error, changing nothing).
  void run(bool forward) {
    auto& store = m_document.findings();
    const std::string user = m_document.userName().toStdString();
    m_document.project().inTransaction([&] { forward ? apply(store, user) : revert(store, user); });
    m_document.findingsChanged();
  }
  void redo() override {
    if (!m_pushed) {
      m_pushed = true;
      return;
    }
    step(true);
  }
  void undo() override { step(false); }

protected:
  virtual void apply(FindingsStore& store, const std::string& user) = 0;
  virtual void revert(FindingsStore& store, const std::string& user) = 0;

private:
  void step(bool forward) {
    try {
      run(forward);
    } catch (const Error& e) {
      setObsolete(true);
      emit m_document.editRefused(i18n::errorText(e));
    }
  }

  ProjectDocument& m_document;
  bool m_pushed = false;
};

template <class Kind>
class AddCommand : public FindingsCommand {
public:
  using Record = typename Kind::Record;
  AddCommand(ProjectDocument& document, const QString& text, Record record, std::vector<QString> photos,
             std::optional<InspectionRecord> newInspection = {})
      : FindingsCommand(document, text),
        m_record(std::move(record)),
        m_photoPaths(std::move(photos)),
        m_newInspection(std::move(newInspection)) {}
  std::int64_t recordId() const { return m_record.id; }

protected:
  void apply(FindingsStore& store, const std::string& user) override {
    if constexpr (std::is_same_v<Record, DefectRecord>) {
      if (m_newInspection) {
        m_newInspection->id = store.addInspection(*m_newInspection, user);  // the same id again on redo
        m_record.inspectionId = m_newInspection->id;
      }
    }
    m_record.id = Kind::add(store, m_record, user);
    if (m_photoIds.empty()) {
      for (const auto& path : m_photoPaths) {
        m_photoIds.push_back(store.addPhotoFile(path.toStdString(), QFileInfo(path).fileName().toStdString(), user));
      }
    }
    for (const auto photo : m_photoIds) store.linkPhoto(Kind::entity, m_record.id, photo, user);
    m_version = Kind::get(store, m_record.id).version;
  }
  void revert(FindingsStore& store, const std::string& user) override {
    Kind::remove(store, m_record.id, m_version, user);
    if constexpr (std::is_same_v<Record, DefectRecord>) {
      if (m_newInspection) {
        const auto inspection = store.inspection(m_newInspection->id);
        if (inspection) store.deleteInspection(inspection->id, inspection->version, user);
      }
    }
  }

private:
  Record m_record;
  std::vector<QString> m_photoPaths;
  std::optional<InspectionRecord> m_newInspection;
  std::vector<std::int64_t> m_photoIds;
  std::int64_t m_version = 0;
};

template <class Kind>
class EditCommand : public FindingsCommand {
public:
  using Record = typename Kind::Record;
  EditCommand(ProjectDocument& document, const QString& text, Record before, Record after)
      : FindingsCommand(document, text),
        m_before(std::move(before)),
        m_after(std::move(after)),
        m_version(m_after.version) {}

protected:
  void apply(FindingsStore& store, const std::string& user) override { write(store, m_after, user); }
  void revert(FindingsStore& store, const std::string& user) override { write(store, m_before, user); }

private:
  void write(FindingsStore& store, Record r, const std::string& user) {
    r.version = m_version;  // as this command last left it: a change by someone else in between is a conflict
    Kind::update(store, r, user);
    m_version = Kind::get(store, r.id).version;
  }
  Record m_before;
  Record m_after;
  std::int64_t m_version;
};

template <class Kind>
class DeleteCommand : public FindingsCommand {
public:
  using Record = typename Kind::Record;
  DeleteCommand(ProjectDocument& document, const QString& text, Record before, std::vector<std::int64_t> photos)
      : FindingsCommand(document, text),
        m_before(std::move(before)),
        m_photoIds(std::move(photos)),
        m_version(m_before.version) {}

protected:
  void apply(FindingsStore& store, const std::string& user) override {
    Kind::remove(store, m_before.id, m_version, user);
  }
  void revert(FindingsStore& store, const std::string& user) override {
    Kind::add(store, m_before, user);  // keeps its id
    for (const auto photo : m_photoIds) store.linkPhoto(Kind::entity, m_before.id, photo, user);
    m_version = Kind::get(store, m_before.id).version;
  }

private:
  Record m_before;
  std::vector<std::int64_t> m_photoIds;
  std::int64_t m_version;
};

/// Runs a new command's edit and, when it succeeds, pushes it (the stack owns it from then on).
template <class Command>
Command* runAndPush(ProjectDocument& document, std::unique_ptr<Command> command) {
  command->run(true);
  auto* raw = command.release();
  document.undoStack()->push(raw);
  return raw;
}

template <class Kind>
void editRecord(ProjectDocument& document, const typename Kind::Record& after, const char* text) {
  auto before = Kind::get(document.findings(), after.id);
  runAndPush(document, std::make_unique<EditCommand<Kind>>(document, trc(text), std::move(before), after));
}

template <class Kind>
void deleteRecord(ProjectDocument& document, std::int64_t id, const char* text) {
  auto& store = document.findings();
  auto before = Kind::get(store, id);
  auto photos = store.photosOf(Kind::entity, id);
  runAndPush(document,
             std::make_unique<DeleteCommand<Kind>>(document, trc(text), std::move(before), std::move(photos)));
}

}  // namespace

std::int64_t addDefect(ProjectDocument& document, const DefectDraft& draft) {
  auto command = std::make_unique<AddCommand<DefectKind>>(
      document, trc(QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Add defect %1")).arg(i18n::qs(draft.defect.code)),
      draft.defect, draft.photos, draft.newInspection);
  return runAndPush(document, std::move(command))->recordId();
}

void editDefect(ProjectDocument& document, const DefectRecord& after) {
  editRecord<DefectKind>(document, after, QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Edit defect"));
}

void deleteDefect(ProjectDocument& document, std::int64_t id) {
  deleteRecord<DefectKind>(document, id, QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Delete defect"));
}

std::int64_t addMisconnection(ProjectDocument& document, const MisconnectionDraft& draft) {
  auto command = std::make_unique<AddCommand<MisconnectionKind>>(
      document, trc(QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Add misconnection point")), draft.record,
      draft.photos);
  return runAndPush(document, std::move(command))->recordId();
}

void editMisconnection(ProjectDocument& document, const MisconnectionRecord& after) {
  editRecord<MisconnectionKind>(document, after,
                                QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Edit misconnection point"));
}

void deleteMisconnection(ProjectDocument& document, std::int64_t id) {
  deleteRecord<MisconnectionKind>(document, id,
                                  QT_TRANSLATE_NOOP("pw::desktop::EditCommands", "Delete misconnection point"));
}

}  // namespace pw::desktop
