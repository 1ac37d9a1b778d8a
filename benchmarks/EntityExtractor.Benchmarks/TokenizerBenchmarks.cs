using BenchmarkDotNet.Attributes;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// The tokenization hot path over the benchmark text (see <see cref="BenchmarkText"/>): the zero-allocation span
/// API, the list API, sentence splitting, and a naive white-space split as the baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string _text = string.Empty;
    private Token[] _tokens = [];
    private Token[] _destination = [];
    private Sentence[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        (string name, _text) = BenchmarkText.Load();
        _tokens = NewsTokenizer.TokenizeToArray(_text);
        _destination = new Token[_tokens.Length];
        _sentences = new Sentence[_tokens.Length];
        Console.WriteLine($"// Benchmark text: {name}, {_text.Length:N0} characters, {_tokens.Length:N0} tokens");
    }

    /// <summary>Baseline: counts white-space separated words, the least a tokenizer must do.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveWhitespaceSplit()
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in _text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>The span API: enumerates tokens with the ref struct enumerator, allocating nothing.</summary>
    [Benchmark]
    public int EnumerateTokens()
    {
        int sum = 0;
        foreach (var token in NewsTokenizer.EnumerateTokens(_text))
        {
            sum += token.Length;
        }

        return sum;
    }

    /// <summary>The span API: fills a caller-provided buffer.</summary>
    [Benchmark]
    public int TokenizeIntoSpan() => NewsTokenizer.Tokenize(_text, _destination, out _);

    /// <summary>The list API ordinary callers use.</summary>
    [Benchmark]
    public int TokenizeToList() => NewsTokenizer.Tokenize(_text).Count;

    /// <summary>Sentence splitting over already computed tokens, into a caller-provided buffer.</summary>
    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Split(_text, _tokens, _sentences);
}
