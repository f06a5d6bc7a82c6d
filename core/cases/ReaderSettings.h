#pragma once

namespace pd {

class Session;

// The organisation's limits for reading a file from outside (SecurityPolicy::readerSeconds and
// readerMemoryMb, settings reader.seconds and reader.memory_mb) given to the reader process for
// every file this program reads from now on. The desk calls it when a store opens and when its
// settings change, the CLI when it opens a store. A setting that cannot be read leaves the
// defaults (10 seconds, 512 MB).
void useReaderLimitsOf(const Session &session);

} // namespace pd
