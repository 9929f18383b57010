using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using ClaimScope.Core.Extraction;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// The parallel run of <see cref="PaperPipeline"/>: a reader thread cuts the matched sightings
/// into batches and hands each to two bounded channels, one the workers take from (any order) and
/// one the caller drains in input order, waiting for each batch to be done. Both are bounded, so
/// a slow consumer stops the reader instead of filling memory.
/// </summary>
internal sealed class ParallelBatches(PipelineOptions options, Func<IClaimExtractor> extractors)
{
    public IEnumerable<PaperSighting> Run(IEnumerable<PaperSighting> matched)
    {
        var ahead = Math.Max(1, options.Workers * options.BatchesAheadPerWorker);
        var work = Channel.CreateBounded<Batch>(new BoundedChannelOptions(ahead) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Batch>(new BoundedChannelOptions(ahead) { SingleWriter = true, SingleReader = true });
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readError = null;

        // Reading may block on a file or a pipe: it gets its own thread, not a pool thread.
        var reader = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    Produce(matched, work.Writer, ordered.Writer, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The consumer stopped early; nothing more to read.
                }
                catch (Exception e)
                {
                    readError = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    work.Writer.TryComplete();
                    ordered.Writer.TryComplete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        var workers = Enumerable.Range(0, options.Workers)
            .Select(_ => Task.Run(() => ExtractAsync(work.Reader, extractors(), stop.Token)))
            .ToArray();
        try
        {
            while (ordered.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (ordered.Reader.TryRead(out var batch))
                {
                    batch.Done.Task.GetAwaiter().GetResult();
                    foreach (var sighting in batch.Items)
                    {
                        yield return sighting;
                    }
                }
            }

            reader.GetAwaiter().GetResult();
            readError?.Throw();
        }
        finally
        {
            stop.Cancel();
            // Workers and reader end promptly once cancelled; wait so none outlives the run.
            Task.WaitAll([reader, .. workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default))]);
        }
    }

    private void Produce(IEnumerable<PaperSighting> matched, ChannelWriter<Batch> work, ChannelWriter<Batch> ordered, CancellationToken stop)
    {
        var items = new List<PaperSighting>(options.BatchSize);
        foreach (var sighting in matched)
        {
            items.Add(sighting);
            if (items.Count == options.BatchSize)
            {
                Hand(new Batch([.. items]), work, ordered, stop);
                items.Clear();
            }
        }

        if (items.Count > 0)
        {
            Hand(new Batch([.. items]), work, ordered, stop);
        }
    }

    private static void Hand(Batch batch, ChannelWriter<Batch> work, ChannelWriter<Batch> ordered, CancellationToken stop)
    {
        // The ordered place first: a worker may finish the batch before the consumer knows of it, never the reverse.
        ordered.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
        work.WriteAsync(batch, stop).AsTask().GetAwaiter().GetResult();
    }

    private static async Task ExtractAsync(ChannelReader<Batch> work, IClaimExtractor extractor, CancellationToken stop)
    {
        try
        {
            while (await work.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                while (work.TryRead(out var batch))
                {
                    try
                    {
                        for (var i = 0; i < batch.Items.Length; i++)
                        {
                            batch.Items[i] = PaperPipeline.Complete(batch.Items[i], extractor);
                        }

                        batch.Done.TrySetResult();
                    }
                    catch (Exception e)
                    {
                        batch.Done.TrySetException(e);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    private sealed class Batch(PaperSighting[] items)
    {
        public PaperSighting[] Items { get; } = items;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
