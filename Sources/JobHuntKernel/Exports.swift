// The error shape (DescribedError, Remedy, CommandHint) is part of every
// feature error's face; the CLI renders it.
@_exported public import JobHuntErrors

// Types from lower layers that are part of the kernel's own API, re-exported so
// features, the CLI and the benchmarks can name them without importing the
// layer: `CalendarDate` from the database layer, and the process seam that
// `Services.processRunner` holds (`ProcessRunner`, `SystemProcessRunner` and
// the values they take and give) from the I/O layer.
@_exported public import struct JobHuntDatabase.CalendarDate
@_exported public import struct JobHuntIO.ProcessCommand
@_exported public import struct JobHuntIO.ProcessResult
@_exported public import struct JobHuntIO.ProcessRunError
@_exported public import protocol JobHuntIO.ProcessRunner
@_exported public import struct JobHuntIO.SystemProcessRunner
