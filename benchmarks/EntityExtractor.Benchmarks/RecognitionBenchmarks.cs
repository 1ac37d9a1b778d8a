using BenchmarkDotNet.Attributes;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Benchmarks;

/// <summary>
/// The entity recognizer over the benchmark text (see <see cref="BenchmarkText"/>): tokenize, split and tag,
/// as one document and as the documents the text holds (separated by two blank lines), with tokenizing and
/// splitting alone as the baseline. Mtok/s counts the tokens of the whole text.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class RecognitionBenchmarks
{
    private string _text = string.Empty;
    private string[] _documents = [];
    private EntityRecognizer _recognizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        (string name, _text) = BenchmarkText.Load();
        _documents = _text.Split("\n\n\n", StringSplitOptions.RemoveEmptyEntries);
        _recognizer = new EntityRecognizer(EmbeddedModel.Default, new UserDictionary(new Dictionary<string, EntityType>()));
        Console.WriteLine($"// Benchmark text: {name}, {_text.Length:N0} characters, {_documents.Length:N0} documents");
    }

    /// <summary>Baseline: tokenizing and sentence splitting alone.</summary>
    [Benchmark(Baseline = true)]
    public int TokenizeSplit()
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(_text);
        return SentenceSplitter.Split(_text, tokens).Count;
    }

    /// <summary>Tokenize, split and tag the whole text as one document.</summary>
    [Benchmark]
    public int TokenizeSplitTag() => Recognize(_text);

    /// <summary>Tokenize, split and tag each document of the text on its own (document features per document).</summary>
    [Benchmark]
    public int TokenizeSplitTagDocuments()
    {
        int count = 0;
        foreach (string document in _documents)
        {
            count += Recognize(document);
        }

        return count;
    }

    private int Recognize(string text)
    {
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text, tokens);
        return _recognizer.Recognize(text, tokens, sentences).Count;
    }
}
