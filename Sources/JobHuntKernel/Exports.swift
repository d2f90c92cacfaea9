// The error shape (DescribedError, Remedy, CommandHint) is part of every
// feature error's face; the CLI renders it.
@_exported public import JobHuntErrors

// Value types from lower layers that are part of the kernel's own API,
// re-exported so features and the CLI can name them without importing the database layer.
@_exported public import struct JobHuntDatabase.CalendarDate
@_exported public import struct JobHuntIO.ProcessCommand
@_exported public import struct JobHuntIO.ProcessResult
@_exported public import struct JobHuntIO.ProcessRunError
// The process seam `Services.processRunner` holds: features, the CLI and the
// benchmarks start programs through it without importing the I/O layer.
@_exported public import protocol JobHuntIO.ProcessRunner
@_exported public import protocol JobHuntIO.RunningProcess
@_exported public import struct JobHuntIO.SystemProcessRunner
