using Microsoft.Extensions.Logging;

namespace EntityExtractor.Cli.Worker;

/// <summary>What a worker tells its log.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(1, LogLevel.Warning, "Broker {Host}:{Port} not reachable yet ({Reason}); retrying.")]
    public static partial void Unreachable(ILogger logger, string host, int port, string reason);

    [LoggerMessage(2, LogLevel.Information, "Consuming '{Queue}' (prefetch {Prefetch}, {Parallel} at once); results to '{Results}', dead letters to '{DeadLetter}'.")]
    public static partial void Started(ILogger logger, string queue, int prefetch, int parallel, string results, string deadLetter);

    [LoggerMessage(3, LogLevel.Information, "{Rate:F1} documents/s ({Results} results, {DeadLettered} dead-lettered so far).")]
    public static partial void Throughput(ILogger logger, double rate, long results, long deadLettered);

    [LoggerMessage(4, LogLevel.Information, "Stopped: {Results} results, {DeadLettered} dead-lettered, {Rate:F1} documents/s while busy.")]
    public static partial void Stopped(ILogger logger, long results, long deadLettered, double rate);

    [LoggerMessage(5, LogLevel.Warning, "Could not publish {Count} result(s) ({Reason}); they stay on the queue for another attempt.")]
    public static partial void NotPublished(ILogger logger, int count, string reason);

    [LoggerMessage(6, LogLevel.Error, "Cannot work with the broker: {Reason}")]
    public static partial void BrokerFailed(ILogger logger, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Message {MessageId} failed on attempt {Attempt} of {MaxAttempts}: {Error}")]
    public static partial void AttemptFailed(ILogger logger, string? messageId, int attempt, int maxAttempts, string error);
}
