using EntityExtractor.Batching;
using EntityExtractor.Casualties;
using EntityExtractor.Recognition;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor;

/// <summary>
/// The entry point: reads English news text and returns its tokens, sentences, the people, organizations and
/// places it names, and the casualty figures it reports. Create one with <see cref="Create"/> and share it:
/// it is immutable and every method is safe to call from many threads at once.
/// </summary>
/// <example>
/// <code>
/// var extractor = NewsEntityExtractor.Create();
/// ExtractionResult result = extractor.Extract("At least four people were killed in Baghdad on Thursday.");
/// foreach (var entity in result.Entities) Console.WriteLine($"{entity.Type}: {entity.Text}");
/// </code>
/// </example>
public sealed class NewsEntityExtractor
{
    private readonly EntityRecognizer _entities;
    private readonly CasualtyExtractor _casualties = CasualtyExtractor.Default;

    private NewsEntityExtractor(NewsEntityExtractorOptions options)
    {
        Options = options;
        // The one place the returned entity types are chosen: the model also finds miscellaneous names (events, works,
        // nationalities) so as not to mistake them for the other types, and the recognizer leaves them out of its result
        // (without building them) unless asked. NewsEntityExtractorOptions.EntityTypes is to be wired here.
        _entities = new EntityRecognizer((options.Model ?? EntityModel.Default).Tagger, new UserDictionary(options.UserEntities)) { IncludeMiscellaneous = false };
    }

    /// <summary>The settings this extractor was created with.</summary>
    public NewsEntityExtractorOptions Options { get; }

    /// <summary>Creates an extractor, loading the model embedded in the assembly. Do it once and share the result.</summary>
    /// <param name="options">Settings, or <see langword="null"/> for <see cref="NewsEntityExtractorOptions.Default"/>.</param>
    /// <returns>A thread-safe extractor.</returns>
    /// <exception cref="InvalidDataException">The embedded model is missing or corrupt.</exception>
    /// <exception cref="ArgumentException">A user entity has a blank name or an undefined type.</exception>
    public static NewsEntityExtractor Create(NewsEntityExtractorOptions? options = null) =>
        new(options ?? NewsEntityExtractorOptions.Default);

    /// <summary>Reads <paramref name="text"/>, copying it once into the result's <see cref="ExtractionResult.Text"/>.</summary>
    /// <param name="text">English news text of any length up to <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</param>
    /// <returns>What was found, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</exception>
    public ExtractionResult Extract(ReadOnlySpan<char> text)
    {
        RequireWithinLimit(text);
        return Extract(text.ToString());
    }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <param name="text">English news text of any length up to <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</param>
    /// <returns>What was found, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</exception>
    public ExtractionResult Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireWithinLimit(text);
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text, tokens);
        CasualtyReport casualties = _casualties.Extract(text, tokens, sentences);
        return new ExtractionResult(
            text,
            tokens,
            sentences,
            _entities.Recognize(text, tokens, sentences),
            casualties.Figures,
            casualties.Summary);
    }

    /// <summary>
    /// Reads many texts on several cores at once and yields their results in the order of <paramref name="texts"/>,
    /// each as soon as it and those before it are done. Texts are read from <paramref name="texts"/> as the work
    /// needs them, and work runs ahead of the output by a bounded window (four texts a worker), so a stream of any
    /// length takes bounded memory and one slow text delays only the output after it, not the work on the others.
    /// </summary>
    /// <param name="texts">The texts; read once, lazily, on the enumerating thread.</param>
    /// <param name="maxDegreeOfParallelism">How many texts are read at once: -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the enumeration: texts not started are not started.</param>
    /// <returns>One result a text, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>; thrown at once. A <see langword="null"/> text throws at its place in the results.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1; thrown at once.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>; thrown at its place in the results.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// foreach (ExtractionResult result in extractor.ExtractMany(File.ReadLines("articles.txt")))
    ///     Console.WriteLine(result.Summary.Killed);
    /// </code>
    /// </example>
    public IEnumerable<ExtractionResult> ExtractMany(IEnumerable<string> texts, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        OrderedParallel.Select(texts, Extract, OrderedParallel.Workers(maxDegreeOfParallelism), cancellationToken);

    private void RequireWithinLimit(ReadOnlySpan<char> text)
    {
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters long; this extractor accepts at most {Options.MaxTextLength} (NewsEntityExtractorOptions.MaxTextLength).", nameof(text));
        }
    }
}
