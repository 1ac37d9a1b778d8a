namespace EntityExtractor.Cli.Worker;

/// <summary>What one extraction worker consumes, where it answers, and how hard it tries.</summary>
/// <param name="Broker">The AMQP URI of the broker, e.g. <c>amqp://guest:guest@localhost:5672/</c>.</param>
/// <param name="Queue">The queue of <c>{"id","text"}</c> documents the worker consumes.</param>
/// <param name="Results">The queue the result objects are published to.</param>
/// <param name="DeadLetter">The queue for messages that cannot be processed, with the reason.</param>
internal sealed record WorkerOptions(Uri Broker, string Queue, string Results, string DeadLetter)
{
    /// <summary>How many documents are extracted at once (one per core by default).</summary>
    public int Parallel { get; init; } = Environment.ProcessorCount;

    /// <summary>How many unacknowledged messages the broker may hand this worker at once.</summary>
    public ushort Prefetch { get; init; } = (ushort)Math.Min(ushort.MaxValue, Environment.ProcessorCount * 8);

    /// <summary>Deliveries of one message before it is dead-lettered, when extraction fails or kills the worker.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The longest text, in UTF-16 code units, that is extracted; a longer one is dead-lettered.</summary>
    public int MaxLength { get; init; } = 1 << 20;

    /// <summary>What the result objects carry besides the always-present fields.</summary>
    public JsonLinesOptions Output { get; init; } = new(IncludeTokens: false, IncludeSentences: false);

    /// <summary>How often the worker logs its documents per second while it is busy.</summary>
    public TimeSpan ReportInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the worker keeps trying to reach the broker at start before it gives up.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The most deliveries taken into one batch: half the prefetch window, so the next batch is already
    /// arriving while one is extracted.</summary>
    public int BatchSize => Math.Max(1, Prefetch / 2);
}
