using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor;

/// <summary>
/// Everything <see cref="NewsEntityExtractor"/> found in one text. Immutable; every offset is in UTF-16 code
/// units of <see cref="Text"/>, half-open (end exclusive).
/// </summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Entity> entities,
        IReadOnlyList<CasualtyFigure> casualties,
        CasualtySummary summary)
    {
        Text = text;
        Tokens = ReadOnly(tokens);
        Sentences = ReadOnly(sentences);
        Entities = ReadOnly(entities);
        Casualties = ReadOnly(casualties);
        Summary = summary;
    }

    /// <summary>The text that was read.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order; together they hold every token once.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The people, organizations and places named, in text order, never overlapping.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every casualty figure stated, in text order.</summary>
    public IReadOnlyList<CasualtyFigure> Casualties { get; }

    /// <summary>The casualty totals for the event the text leads with.</summary>
    public CasualtySummary Summary { get; }

    /// <summary>
    /// A view no caller can write through: an array or list cast back from <see cref="IReadOnlyList{T}"/> could
    /// otherwise change a result other threads may be reading.
    /// </summary>
    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> items) => items switch
    {
        T[] { Length: 0 } => [],
        T[] array => Array.AsReadOnly(array),
        List<T> list => list.AsReadOnly(),
        _ => items,
    };
}
