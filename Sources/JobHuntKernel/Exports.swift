// The error shape (DescribedError, Remedy, CommandHint) is part of every
// feature error's face; the CLI renders it.
@_exported public import JobHuntErrors

// Value types from lower layers that are part of the kernel's own API,
// re-exported so features and the CLI can name them without importing the database layer.
@_exported public import struct JobHuntDatabase.CalendarDate
