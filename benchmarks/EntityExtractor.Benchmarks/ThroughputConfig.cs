using BenchmarkDotNet.Configs;

namespace EntityExtractor.Benchmarks;

/// <summary>Adds the <c>Mchar/s</c> and <c>Mtok/s</c> throughput columns to a benchmark class.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    // The columns are computed in the host process, which loads the same text the benchmark processes load.
    private static readonly Lazy<string> Text = new(() => BenchmarkText.Load().Text);

    internal static long Characters => Text.Value.Length;

    internal static long Tokens => Tokenization.NewsTokenizer.CountTokens(Text.Value);

    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("Mchar/s", "Millions of input characters per second (input length / mean time)", () => Characters, 1e6));
        AddColumn(new ThroughputColumn("Mtok/s", "Millions of tokens per second (token count / mean time)", () => Tokens, 1e6));
    }
}
