// Value types from lower layers that are part of JobHuntCore's own public API,
// re-exported so the CLI can name them without importing the database layer.
@_exported public import struct JobHuntDatabase.CalendarDate
