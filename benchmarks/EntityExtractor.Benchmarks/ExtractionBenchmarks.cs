using BenchmarkDotNet.Attributes;
using EntityExtractor.Casualties;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// The pipeline as users call it over the benchmark text (see <see cref="BenchmarkText"/>): tokenizing alone (the
/// baseline), casualty extraction alone over ready tokens and sentences, and the whole
/// <see cref="NewsEntityExtractor.Extract(string)"/>. Casualty extraction's cost as a share of tokenizing and
/// tagging compares <see cref="CasualtiesOnly"/> with <see cref="RecognitionBenchmarks.TokenizeSplitTag"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private string _text = string.Empty;
    private NewsEntityExtractor _extractor = null!;
    private Token[] _tokens = [];
    private IReadOnlyList<Sentence> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        (_, _text) = BenchmarkText.Load();
        _extractor = NewsEntityExtractor.Create();
        _tokens = NewsTokenizer.TokenizeToArray(_text);
        _sentences = SentenceSplitter.Split(_text, _tokens);
    }

    /// <summary>Baseline: tokenizing alone, into an array.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => NewsTokenizer.TokenizeToArray(_text).Length;

    /// <summary>Casualty extraction alone, over tokens and sentences computed in setup.</summary>
    [Benchmark]
    public int CasualtiesOnly() => CasualtyExtractor.Default.Extract(_text, _tokens, _sentences).Figures.Count;

    /// <summary>Casualty extraction by the rules alone, without the learned incident layer (its cost is the difference).</summary>
    [Benchmark]
    public int CasualtiesRulesOnly() => CasualtyExtractor.RulesOnly.Extract(_text, _tokens, _sentences).Figures.Count;

    /// <summary>Everything: tokens, sentences, entities, casualty figures and the summary.</summary>
    [Benchmark]
    public int Extract()
    {
        var result = _extractor.Extract(_text);
        return result.Entities.Count + result.Casualties.Count;
    }
}
