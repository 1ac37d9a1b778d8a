using FluentAssertions;

namespace EntityExtractor.Worker.Tests;

/// <summary>Several worker processes on the same queues, ended together.</summary>
public sealed class WorkerGroup : IDisposable
{
    private readonly WorkerProcess[] _workers;

    /// <summary>Starts <paramref name="count"/> workers with the same arguments.</summary>
    public WorkerGroup(Uri broker, TestQueues queues, int count, params string[] extraArguments) =>
        _workers = Enumerable.Range(0, count).Select(_ => WorkerProcess.Start(broker, queues, extraArguments)).ToArray();

    /// <summary>One of the workers.</summary>
    public WorkerProcess this[int index] => _workers[index];

    /// <summary>Every worker's log, for failure messages.</summary>
    public string Logs() => string.Join("\n", _workers.Select((w, i) => $"--- worker {i}{(w.HasExited ? " (exited)" : string.Empty)}:\n{w.Log}"));

    /// <summary>Stops every worker but the first <paramref name="skip"/> with SIGTERM; their exit codes.</summary>
    public async Task<int[]> TerminateAllAsync(TimeSpan timeout, int skip = 0)
    {
        var running = _workers.Skip(skip).ToArray();
        running.Where(w => w.HasExited).Should().BeEmpty("every worker kept going:\n" + Logs());
        int[] codes = await Task.WhenAll(running.Select(w => w.TerminateAsync(timeout)));
        codes.Should().OnlyContain(code => code == 0, "each worker stops cleanly on SIGTERM:\n" + Logs());
        return codes;
    }

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }
    }
}
