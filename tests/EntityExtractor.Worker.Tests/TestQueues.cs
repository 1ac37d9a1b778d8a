using EntityExtractor.Cli.Worker;

namespace EntityExtractor.Worker.Tests;

/// <summary>The three queues of one test, named apart from every other test's.</summary>
public sealed record TestQueues(string Input, string Results, string DeadLetter)
{
    /// <summary>Fresh names for a test.</summary>
    public static TestQueues Create()
    {
        string prefix = $"test-{Guid.NewGuid():N}";
        return new TestQueues($"{prefix}.documents", $"{prefix}.results", $"{prefix}.documents.dead");
    }

    /// <summary>The options a worker with default settings has for these queues on <paramref name="broker"/>.</summary>
    internal WorkerOptions Options(Uri broker) => new(broker, Input, Results, DeadLetter);
}
