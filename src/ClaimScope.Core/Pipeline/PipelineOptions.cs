namespace ClaimScope.Core.Pipeline;

/// <summary>How many extraction workers run beside the reader, and how many records travel together.</summary>
public sealed record PipelineOptions
{
    /// <summary>Extraction workers; 1 runs everything on the caller's thread. Default: one per core.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Records per batch: large enough that handing over costs little, small enough to keep memory flat.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Batches read ahead of the output per worker; bounds memory whatever the input size.</summary>
    public int BatchesAheadPerWorker { get; init; } = 4;

    public static PipelineOptions Default { get; } = new();

    public static PipelineOptions Sequential { get; } = new() { Workers = 1 };
}
