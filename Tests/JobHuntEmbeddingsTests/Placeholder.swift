// JobHuntEmbeddingsTests
