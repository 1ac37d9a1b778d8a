using System.Text.Json.Serialization;
using EntityExtractor.Output;
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

    private IReadOnlyList<NamedEntity>? _people;
    private IReadOnlyList<NamedEntity>? _organizations;
    private IReadOnlyList<NamedEntity>? _places;

    /// <summary>The text that was read.</summary>
    public string Text { get; }

    /// <summary>The tokens, in text order. Not written by <see cref="ExtractionJson"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in text order; together they hold every token once. Not written by <see cref="ExtractionJson"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The people, organizations and places named, in text order, never overlapping.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>Every casualty figure stated, in text order.</summary>
    public IReadOnlyList<CasualtyFigure> Casualties { get; }

    /// <summary>The casualty totals for the event the text leads with.</summary>
    public CasualtySummary Summary { get; }

    /// <summary>The distinct people named, in order of first mention, each with its mentions (grouped as <see cref="NamedEntity"/> describes).</summary>
    public IReadOnlyList<NamedEntity> People => Names(ref _people, EntityType.Person);

    /// <summary>The distinct organizations named, in order of first mention, each with its mentions.</summary>
    public IReadOnlyList<NamedEntity> Organizations => Names(ref _organizations, EntityType.Organization);

    /// <summary>The distinct places named, in order of first mention, each with its mentions.</summary>
    public IReadOnlyList<NamedEntity> Places => Names(ref _places, EntityType.Location);

    /// <summary>Groups the names of <paramref name="type"/> on first use; a race between threads builds equal lists and keeps one.</summary>
    private IReadOnlyList<NamedEntity> Names(ref IReadOnlyList<NamedEntity>? names, EntityType type)
    {
        if (Volatile.Read(ref names) is { } built)
        {
            return built;
        }

        Interlocked.CompareExchange(ref names, NameGrouping.Group(Entities, type), null);
        return names;
    }

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
