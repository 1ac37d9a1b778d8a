using BenchmarkDotNet.Attributes;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// The whole pipeline as users call it, over the benchmark text (see <see cref="BenchmarkText"/>), with tokenizing
/// alone as the baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private string _text = string.Empty;
    private NewsEntityExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_, _text) = BenchmarkText.Load();
        _extractor = NewsEntityExtractor.Create();
    }

    /// <summary>Baseline: tokenizing alone, into an array.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenization.NewsTokenizer.TokenizeToArray(_text).Length;

    /// <summary>Everything: tokens, sentences, entities, casualty figures and the summary.</summary>
    [Benchmark]
    public int Extract()
    {
        var result = _extractor.Extract(_text);
        return result.Entities.Count + result.Casualties.Count;
    }
}
