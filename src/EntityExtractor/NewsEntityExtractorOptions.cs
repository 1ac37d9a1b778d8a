using EntityExtractor.Recognition;

namespace EntityExtractor;

/// <summary>Settings for <see cref="NewsEntityExtractor.Create(NewsEntityExtractorOptions?)"/>. Immutable.</summary>
public sealed record NewsEntityExtractorOptions
{
    /// <summary>The default settings.</summary>
    public static NewsEntityExtractorOptions Default { get; } = new();

    /// <summary>
    /// The caller's own names and their types, e.g. <c>"Harakat al-Nujaba" → Organization</c>. They are matched
    /// on whole tokens, ASCII case ignored, longest first, and win over the model (score 1). Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, EntityType> UserEntities { get; init; } = new Dictionary<string, EntityType>();
}
