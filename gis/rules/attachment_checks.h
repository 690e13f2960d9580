#pragma once
// The checks a file passes before the project keeps it (store/attachments.h stores it): its size against the limit of
// its kind (schemas/catalogues/limits.json), its type from its bytes, an image by decoding it whole, a PDF by its end.
// Rules above the store, since the limits are rules' data.
#include <string>

#include "store/attachments.h"

namespace pw {

/// Checks the file at `path` (BadInput naming the file and `field`: missing, larger than the limit of its kind, not
/// a photo (or PDF), an image that does not decode completely, a PDF cut short).
CheckedAttachment checkAttachmentFile(const std::string& path, AttachmentKind kind, const std::string& field);
/// The same for bytes in memory; `name` names them in messages.
CheckedAttachment checkAttachmentBytes(const std::string& bytes, const std::string& name, AttachmentKind kind,
                                       const std::string& field);

}  // namespace pw
