#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/tr.h"

namespace pw {

/// What went wrong, in the terms the edge needs to pick an exit code or a dialog.
enum class ErrorKind {
  BadInput,    ///< the user's data or arguments are wrong (CLI exit code 2)
  Conflict,    ///< someone else changed the record first (optimistic concurrency)
  Permission,  ///< the acting user may not do this
  NotFound,    ///< a named record or file does not exist
  Cancelled,   ///< the user cancelled a long operation
  Internal,    ///< a bug or a library failure (CLI exit code 3)
};

/// Where an error happened. Every field is optional; the CLI's --json output reports them as they are.
struct ErrorContext {
  std::string file;
  std::string layer;
  std::int64_t feature = -1;  ///< 1-based feature (record) number in the source, -1 if none
  std::string record;         ///< record id such as a pipe code
  std::string field;
  std::string value;
};

/// Replaces %1..%9 in an English or translated template by the arguments, as QString::arg does.
std::string formatMessage(std::string_view messageTemplate, const std::vector<std::string>& args);

/// The one exception type of the core. It keeps the untranslated template and its arguments apart so that the
/// edge can translate the message once; what() gives the English text.
class Error : public std::runtime_error {
public:
  Error(ErrorKind kind, const char* messageTemplate, std::vector<std::string> args = {}, ErrorContext context = {});

  ErrorKind kind() const noexcept { return m_kind; }
  const char* messageTemplate() const noexcept { return m_template; }
  const std::vector<std::string>& args() const noexcept { return m_args; }
  const ErrorContext& context() const noexcept { return m_context; }

private:
  ErrorKind m_kind;
  const char* m_template;
  std::vector<std::string> m_args;
  ErrorContext m_context;
};

/// Many faults at once (the rows of a file): each with its row, field and message. Nothing was written.
struct RowProblem {
  std::int64_t row = 0;
  std::string field;
  std::string value;
  const char* messageTemplate = "";
  std::vector<std::string> args;
};

class BatchError : public Error {
public:
  BatchError(const char* messageTemplate, std::vector<std::string> args, std::vector<RowProblem> problems,
             ErrorContext context = {})
      : Error(ErrorKind::BadInput, messageTemplate, std::move(args), std::move(context)),
        m_problems(std::move(problems)) {}
  const std::vector<RowProblem>& problems() const noexcept { return m_problems; }

private:
  std::vector<RowProblem> m_problems;
};

/// Shorthands for the common kinds.
[[noreturn]] void throwBadInput(const char* messageTemplate, std::vector<std::string> args = {},
                                ErrorContext context = {});
[[noreturn]] void throwInternal(const char* messageTemplate, std::vector<std::string> args = {});

/// Formats a number the way messages show it (no trailing zeros, C locale).
std::string formatNumber(double value, int maxDecimals = 3);

}  // namespace pw
