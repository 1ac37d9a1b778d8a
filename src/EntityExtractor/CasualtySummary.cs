namespace EntityExtractor;

/// <summary>
/// The casualty totals for the event an article leads with. Each total is <see langword="null"/> when the
/// text reports no figure of that kind for the lead event.
/// </summary>
/// <param name="Killed">People killed.</param>
/// <param name="Wounded">People wounded or injured.</param>
/// <param name="Missing">People missing.</param>
/// <param name="Kidnapped">People kidnapped or taken hostage.</param>
public sealed record CasualtySummary(int? Killed, int? Wounded, int? Missing, int? Kidnapped)
{
    /// <summary>A summary with no figure at all.</summary>
    public static CasualtySummary None { get; } = new(null, null, null, null);

    /// <summary>
    /// Whether the article says it reports several incidents (a round-up: "three separate shootings", "across the
    /// attacks") or turns to another story ("Elsewhere, …"). The totals are then those of the incident the article
    /// leads with, which may not be the one a reader is after; they are not a sum over the incidents.
    /// </summary>
    public bool SeveralIncidents { get; init; }
}
