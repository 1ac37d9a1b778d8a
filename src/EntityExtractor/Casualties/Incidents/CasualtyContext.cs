namespace EntityExtractor.Casualties.Incidents;

/// <summary>What the casualty stage knows of the article besides its text: when it was published and what the recognizer found.</summary>
/// <param name="PublicationDate">The article's publication date, or <see langword="null"/> when unknown (dates are then judged by the text alone).</param>
/// <param name="Entities">The people, organizations and places the recognizer found, in text order, or <see langword="null"/>.</param>
internal readonly record struct CasualtyContext(DateOnly? PublicationDate, IReadOnlyList<Entity>? Entities)
{
    /// <summary>Nothing known besides the text.</summary>
    public static CasualtyContext None => default;
}
