using System.Diagnostics;
using EntityExtractor.Testing;
using FluentAssertions;
using Xunit;

namespace EntityExtractor.Tests.Robustness;

/// <summary>
/// Hostile texts cost time in proportion to their length: ten times the text may take at most twenty times as
/// long (a quadratic scan takes a hundred times; a linear one on a busy machine has been seen at sixteen, when the
/// large text's memory traffic suffers more from other processes than the small one's), and a megabyte finishes
/// within a bound. (Throughput itself is measured by <c>ScalingBenchmarks</c>; this
/// only catches a scan that goes quadratic, which turns a 1 MB line into minutes.)
/// </summary>
[Collection(TimedTests.Name)]
public sealed class LinearTimeTests
{
    private const int Small = 50_000;
    private const int Large = 500_000;

    /// <summary>The most ten times the text may cost, against the hundred times a quadratic scan costs.</summary>
    private const double MaxRatio = 20;

    /// <summary>Below this, the large run is too quick for a ratio to mean anything, and fast enough anyway.</summary>
    private static readonly TimeSpan TooFastToCompare = TimeSpan.FromMilliseconds(150);

    /// <summary>No 500,000 characters of any of these may take longer (the quadratic tokenizer needed about 40 s).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static readonly NewsEntityExtractor Extractor = NewsEntityExtractor.Create();

    public static TheoryData<string> Texts => new(HostileTexts.Names);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Extract_HostileText_TakesLinearTime(string name)
    {
        AssertLinear(name, size => HostileTexts.Make(name, size));
    }

    private static void AssertLinear(string name, Func<int, string> make)
    {
        string small = make(Small);
        string large = make(Large);
        ExtractionInvariants.CheckResult(small, Extractor.Extract(small));
        Extractor.Extract(small); // every method this text reaches is compiled at its final tier before timing

        TimeSpan smallTime = Fastest(small, runs: 3);
        TimeSpan largeTime = Fastest(large, runs: 3);

        largeTime.Should().BeLessThan(Bound, $"500,000 characters of {name} must finish");
        if (largeTime > TooFastToCompare)
        {
            double ratio = largeTime / smallTime;
            ratio.Should().BeLessThanOrEqualTo(MaxRatio, $"{name}: 10x the text took {largeTime.TotalMilliseconds:F0} ms against {smallTime.TotalMilliseconds:F0} ms");
        }
    }

    /// <summary>
    /// The least processor time one extraction of <paramref name="text"/> took over <paramref name="runs"/> runs.
    /// Processor time, not wall time: other processes on the machine (a build, a fuzzer) do not count against the
    /// text, and this collection runs alone in the test process.
    /// </summary>
    private static TimeSpan Fastest(string text, int runs)
    {
        var best = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            TimeSpan before = process.TotalProcessorTime;
            Extractor.Extract(text);
            process.Refresh();
            TimeSpan used = process.TotalProcessorTime - before;
            best = used < best ? used : best;
        }

        return best;
    }
}

/// <summary>Timed tests run alone, after the parallel ones, so other tests' threads do not skew their ratios.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timing";
}
