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
}
