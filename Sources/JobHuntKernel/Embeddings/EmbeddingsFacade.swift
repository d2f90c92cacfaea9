// The embedding types that are part of the kernel's API, re-exported one by
// one so the CLI can use the model without importing JobHuntEmbeddings (and
// without everything else that module declares).
@_exported public import struct JobHuntEmbeddings.BertTokenizer
@_exported public import struct JobHuntEmbeddings.EmbeddingError
@_exported public import struct JobHuntEmbeddings.MatrixKernel
@_exported public import struct JobHuntEmbeddings.ModelFiles
@_exported public import enum JobHuntEmbeddings.ProcessMetrics
@_exported public import class JobHuntEmbeddings.SentenceEmbedder
@_exported public import enum JobHuntEmbeddings.VectorMath
