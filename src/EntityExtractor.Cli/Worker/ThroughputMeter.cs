using System.Diagnostics;

namespace EntityExtractor.Cli.Worker;

/// <summary>Counts settled documents and says, once per interval, how many per second went through.</summary>
internal sealed class ThroughputMeter
{
    private readonly TimeSpan _interval;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _windowStart;
    private TimeSpan? _firstDocument;
    private TimeSpan _lastDocument;
    private long _window;

    /// <param name="interval">How often <see cref="Record"/> returns a report while documents keep coming.</param>
    public ThroughputMeter(TimeSpan interval) => _interval = interval;

    /// <summary>Documents published as results since the start.</summary>
    public long Results { get; private set; }

    /// <summary>Documents dead-lettered since the start.</summary>
    public long DeadLettered { get; private set; }

    /// <summary>Counts a settled batch; returns the documents per second of the interval that just ended, if one did.</summary>
    public double? Record(int results, int deadLettered)
    {
        var now = _clock.Elapsed;
        if (_firstDocument is null)
        {
            // The first interval starts with the first documents, not with the worker's start-up.
            _firstDocument = now;
            _windowStart = now;
        }

        _lastDocument = now;
        Results += results;
        DeadLettered += deadLettered;
        _window += results + deadLettered;
        var elapsed = now - _windowStart;
        if (elapsed < _interval)
        {
            return null;
        }

        double rate = _window / elapsed.TotalSeconds;
        _window = 0;
        _windowStart = now;
        return rate;
    }

    /// <summary>Documents per second from the first settled batch to the last (0 when fewer than two).</summary>
    public double AverageRate()
    {
        var busy = _lastDocument - (_firstDocument ?? _lastDocument);
        return busy > TimeSpan.Zero ? (Results + DeadLettered) / busy.TotalSeconds : 0;
    }
}
