// The error shape (DescribedError, Remedy, CommandHint) is part of every
// Core error's public face; the CLI renders it.
@_exported public import JobHuntErrors

// Value types from lower layers that are part of JobHuntCore's own public API,
// re-exported so the CLI can name them without importing the database layer.
@_exported public import struct JobHuntDatabase.CalendarDate
