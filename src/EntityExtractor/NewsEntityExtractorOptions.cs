namespace EntityExtractor;

/// <summary>Settings for <see cref="NewsEntityExtractor.Create(NewsEntityExtractorOptions?)"/>. Immutable.</summary>
public sealed record NewsEntityExtractorOptions
{
    /// <summary>The default settings.</summary>
    public static NewsEntityExtractorOptions Default { get; } = new();
}
