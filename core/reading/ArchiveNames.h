#pragma once

#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace pd::reading {

// The names of the files in an archive, for the identity-document hint on names: what a person
// sees listed when opening it. Read in the reader process, bounded; nullopt when the list
// cannot be read whole (damaged, truncated, past the limits): the file is then refused.

// A zip archive (also .docx and other Office Open XML files): starts with a local file header
// or is an empty archive.
bool isZip(QByteArrayView bytes);
// Every name in its central directory (PKWARE APPNOTE 4.3.12; Zip64 too), the Unicode path of
// an entry (extra field 0x7075) and the name in the entry's local header where they differ. At
// most maxZipEntries entries.
std::optional<QStringList> zipNames(QByteArrayView bytes);

// A TNEF stream (MS-OXTNEF, "winmail.dat"): starts with its signature.
bool isTnef(QByteArrayView bytes);
// The attachments' names: attAttachTitle, and in attAttachment the MAPI long file name,
// display name and file name; of the messages embedded in it too, maxTnefDepth deep.
std::optional<QStringList> tnefNames(QByteArrayView bytes);

constexpr int maxZipEntries = 10000;
constexpr int maxTnefAttributes = 10000;
constexpr int maxTnefDepth = 4;

} // namespace pd::reading
