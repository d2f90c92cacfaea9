"""The anchors scripts/bench measures jobhunt against, on the same machine, in
the same invocation, seconds before each jobhunt figure.

    anchors.py embed SHORT LONG MODEL_DIR [--runs N] [--threads N]
        sentence-transformers on PyTorch CPU (batch 32, N threads, default 2):
        texts/s for each file, median of N runs after a warm-up
    anchors.py search [--vectors N] [--queries N] [--k N]
        NumPy exact float32 top-k over random unit vectors: p50/p95 seconds

Prints one JSON object on stdout. Needs the venv `scripts/bench --anchors`
creates (embed) or any python3 with NumPy (search).
"""

import argparse
import json
import statistics
import sys
import time


def kernels():
    """What NumPy's (and PyTorch's) BLAS runs, as threadpoolctl reports it."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return []
    return [
        {key: info.get(key) for key in ("internal_api", "version", "architecture", "num_threads")}
        for info in threadpool_info()
    ]


def embed(arguments):
    import warnings

    import torch

    with warnings.catch_warnings():
        # 6.2 moved `models` (still importable) and says so on every run.
        warnings.simplefilter("ignore", DeprecationWarning)
        from sentence_transformers import SentenceTransformer, models

    torch.set_num_threads(arguments.threads)
    # The model's own directory holds the Hugging Face files; its pooling module
    # is mean pooling over every token, [CLS] and [SEP] included, then L2.
    transformer = models.Transformer(arguments.model, max_seq_length=256)
    pooling = models.Pooling(transformer.get_embedding_dimension(), pooling_mode="mean")
    model = SentenceTransformer(modules=[transformer, pooling, models.Normalize()], device="cpu")
    result = {
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "kernels": kernels(),
        "sets": {},
    }
    import sentence_transformers

    result["sentence_transformers"] = sentence_transformers.__version__
    for name, path in (("short", arguments.short), ("long", arguments.long)):
        with open(path, encoding="utf-8") as handle:
            texts = [line for line in handle.read().split("\n") if line]
        model.encode(texts[:32], batch_size=32)
        times = []
        cpu = []
        for _ in range(arguments.runs):
            start, cpu_start = time.perf_counter(), time.process_time()
            model.encode(texts, batch_size=32)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - cpu_start)
        seconds = statistics.median(times)
        # CPU seconds of every thread in the median run: on a machine shared with
        # other work, waiting for a core inflates wall time but not this.
        cpu_seconds = cpu[times.index(seconds)] if seconds in times else statistics.median(cpu)
        result["sets"][name] = {"texts": len(texts), "seconds": seconds, "texts_per_second": len(texts) / seconds,
                                "cpu_seconds": cpu_seconds, "runs": times}
    return result


def search(arguments):
    import numpy

    generator = numpy.random.default_rng(42)
    vectors = generator.standard_normal((arguments.vectors, 384), dtype=numpy.float32)
    vectors /= numpy.linalg.norm(vectors, axis=1, keepdims=True)
    times = []
    for round in range(arguments.queries + 5):
        query = generator.standard_normal(384, dtype=numpy.float32)
        query /= numpy.linalg.norm(query)
        start = time.perf_counter()
        scores = vectors @ query
        best = numpy.argpartition(-scores, arguments.k)[: arguments.k]
        best = best[numpy.argsort(-scores[best])]
        elapsed = time.perf_counter() - start
        assert len(best) == arguments.k
        if round >= 5:
            times.append(elapsed)
    times.sort()
    return {
        "numpy": numpy.__version__,
        "kernels": kernels(),
        "vectors": arguments.vectors,
        "k": arguments.k,
        "p50_seconds": times[(len(times) + 1) // 2 - 1],
        "p95_seconds": times[int(len(times) * 0.95 + 0.5) - 1],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    embed_parser = commands.add_parser("embed")
    embed_parser.add_argument("short")
    embed_parser.add_argument("long")
    embed_parser.add_argument("model")
    embed_parser.add_argument("--runs", type=int, default=3)
    embed_parser.add_argument("--threads", type=int, default=2)
    search_parser = commands.add_parser("search")
    search_parser.add_argument("--vectors", type=int, default=100_000)
    search_parser.add_argument("--queries", type=int, default=200)
    search_parser.add_argument("--k", type=int, default=50)
    arguments = parser.parse_args()
    result = embed(arguments) if arguments.command == "embed" else search(arguments)
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
