using EntityExtractor.Batching;
using EntityExtractor.Casualties;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Output;
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
    private readonly OutputFilter _output;

    private NewsEntityExtractor(NewsEntityExtractorOptions options)
    {
        Options = options;
        _output = new OutputFilter(options);

        // The model also finds miscellaneous names (events, works, nationalities) so as not to mistake them for the
        // other types; the recognizer builds them only when the caller asked for them (NewsEntityExtractorOptions.EntityTypes),
        // and OutputFilter returns only the types asked for.
        _entities = new EntityRecognizer((options.Model ?? EntityModel.Default).Tagger, new UserDictionary(options.UserEntities))
        {
            IncludeMiscellaneous = options.EntityTypes.Contains(EntityType.Miscellaneous),
        };
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
    public ExtractionResult Extract(string text) => Extract(text, null, CancellationToken.None);

    /// <summary>
    /// Reads <paramref name="text"/>, giving up when <paramref name="cancellationToken"/> is cancelled. The token is
    /// checked before each stage of the work (tokens, sentences, entities, casualties), so a long text stops within
    /// one stage; a text of a few thousand characters takes well under a millisecond a stage.
    /// </summary>
    /// <param name="text">English news text of any length up to <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</param>
    /// <param name="cancellationToken">Stops the work between stages.</param>
    /// <returns>What was found, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, CancellationToken cancellationToken) => Extract(text, null, cancellationToken);

    /// <summary>
    /// Reads <paramref name="text"/>, an article published on <paramref name="publicationDate"/>, giving up between
    /// stages when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <param name="text">English news text of any length up to <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</param>
    /// <param name="publicationDate">
    /// The day the article was published, or <see langword="null"/> when unknown. The casualty summary judges the
    /// dates and weekdays the text names against it ("on June 9" in an article of June 20 is another event); without
    /// it they are judged by the text alone.
    /// </param>
    /// <param name="cancellationToken">Stops the work between stages.</param>
    /// <returns>What was found, with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ExtractionResult Extract(string text, DateOnly? publicationDate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        RequireWithinLimit(text);
        cancellationToken.ThrowIfCancellationRequested();
        Token[] tokens = NewsTokenizer.TokenizeToArray(text);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text, tokens);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Entity> entities = _entities.Recognize(text, tokens, sentences);
        cancellationToken.ThrowIfCancellationRequested();

        // Casualties read every entity the recognizer found, whatever types the caller asked to get back.
        CasualtyReport casualties = _casualties.Extract(text, tokens, sentences, new CasualtyContext(publicationDate, entities));
        return new ExtractionResult(
            text,
            tokens,
            sentences,
            _output.Select(entities),
            _output.Select(casualties.Figures),
            _output.Select(casualties.Summary));
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
        OrderedParallel.Select(texts, text => Extract(text, cancellationToken), OrderedParallel.Workers(maxDegreeOfParallelism), cancellationToken);

    /// <summary>
    /// Reads a stream of texts, such as documents arriving from a queue or a web request, on several cores at once,
    /// and yields their results in the order of <paramref name="texts"/>. It works like
    /// <see cref="ExtractMany(IEnumerable{string}, int, CancellationToken)"/>: the texts are read as the work needs
    /// them, work runs ahead of the output by at most four texts a worker, and one slow text delays only the output
    /// after it. No thread is blocked while the stream waits for its next text.
    /// </summary>
    /// <param name="texts">The texts; read once, as the results are consumed.</param>
    /// <param name="maxDegreeOfParallelism">How many texts are read at once: -1 (the default) for one per core.</param>
    /// <param name="cancellationToken">Stops the enumeration: texts not started are not started.</param>
    /// <returns>One result a text, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>; thrown at once. A <see langword="null"/> text throws at its place in the results.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1; thrown at once.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="NewsEntityExtractorOptions.MaxTextLength"/>; thrown at its place in the results.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// await foreach (ExtractionResult result in extractor.ExtractAsync(ReadArticlesAsync(), cancellationToken: token))
    ///     Console.WriteLine(result.Summary.Killed);
    /// </code>
    /// </example>
    public IAsyncEnumerable<ExtractionResult> ExtractAsync(IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = -1, CancellationToken cancellationToken = default) =>
        OrderedParallel.SelectAsync(texts, text => Extract(text, cancellationToken), OrderedParallel.Workers(maxDegreeOfParallelism), cancellationToken);

    private void RequireWithinLimit(ReadOnlySpan<char> text)
    {
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArgumentException($"The text is {text.Length} characters long; this extractor accepts at most {Options.MaxTextLength} (NewsEntityExtractorOptions.MaxTextLength).", nameof(text));
        }
    }
}
