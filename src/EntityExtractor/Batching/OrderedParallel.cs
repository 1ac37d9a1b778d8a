using System.Runtime.CompilerServices;

namespace EntityExtractor.Batching;

/// <summary>
/// Runs a function over a sequence on several cores and yields the results in the sequence's order, as they are
/// ready. Work runs ahead of the output by a bounded window, so a slow item delays only the output after it, not the
/// work: the other workers go on with the next items until the window is full. Memory is bounded by the window.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>How many results, per worker, may wait behind a slow one.</summary>
    private const int WindowPerWorker = 4;

    /// <summary>The worker count for <paramref name="maxDegreeOfParallelism"/>: -1 means one per core.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is 0 or below -1.</exception>
    public static int Workers(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == -1)
        {
            return Environment.ProcessorCount;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDegreeOfParallelism);
        return maxDegreeOfParallelism;
    }

    /// <summary>
    /// <paramref name="selector"/> of every item of <paramref name="source"/>, in order, computed by up to
    /// <paramref name="workers"/> threads at once. An exception a call throws comes out at that item's place.
    /// </summary>
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        return Iterate(source, selector, workers, cancellationToken);
    }

    private static IEnumerable<TResult> Iterate<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int workers, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var running = new SemaphoreSlim(workers, workers);
        var pending = new Queue<Task<TResult>>(workers * WindowPerWorker);
        try
        {
            foreach (TSource item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Enqueue(Start(item, selector, running, stop.Token));
                if (pending.Count == workers * WindowPerWorker)
                {
                    yield return pending.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (pending.Count > 0)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // The caller stopped early or something failed: items not started yet are not started.
            stop.Cancel();
            foreach (var task in pending)
            {
                // Observe what is left, so an abandoned failure is not reported as unobserved; wait for running work
                // so no call outlives the enumeration.
                task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Wait(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// The asynchronous form of <see cref="Select{TSource, TResult}"/>: items come from an
    /// <see cref="IAsyncEnumerable{T}"/> and results are awaited in order, so no thread waits while the source does.
    /// </summary>
    public static IAsyncEnumerable<TResult> SelectAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> selector, int workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        return IterateAsync(source, selector, workers, cancellationToken);
    }

    private static async IAsyncEnumerable<TResult> IterateAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> selector, int workers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var running = new SemaphoreSlim(workers, workers);
        var pending = new Queue<Task<TResult>>(workers * WindowPerWorker);
        try
        {
            await foreach (TSource item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                pending.Enqueue(Start(item, selector, running, stop.Token));
                if (pending.Count == workers * WindowPerWorker)
                {
                    yield return await pending.Dequeue().ConfigureAwait(false);
                }
            }

            while (pending.Count > 0)
            {
                yield return await pending.Dequeue().ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                await task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private static Task<TResult> Start<TSource, TResult>(TSource item, Func<TSource, TResult> selector, SemaphoreSlim running, CancellationToken stop) =>
        Task.Run(
            async () =>
            {
                await running.WaitAsync(stop).ConfigureAwait(false);
                try
                {
                    return selector(item);
                }
                finally
                {
                    running.Release();
                }
            },
            stop);
}
